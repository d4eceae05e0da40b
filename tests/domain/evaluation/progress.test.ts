import type { GoalSpec, ObservationSpec, SettingsSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

const obs = (Periode: string | number, Værdi: number): ObservationSpec => ({
  MålId: 'G1',
  Periode,
  Værdi,
});

function evaluate(
  goal: GoalSpec,
  observations: ObservationSpec[],
  reportPeriod: string,
  settings: SettingsSpec = {},
) {
  return evaluateOne({ goals: [goal], observations, settings }, reportPeriod);
}

/** Stigning til from 100 (2014) to 200 (2015): f = 0.5 at 2015M06, 1 at 2015M12. */
const RISE: GoalSpec = {
  Id: 'G1',
  Enhed: 'antal',
  Måltype: 'Stigning til',
  Baseline: 100,
  Baselineperiode: 2014,
  Målværdi: 200,
  Målperiode: 2015,
};
/** Reduktion til from 200 (2014) to 100 (2015). */
const FALL: GoalSpec = { ...RISE, Måltype: 'Reduktion til', Baseline: 200, Målværdi: 100 };

describe('§4.3 progress family: P = (A − B)/(T − B), q = P/f, E = B + (T − B)·f', () => {
  it('Reduktion til: 444 → 411, 420 in juli 2015 (19 of 24 months)', () => {
    const result = evaluate(VALID_GOALS['Reduktion til'], [obs('2015M07', 420)], '2015M07');
    const f = 19 / 24;
    const p = (420 - 444) / (411 - 444);
    expect(result.status).toBe('at_risk');
    expect(result.final).toBe(false);
    expect(result.timeFraction).toBe(f);
    expect(result.target).toBe(411);
    expect(result.expected).toBeCloseTo(417.875, 10);
    expect(result.attainment).toBeCloseTo(p, 12);
    expect(result.q).toBeCloseTo(p / f, 12);
    expect(result.deviation).toBeCloseTo(2.125, 10);
    expect(result.explanation.da).toBe(
      '19 af 24 måneder: forventet 417,9, faktisk 420 (73 % af vejen fra 444 til 411).',
    );
    expect(result.explanation.en).toBe(
      '19 of 24 months: expected 417.9, actual 420 (73 % of the way from 444 to 411).',
    );
  });

  it('Stigning til: 7,7 % → 12 %, 10 % in 1. halvår 2015', () => {
    const result = evaluate(VALID_GOALS['Stigning til'], [obs('2015H1', 10)], '2015M08');
    expect(result.status).toBe('on_track');
    expect(result.timeFraction).toBe(0.5);
    expect(result.expected).toBeCloseTo(9.85, 10);
    expect(result.attainment).toBeCloseTo(2.3 / 4.3, 12);
    expect(result.q).toBeCloseTo(2.3 / 4.3 / 0.5, 12);
    expect(result.deviation).toBeCloseTo(0.15, 10);
    expect(result.explanation.da).toBe(
      '6 af 12 måneder: forventet 9,9 %, faktisk 10 % (53 % af vejen fra 7,7 % til 12 %).',
    );
  });

  it('Reduktion pct: 15 % off 438 aims at 372,3; 390 after 18 of 24 months', () => {
    const result = evaluate(VALID_GOALS['Reduktion pct'], [obs('2015M06', 390)], '2015M06');
    expect(result.target).toBeCloseTo(372.3, 10);
    expect(result.timeFraction).toBe(0.75);
    expect(result.expected).toBeCloseTo(388.725, 10);
    expect(result.attainment).toBeCloseTo(48 / 65.7, 12);
    expect(result.q).toBeCloseTo(48 / 65.7 / 0.75, 12);
    expect(result.deviation).toBeCloseTo(1.275, 10);
    expect(result.status).toBe('at_risk');
    expect(result.explanation.da).toBe(
      '18 af 24 måneder: forventet 388,7, faktisk 390 (73 % af vejen fra 438 til 372,3).',
    );
  });

  it('Stigning pct: 10 % more than 200 aims at 220; 212 after 6 of 12 months', () => {
    const result = evaluate(VALID_GOALS['Stigning pct'], [obs('2015M06', 212)], '2015M06');
    expect(result.target).toBeCloseTo(220, 10);
    expect(result.expected).toBeCloseTo(210, 10);
    expect(result.attainment).toBeCloseTo(0.6, 12);
    expect(result.q).toBeCloseTo(1.2, 12);
    expect(result.deviation).toBeCloseTo(2, 10);
    expect(result.status).toBe('on_track');
  });

  it('Stigning pct, final: 221 at the end of 2015 is met', () => {
    const result = evaluate(VALID_GOALS['Stigning pct'], [obs(2015, 221)], '2015M12');
    expect(result).toMatchObject({ status: 'met', final: true });
    expect(result.attainment).toBeCloseTo(1.05, 12);
  });

  it('Reduktion pct, final: 400 at the end of 2015 is not met', () => {
    const result = evaluate(VALID_GOALS['Reduktion pct'], [obs('2015M12', 400)], '2015M12');
    expect(result).toMatchObject({ status: 'not_met', final: true });
    expect(result.attainment).toBeCloseTo(38 / 65.7, 12);
  });
});

describe('§4.3 attainment is not capped', () => {
  it('overshooting a rise gives more than 100 %', () => {
    const result = evaluate(RISE, [obs('2015M12', 245)], '2015M12');
    expect(result.attainment).toBeCloseTo(1.45, 12);
    expect(result.status).toBe('met');
    expect(result.explanation.da).toBe(
      'Målperioden er slut: mål 200, faktisk 245 (145 % af vejen fra 100 til 200).',
    );
    expect(result.explanation.en).toBe(
      'The target period is over: target 200, actual 245 (145 % of the way from 100 to 200).',
    );
  });

  it('a rise goal moving down gives a negative attainment', () => {
    const result = evaluate(RISE, [obs('2015M06', 90)], '2015M06');
    expect(result.attainment).toBeCloseTo(-0.1, 12);
    expect(result.q).toBeCloseTo(-0.2, 12);
    expect(result.status).toBe('off_track');
  });

  it('a reduction goal moving up gives a negative attainment', () => {
    const result = evaluate(FALL, [obs('2015M12', 230)], '2015M12');
    expect(result.attainment).toBeCloseTo(-0.3, 12);
    expect(result.status).toBe('not_met');
    expect(result.deviation).toBeCloseTo(130, 10);
  });
});

describe('§4.4 progress status: good P ≥ f, near P ≥ (1 − τ)·f, else bad (τ = 0.25, f = 0.5)', () => {
  it.each([
    ['Stigning til 100 → 200', 160, 'on_track'],
    ['Stigning til 100 → 200', 150, 'on_track'],
    ['Stigning til 100 → 200', 149.9, 'at_risk'],
    ['Stigning til 100 → 200', 137.5, 'at_risk'],
    ['Stigning til 100 → 200', 137.4, 'off_track'],
    ['Reduktion til 200 → 100', 150, 'on_track'],
    ['Reduktion til 200 → 100', 150.1, 'at_risk'],
    ['Reduktion til 200 → 100', 162.5, 'at_risk'],
    ['Reduktion til 200 → 100', 162.6, 'off_track'],
  ])('%s: A = %p is %s', (label, a, status) => {
    const goal = label.startsWith('Stigning') ? RISE : FALL;
    const result = evaluate(goal, [obs('2015M06', a)], '2015M06');
    expect(result.timeFraction).toBe(0.5);
    expect(result.status).toBe(status);
    expect(result.final).toBe(false);
  });

  it.each([
    ['Stigning til 100 → 200', 200, 'met'],
    ['Stigning til 100 → 200', 175, 'partly_met'],
    ['Stigning til 100 → 200', 174.9, 'not_met'],
    ['Reduktion til 200 → 100', 100, 'met'],
    ['Reduktion til 200 → 100', 125, 'partly_met'],
    ['Reduktion til 200 → 100', 125.1, 'not_met'],
  ])('%s, final (f = 1): A = %p is %s', (label, a, status) => {
    const goal = label.startsWith('Stigning') ? RISE : FALL;
    const result = evaluate(goal, [obs('2015M12', a)], '2015M12');
    expect(result).toMatchObject({ status, final: true, timeFraction: 1 });
  });

  it.each([
    [145, 'at_risk'],
    [144.9, 'off_track'],
  ])('the Tolerance setting moves the band: τ = 0,1, A = %p is %s', (a, status) => {
    const result = evaluate(RISE, [obs('2015M06', a)], '2015M06', { Tolerance: 0.1 });
    expect(result.status).toBe(status);
  });

  it('a tolerance given as a percentage, 10 %, is the same band', () => {
    const result = evaluate(RISE, [obs('2015M06', 144.9)], '2015M06', { Tolerance: '10 %' });
    expect(result.status).toBe('off_track');
  });
});

describe('§4.4 progress status when f = 0 (no time has passed)', () => {
  it.each([
    [190, 'on_track'],
    [200, 'on_track'],
    [210, 'off_track'],
  ])('data for the baseline period itself: A = %p is %s', (a, status) => {
    const result = evaluate(FALL, [obs(2014, a)], '2015M06');
    expect(result).toMatchObject({ status, timeFraction: 0, expected: 200, q: null });
  });

  it('data from before the end of the baseline period is clamped to f = 0', () => {
    const result = evaluate(RISE, [obs('2014M06', 99)], '2015M06');
    expect(result).toMatchObject({ status: 'off_track', timeFraction: 0, final: false });
    expect(result.attainment).toBeCloseTo(-0.01, 12);
  });

  it('the explanation says no time has passed', () => {
    const result = evaluate(FALL, [obs(2014, 190)], '2015M06');
    expect(result.explanation.da).toBe(
      'Ingen tid er gået siden baseline: faktisk 190 mod baseline 200.',
    );
    expect(result.explanation.en).toBe(
      'No time has passed since the baseline: actual 190 against baseline 200.',
    );
  });
});

describe('progress family, Akkumuleret', () => {
  it('f counts from the start of the target period: 160 by June of 100 → 220 is on track', () => {
    const goal = { ...RISE, Målværdi: 220, Opgørelse: 'Akkumuleret' };
    const result = evaluate(goal, [obs('jan-jun 2015', 160)], '2015M06');
    expect(result).toMatchObject({ timeFraction: 0.5, expected: 160, status: 'on_track', q: 1 });
    expect(result.attainment).toBe(0.5);
  });

  it('figures added from the target period start: 140 by June is off track', () => {
    const goal = { ...RISE, Målværdi: 220, Opgørelse: 'Akkumuleret' };
    const result = evaluate(goal, [obs('2015K1', 100), obs('2015K2', 40)], '2015M06');
    expect(result.actual).toBe(140);
    expect(result.attainment).toBeCloseTo(40 / 120, 12);
    expect(result.status).toBe('off_track');
  });
});
