import type { GoalSpec, ObservationSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

const obs = (Periode: string | number, Værdi: number, Område: string | null = null) => ({
  MålId: 'G1',
  Periode,
  Værdi,
  Område,
});

function evaluate(goal: GoalSpec, observations: ObservationSpec[], reportPeriod: string) {
  return evaluateOne({ goals: [goal], observations, settings: { Kommune: 'Ishøj' } }, reportPeriod);
}

/** Lower is better (e.g. drop-out), compared with Hele landet. */
const LOWER: GoalSpec = VALID_GOALS.Benchmark;
const HIGHER: GoalSpec = { ...VALID_GOALS.Benchmark, Retning: 'Højere er bedre' };

describe('§4.2 Benchmark: E is the benchmark area value for exactly the same period', () => {
  it('12 % against Hele landet 10 % in 2. kvartal 2015, lower is better: at risk', () => {
    const result = evaluate(
      LOWER,
      [obs('2015K2', 12), obs('2015K2', 10, 'Hele landet'), obs('2015K1', 20, 'Hele landet')],
      '2015M06',
    );
    expect(result).toMatchObject({
      status: 'at_risk',
      final: false,
      actual: 12,
      expected: 10,
      benchmark: 10,
      attainment: null,
      deviation: 2,
      target: null,
    });
    expect(result.q).toBeCloseTo(10 / 12, 12);
    expect(result.explanation.da).toBe(
      '2. kvartal 2015: Hele landet 10 %, egen værdi 12 % – 2 % dårligere.',
    );
    expect(result.explanation.en).toBe('Q2 2015: Hele landet 10 %, own value 12 % – 2 % worse.');
  });

  it('the same period written another way is the same canonical period', () => {
    const result = evaluate(
      LOWER,
      [obs('2015K2', 9), obs('apr-jun 2015', 10, 'HELE LANDET ')],
      '2015M06',
    );
    expect(result).toMatchObject({ status: 'on_track', expected: 10, deviation: -1 });
    expect(result.explanation.da).toBe(
      '2. kvartal 2015: Hele landet 10 %, egen værdi 9 % – 1 % bedre.',
    );
  });

  it('equal to the benchmark is on track, "lige så godt"', () => {
    const result = evaluate(
      LOWER,
      [obs('2015K2', 10), obs('2015K2', 10, 'Hele landet')],
      '2015M06',
    );
    expect(result).toMatchObject({ status: 'on_track', deviation: 0, q: 1 });
    expect(result.explanation.da).toContain('lige så godt');
  });

  it.each([
    ['lower', 12.5, 'at_risk'],
    ['lower', 12.6, 'off_track'],
    ['higher', 10, 'on_track'],
    ['higher', 7.5, 'at_risk'],
    ['higher', 7.4, 'off_track'],
  ])('%s is better: A = %p against 10 is %s', (direction, a, status) => {
    const goal = direction === 'lower' ? LOWER : HIGHER;
    const result = evaluate(goal, [obs('2015K2', a), obs('2015K2', 10, 'Hele landet')], '2015M06');
    expect(result.status).toBe(status);
  });

  it.each([
    ['higher', 11, 'met'],
    ['higher', 7.5, 'partly_met'],
    ['higher', 7, 'not_met'],
    ['lower', 12.5, 'partly_met'],
  ])('%s is better, final: A = %p against 10 is %s', (direction, a, status) => {
    const goal = direction === 'lower' ? LOWER : HIGHER;
    const result = evaluate(goal, [obs(2015, a), obs(2015, 10, 'Hele landet')], '2016M03');
    expect(result).toMatchObject({ status, final: true });
  });

  it('higher is better: 30 against 40 is 10 worse, q 0,75', () => {
    const result = evaluate(
      HIGHER,
      [obs('2015M06', 30), obs('2015M06', 40, 'Hele landet')],
      '2015M06',
    );
    expect(result).toMatchObject({ status: 'at_risk', deviation: -10, q: 0.75 });
    expect(result.explanation.da).toBe(
      'juni 2015: Hele landet 40 %, egen værdi 30 % – 10 % dårligere.',
    );
  });

  it('another area than Sammenligning is no benchmark', () => {
    const result = evaluate(
      LOWER,
      [obs('2015K2', 12), obs('2015K2', 10, 'Brøndby'), obs('2015K2', 11, 'Hele landet')],
      '2015M06',
    );
    expect(result.expected).toBe(11);
  });
});

describe('§4.2 Benchmark without a benchmark figure for the period: no_data', () => {
  it('a benchmark figure for another period does not count; the reason is "ingen sammenligningstal"', () => {
    const result = evaluate(
      LOWER,
      [obs('2015K2', 12), obs('2015M06', 10, 'Hele landet'), obs('2015K1', 10, 'Hele landet')],
      '2015M06',
    );
    expect(result).toMatchObject({
      status: 'no_data',
      final: false,
      actual: 12,
      expected: null,
      benchmark: null,
    });
    expect(result.explanation.da.toLowerCase()).toContain('ingen sammenligningstal');
    expect(result.explanation.da).toBe(
      'Ingen sammenligningstal for Hele landet i 2. kvartal 2015.',
    );
    expect(result.explanation.en).toBe('No benchmark figures for Hele landet in Q2 2015.');
  });

  it('no_data is never final, even at the end of the target period', () => {
    const result = evaluate(LOWER, [obs(2015, 12), obs('2015H2', 10, 'Hele landet')], '2016M06');
    expect(result).toMatchObject({ status: 'no_data', final: false });
  });

  it('the benchmark figure is for A’s period: a later own figure without one gives no_data', () => {
    const result = evaluate(
      LOWER,
      [obs('2015K1', 12), obs('2015K1', 10, 'Hele landet'), obs('2015K2', 11)],
      '2015M06',
    );
    expect(result.status).toBe('no_data');
    expect(
      evaluate(LOWER, [obs('2015K1', 12), obs('2015K1', 10, 'Hele landet')], '2015M06'),
    ).toMatchObject({ status: 'at_risk', expected: 10 });
  });

  it('no own figure: no_data with no follow-up figures', () => {
    const result = evaluate(LOWER, [obs('2015K2', 10, 'Hele landet')], '2015M06');
    expect(result).toMatchObject({ status: 'no_data', actual: null, final: false });
    expect(result.explanation.da).toBe('Ingen opfølgningstal til og med juni 2015.');
  });
});

describe('§4.5 result.benchmark on a goal that is not a Benchmark goal', () => {
  const goal: GoalSpec = { ...VALID_GOALS.Minimum, Målværdi: 60, Sammenligning: 'Hele landet' };

  it('a Minimum goal with Sammenligning reports the benchmark value for A’s period', () => {
    const result = evaluate(
      goal,
      [obs('2015M06', 66), obs('2015M06', 70, 'Hele landet'), obs('2015M05', 50, 'Hele landet')],
      '2015M06',
    );
    expect(result).toMatchObject({ status: 'on_track', expected: 60, benchmark: 70 });
  });

  it('without a benchmark figure for that period it is null and the status is unaffected', () => {
    const result = evaluate(
      goal,
      [obs('2015M06', 66), obs('2015M05', 50, 'Hele landet')],
      '2015M06',
    );
    expect(result).toMatchObject({ status: 'on_track', benchmark: null });
  });

  it('without Sammenligning it is null even when other areas have figures', () => {
    const result = evaluate(
      { ...goal, Sammenligning: null },
      [obs('2015M06', 66), obs('2015M06', 70, 'Hele landet')],
      '2015M06',
    );
    expect(result.benchmark).toBeNull();
  });
});
