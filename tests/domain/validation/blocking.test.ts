import type { GoalSpec } from '../../helpers/planBuilder';
import { analyzePlan, findingsWith, resultFor, VALID_GOALS } from '../../helpers/planBuilder';

const GOOD: GoalSpec = { ...VALID_GOALS.Minimum, Id: 'OK', Målværdi: 60 };

describe('an error blocks only the goal it concerns', () => {
  const analysis = analyzePlan(
    {
      goals: [GOOD, { ...VALID_GOALS['Reduktion til'], Id: 'BAD', Baseline: 411, Målværdi: 444 }],
      observations: [
        { MålId: 'OK', Periode: '2015M06', Værdi: 66 },
        { MålId: 'BAD', Periode: '2015M06', Værdi: 420 },
      ],
    },
    '2015M06',
  );

  it('the goal with the error is invalid and names the finding', () => {
    const [finding] = findingsWith(analysis, 'PLAN_BASELINE_WRONG_SIDE');
    expect(finding).toBeDefined();
    const result = resultFor(analysis, 'BAD');
    expect(result).toMatchObject({
      id: 'BAD',
      row: 2,
      status: 'invalid',
      final: false,
      actual: null,
      actualPeriod: null,
      expected: null,
      attainment: null,
      q: null,
      deviation: null,
      benchmark: null,
      comment: null,
      target: null,
      timeFraction: null,
      change: null,
      changeRatio: null,
      blockedBy: [finding],
      explanation: {
        da: "Kan ikke beregnes: Baseline 411 og mål 444 er en stigning, men måltypen er 'Reduktion til'.",
        en: "Cannot be computed: Baseline 411 and target 444 make a rise, but the target type is 'Reduce to'.",
      },
    });
  });

  it('the other goal still computes', () => {
    expect(resultFor(analysis, 'OK')).toMatchObject({
      status: 'on_track',
      actual: 66,
      expected: 60,
      blockedBy: [],
    });
  });
});

describe('a goal with several errors', () => {
  it('names all of them and counts the rest in the explanation', () => {
    const analysis = analyzePlan({
      goals: [{ ...VALID_GOALS['Reduktion pct'], Enhed: 'timer', Målværdi: 150, Retning: 'op' }],
    });
    const result = resultFor(analysis, 'G1');
    expect(result.status).toBe('invalid');
    expect(result.blockedBy.map((f) => f.code).sort()).toEqual([
      'PLAN_DIRECTION_CONFLICT',
      'PLAN_PERCENT_OUT_OF_RANGE',
      'UNKNOWN_VALUE',
    ]);
    expect(result.explanation.da).toMatch(/^Kan ikke beregnes: .* \(og 2 fejl mere\)$/);
    expect(result.explanation.en).toMatch(/^Cannot be computed: .* \(and 2 more errors\)$/);
  });
});

describe('warnings do not block', () => {
  it('a goal with a Slutværdi warning and follow-up warnings is evaluated normally', () => {
    const analysis = analyzePlan(
      {
        goals: [{ ...VALID_GOALS['Reduktion pct'], Slutværdi: 388 }],
        observations: [
          { MålId: 'G1', Periode: '2014', Værdi: -1 },
          { MålId: 'G1', Periode: '2015M06', Værdi: '400' },
        ],
      },
      '2015M06',
    );
    expect(analysis.findings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'PLAN_END_VALUE_MISMATCH'],
      ['warning', 'OBS_NEGATIVE_COUNT'],
      ['warning', 'CELL_NUMBER_AS_TEXT'],
    ]);
    const result = resultFor(analysis, 'G1');
    expect(result.blockedBy).toEqual([]);
    expect(result.status).not.toBe('invalid');
    expect(result.actual).toBe(400);
  });
});

describe('an error in an Opfolgning row drops that row only', () => {
  it('the goal keeps its other rows and other goals keep theirs', () => {
    const analysis = analyzePlan(
      {
        goals: [GOOD, { ...GOOD, Id: 'OK2' }],
        observations: [
          { MålId: 'OK', Periode: '2015M05', Værdi: 50 },
          { MålId: 'OK', Periode: '2015M06', Værdi: '#N/A' },
          { MålId: 'OK', Periode: '2015M06', Værdi: { error: '#N/A' } },
          { MålId: 'OK2', Periode: '2015M06', Værdi: 61 },
        ],
      },
      '2015M06',
    );
    expect(analysis.findings.map((f) => [f.code, f.row, f.address])).toEqual([
      ['CELL_NOT_A_NUMBER', 2, 'Opfolgning!D3'],
      ['CELL_ERROR_VALUE', 3, 'Opfolgning!D4'],
    ]);
    expect(analysis.observations.map((o) => o.origin.row)).toEqual([1, 4]);
    expect(resultFor(analysis, 'OK')).toMatchObject({ status: 'at_risk', actual: 50 });
    expect(resultFor(analysis, 'OK2')).toMatchObject({ status: 'on_track', actual: 61 });
  });
});
