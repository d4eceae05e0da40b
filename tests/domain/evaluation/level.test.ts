import type { GoalSpec, ObservationSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

const obs = (Periode: string | number, Værdi: number): ObservationSpec => ({
  MålId: 'G1',
  Periode,
  Værdi,
});

function evaluate(goal: GoalSpec, observations: ObservationSpec[], reportPeriod: string) {
  return evaluateOne({ goals: [goal], observations }, reportPeriod);
}

const MINIMUM: GoalSpec = { ...VALID_GOALS.Minimum, Enhed: 'procent', Målværdi: 60 };
const MAXIMUM: GoalSpec = { ...VALID_GOALS.Maksimum, Målværdi: 80 };
const KEEP_HIGH: GoalSpec = { ...VALID_GOALS.Fasthold, Baseline: 40 };
const KEEP_LOW: GoalSpec = { ...VALID_GOALS.Fasthold, Retning: 'Lavere er bedre', Baseline: 80 };

describe('§4.3 level family, higher is better (Minimum, Fasthold higher): attainment A/T, q A/E', () => {
  it('Minimum 60 %, 66 % in juni 2015: on track, 110 %', () => {
    const result = evaluate(MINIMUM, [obs('2015M06', 66)], '2015M06');
    expect(result).toMatchObject({
      status: 'on_track',
      final: false,
      actual: 66,
      expected: 60,
      target: 60,
      timeFraction: 1,
    });
    expect(result.attainment).toBeCloseTo(1.1, 12);
    expect(result.q).toBeCloseTo(1.1, 12);
    expect(result.deviation).toBeCloseTo(6, 10);
    expect(result.explanation.da).toBe('Mål mindst 60 %: faktisk 66 % (juni 2015).');
    expect(result.explanation.en).toBe('Target at least 60 %: actual 66 % (June 2015).');
  });

  it('Fasthold higher: T := B, 30 against 40 is 75 %', () => {
    const result = evaluate(KEEP_HIGH, [obs('2015M06', 30)], '2015M06');
    expect(result).toMatchObject({ target: 40, expected: 40, attainment: 0.75, q: 0.75 });
    expect(result.deviation).toBe(-10);
    expect(result.status).toBe('at_risk');
  });

  it.each([
    ['Minimum', 60, 'on_track', MINIMUM],
    ['Minimum', 59.9, 'at_risk', MINIMUM],
    ['Minimum', 45, 'at_risk', MINIMUM],
    ['Minimum', 44.9, 'off_track', MINIMUM],
    ['Fasthold higher', 40, 'on_track', KEEP_HIGH],
    ['Fasthold higher', 30, 'at_risk', KEEP_HIGH],
    ['Fasthold higher', 29.9, 'off_track', KEEP_HIGH],
  ])('%s: good A ≥ E, near A ≥ (1 − τ)·E: A = %p is %s', (_type, a, status, goal) => {
    expect(evaluate(goal, [obs('2015M06', a)], '2015M06').status).toBe(status);
  });

  it.each([
    ['Minimum', 61, 'met', MINIMUM],
    ['Minimum', 45, 'partly_met', MINIMUM],
    ['Minimum', 44.9, 'not_met', MINIMUM],
    ['Fasthold higher', 40, 'met', KEEP_HIGH],
    ['Fasthold higher', 30, 'partly_met', KEEP_HIGH],
    ['Fasthold higher', 29.9, 'not_met', KEEP_HIGH],
  ])('%s, final: A = %p is %s', (_type, a, status, goal) => {
    const result = evaluate(goal, [obs(2015, a)], '2015M12');
    expect(result).toMatchObject({ status, final: true });
  });

  it('the final explanation says the target period is over', () => {
    const result = evaluate(MINIMUM, [obs(2015, 45)], '2015M12');
    expect(result.explanation.da).toBe(
      'Målperioden er slut: mål mindst 60 %, faktisk 45 % (2015).',
    );
    expect(result.explanation.en).toBe(
      'The target period is over: target at least 60 %, actual 45 % (2015).',
    );
  });
});

describe('§4.3 level family, lower is better (Maksimum, Fasthold lower): attainment 1 if A ≤ T else T/A, q E/A', () => {
  it('Maksimum 80, 64 in juni 2015: on track, attainment 1, q 1,25', () => {
    const result = evaluate(MAXIMUM, [obs('2015M06', 64)], '2015M06');
    expect(result).toMatchObject({
      status: 'on_track',
      expected: 80,
      attainment: 1,
      q: 1.25,
      deviation: -16,
    });
    expect(result.explanation.da).toBe('Mål højst 80: faktisk 64 (juni 2015).');
    expect(result.explanation.en).toBe('Target at most 80: actual 64 (June 2015).');
  });

  it('Maksimum 80, 100 in juni 2015: attainment T/A = 0,8', () => {
    const result = evaluate(MAXIMUM, [obs('2015M06', 100)], '2015M06');
    expect(result).toMatchObject({ status: 'at_risk', attainment: 0.8, q: 0.8, deviation: 20 });
  });

  it('A = T is attainment 1 and on track', () => {
    const result = evaluate(MAXIMUM, [obs('2015M06', 80)], '2015M06');
    expect(result).toMatchObject({ status: 'on_track', attainment: 1, q: 1 });
  });

  it('A = 0 counts as expected or better: on track with attainment 1', () => {
    const result = evaluate(MAXIMUM, [obs('2015M06', 0)], '2015M06');
    expect(result).toMatchObject({ status: 'on_track', attainment: 1, q: null });
  });

  it('Fasthold lower: T := B = 80', () => {
    const result = evaluate(KEEP_LOW, [obs('2015M06', 90)], '2015M06');
    expect(result).toMatchObject({ target: 80, expected: 80, status: 'at_risk' });
    expect(result.attainment).toBeCloseTo(80 / 90, 12);
  });

  it.each([
    ['Maksimum', 80, 'on_track', MAXIMUM],
    ['Maksimum', 80.1, 'at_risk', MAXIMUM],
    ['Maksimum', 100, 'at_risk', MAXIMUM],
    ['Maksimum', 100.1, 'off_track', MAXIMUM],
    ['Fasthold lower', 80, 'on_track', KEEP_LOW],
    ['Fasthold lower', 100, 'at_risk', KEEP_LOW],
    ['Fasthold lower', 100.1, 'off_track', KEEP_LOW],
  ])('%s: good A ≤ E, near A ≤ (1 + τ)·E: A = %p is %s', (_type, a, status, goal) => {
    expect(evaluate(goal, [obs('2015M06', a)], '2015M06').status).toBe(status);
  });

  it.each([
    ['Maksimum', 79, 'met', MAXIMUM],
    ['Maksimum', 100, 'partly_met', MAXIMUM],
    ['Maksimum', 100.1, 'not_met', MAXIMUM],
    ['Fasthold lower', 80, 'met', KEEP_LOW],
    ['Fasthold lower', 100, 'partly_met', KEEP_LOW],
    ['Fasthold lower', 100.1, 'not_met', KEEP_LOW],
  ])('%s, final: A = %p is %s', (_type, a, status, goal) => {
    expect(evaluate(goal, [obs('2015M12', a)], '2015M12')).toMatchObject({ status, final: true });
  });
});

describe('level family, Akkumuleret: E = T·f', () => {
  const cumulative = (goal: GoalSpec): GoalSpec => ({ ...goal, Opgørelse: 'Akkumuleret' });
  const AT_LEAST_10 = cumulative({ ...VALID_GOALS.Minimum, Målværdi: 10 });
  const AT_MOST_10 = cumulative({ ...VALID_GOALS.Maksimum, Målværdi: 10 });

  it('Minimum 10, 4 by July: 7 of 12 months, expected 5,8, off track', () => {
    const result = evaluate(AT_LEAST_10, [obs('jan-jul 2015', 4)], '2015M08');
    expect(result.status).toBe('off_track');
    expect(result.timeFraction).toBe(7 / 12);
    expect(result.expected).toBeCloseTo(70 / 12, 12);
    expect(result.attainment).toBe(0.4);
    expect(result.q).toBeCloseTo(4 / (70 / 12), 12);
    expect(result.deviation).toBeCloseTo(4 - 70 / 12, 12);
    expect(result.explanation.da).toBe('7 af 12 måneder: forventet 5,8 af 10, faktisk 4.');
    expect(result.explanation.en).toBe('7 of 12 months: expected 5.8 of 10, actual 4.');
  });

  it.each([
    [4.375, 'at_risk'],
    [4.3, 'off_track'],
    [5.9, 'on_track'],
  ])('Minimum 10 by July: A = %p is %s', (a, status) => {
    expect(evaluate(AT_LEAST_10, [obs('jan-jul 2015', a)], '2015M08').status).toBe(status);
  });

  it.each([
    [10, 'met'],
    [12, 'met'],
    [9.9, 'on_track'],
  ])('exception: Minimum already reached before the end (A = %p) is %s', (a, status) => {
    const result = evaluate(AT_LEAST_10, [obs('jan-jul 2015', a)], '2015M08');
    expect(result).toMatchObject({ status, final: false });
  });

  it('attainment is not capped: 145 of 100 placements by May is 145 %', () => {
    const goal = cumulative({ ...VALID_GOALS.Minimum, Målværdi: 100 });
    const result = evaluate(goal, [obs('jan-maj 2015', 145)], '2015M08');
    expect(result).toMatchObject({ status: 'met', final: false, attainment: 1.45 });
    expect(result.expected).toBeCloseTo(100 * (5 / 12), 12);
  });

  it('the explanation says the minimum is already reached', () => {
    const result = evaluate(AT_LEAST_10, [obs('jan-jul 2015', 12)], '2015M08');
    expect(result.explanation.da).toBe(
      'Målet på 10 er allerede nået: faktisk 12 (jan.–jul. 2015).',
    );
    expect(result.explanation.en).toBe(
      'The target of 10 is already reached: actual 12 (Jan–Jul 2015).',
    );
    expect(result.attainment).toBe(1.2);
  });

  it('exception: Fasthold higher already at the baseline is met (27 against 25 by August)', () => {
    const goal = cumulative({ ...VALID_GOALS.Fasthold, Baseline: 25 });
    const result = evaluate(goal, [obs(2014, 25), obs('jan-aug 2015', 27)], '2015M08');
    expect(result).toMatchObject({ status: 'met', final: false, target: 25, actual: 27 });
    expect(result.expected).toBeCloseTo(25 * (8 / 12), 12);
    expect(result.attainment).toBe(1.08);
  });

  it('Fasthold higher below the pace: 10 of 25 by August is off track', () => {
    const goal = cumulative({ ...VALID_GOALS.Fasthold, Baseline: 25 });
    expect(evaluate(goal, [obs('jan-aug 2015', 10)], '2015M08').status).toBe('off_track');
  });

  it.each([
    [4, 'on_track', 1.25],
    [5, 'on_track', 1],
    [6.25, 'at_risk', 0.8],
    [6.3, 'off_track', 5 / 6.3],
    [10, 'off_track', 0.5],
  ])('Maksimum 10 by June (E = 5): A = %p is %s', (a, status, q) => {
    const result = evaluate(AT_MOST_10, [obs('jan-jun 2015', a)], '2015M06');
    expect(result.status).toBe(status);
    expect(result.expected).toBe(5);
    expect(result.attainment).toBe(1);
    expect(result.q).toBeCloseTo(q, 12);
  });

  it('exception: Maksimum already passed before the end is not met', () => {
    const result = evaluate(AT_MOST_10, [obs('jan-jun 2015', 11)], '2015M06');
    expect(result).toMatchObject({ status: 'not_met', final: false });
    expect(result.attainment).toBeCloseTo(10 / 11, 12);
    expect(result.explanation.da).toBe(
      'Loftet på 10 er allerede overskredet: faktisk 11 (1. halvår 2015).',
    );
    expect(result.explanation.en).toBe(
      'The ceiling of 10 is already exceeded: actual 11 (H1 2015).',
    );
  });

  it('exception: Fasthold lower already above the baseline is not met', () => {
    const goal = cumulative({ ...VALID_GOALS.Fasthold, Retning: 'Lavere er bedre', Baseline: 20 });
    expect(evaluate(goal, [obs('2015K1', 21)], '2015M06')).toMatchObject({
      status: 'not_met',
      final: false,
    });
    expect(evaluate(goal, [obs('2015K1', 20)], '2015M06').status).toBe('off_track');
  });

  it.each([
    ['Minimum', 10, 'met', AT_LEAST_10],
    ['Minimum', 7.5, 'partly_met', AT_LEAST_10],
    ['Minimum', 7.4, 'not_met', AT_LEAST_10],
    ['Maksimum', 10, 'met', AT_MOST_10],
    ['Maksimum', 12.5, 'partly_met', AT_MOST_10],
    ['Maksimum', 12.6, 'not_met', AT_MOST_10],
  ])('%s 10, final (E = T, no exception applies): A = %p is %s', (_type, a, status, goal) => {
    const result = evaluate(goal, [obs('2015K1', a / 2), obs('apr-dec 2015', a / 2)], '2015M12');
    expect(result).toMatchObject({ status, final: true, expected: 10, timeFraction: 1 });
  });
});
