import type { GoalSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

/** Retning, lower is better, from 120 (2014), target period 2015. */
const LOWER: GoalSpec = VALID_GOALS.Retning;
const HIGHER: GoalSpec = { ...VALID_GOALS.Retning, Retning: 'Højere er bedre', Baseline: 50 };

function evaluate(goal: GoalSpec, periode: string | number, værdi: number, reportPeriod: string) {
  return evaluateOne(
    { goals: [goal], observations: [{ MålId: 'G1', Periode: periode, Værdi: værdi }] },
    reportPeriod,
  );
}

describe('§4.4 Retning: better than B / equal / worse', () => {
  it.each([
    ['lower', 110, 'on_track', 'met'],
    ['lower', 120, 'at_risk', 'partly_met'],
    ['lower', 130, 'off_track', 'not_met'],
    ['higher', 55, 'on_track', 'met'],
    ['higher', 50, 'at_risk', 'partly_met'],
    ['higher', 45, 'off_track', 'not_met'],
  ])('%s is better: A = %p is %s before the end and %s when final', (dir, a, open, closed) => {
    const goal = dir === 'lower' ? LOWER : HIGHER;
    expect(evaluate(goal, '2015M06', a, '2015M06')).toMatchObject({ status: open, final: false });
    expect(evaluate(goal, '2015M12', a, '2015M12')).toMatchObject({ status: closed, final: true });
  });

  it('reports the change A − B and (A − B)/B, with no E, attainment, q or deviation', () => {
    const result = evaluate(LOWER, '2015M06', 110, '2015M06');
    expect(result).toMatchObject({
      actual: 110,
      change: -10,
      expected: null,
      attainment: null,
      q: null,
      deviation: null,
      target: null,
    });
    expect(result.changeRatio).toBeCloseTo(-10 / 120, 12);
    expect(result.explanation.da).toBe(
      'Fra 120 (2014) til 110 (juni 2015): −10 (−8,3 %), i den rigtige retning.',
    );
    expect(result.explanation.en).toBe(
      'From 120 (2014) to 110 (June 2015): −10 (−8.3 %), the right way.',
    );
  });

  it('a rise on a higher-is-better goal: +5 (+10 %), the right way', () => {
    const result = evaluate(HIGHER, '2015K2', 55, '2015M06');
    expect(result).toMatchObject({ change: 5, changeRatio: 0.1 });
    expect(result.explanation.da).toBe(
      'Fra 50 (2014) til 55 (2. kvartal 2015): +5 (+10 %), i den rigtige retning.',
    );
  });

  it('unchanged and the wrong way say so', () => {
    expect(evaluate(LOWER, '2015M06', 120, '2015M06').explanation.da).toBe(
      'Fra 120 (2014) til 120 (juni 2015): 0 (0 %), uændret.',
    );
    expect(evaluate(LOWER, '2015M06', 130, '2015M06').explanation.da).toContain(
      '+10 (+8,3 %), i den forkerte retning.',
    );
  });

  it('a baseline of 0 gives a change but no change ratio', () => {
    const result = evaluate({ ...HIGHER, Baseline: 0 }, '2015M06', 3, '2015M06');
    expect(result).toMatchObject({ status: 'on_track', change: 3, changeRatio: null });
  });
});
