import type { GoalSpec, PlanHeader, TargetTypeName } from '../../helpers/planBuilder';
import { analyzePlan, onlyFinding, PLAN_HEADERS, VALID_GOALS } from '../../helpers/planBuilder';

const TYPE_NAMES = Object.keys(VALID_GOALS) as TargetTypeName[];

const ENGLISH_TYPE: Record<TargetTypeName, string> = {
  'Reduktion til': 'Reduce to',
  'Stigning til': 'Increase to',
  'Reduktion pct': 'Reduce by pct',
  'Stigning pct': 'Increase by pct',
  Minimum: 'Minimum',
  Maksimum: 'Maximum',
  Fasthold: 'Maintain',
  Benchmark: 'Benchmark',
  Retning: 'Direction',
  Milepæl: 'Milestone',
};

/** The cell of a Plan header in data row 1 (sheet row 2). */
function cellOf(header: PlanHeader): string {
  return `Plan!${String.fromCharCode(65 + PLAN_HEADERS.indexOf(header))}2`;
}

function without(type: TargetTypeName, header: PlanHeader): GoalSpec {
  return { ...VALID_GOALS[type], [header]: null };
}

describe('a valid goal of each target type', () => {
  it.each(TYPE_NAMES)('%s has no findings and is evaluated', (type) => {
    const analysis = analyzePlan({ goals: [VALID_GOALS[type]] }, '2015M06');
    expect(analysis.findings).toEqual([]);
    expect(analysis.results[0]?.status).not.toBe('invalid');
  });
});

interface MissingCase {
  readonly type: TargetTypeName;
  readonly header: PlanHeader;
  readonly da: string;
  readonly en: string;
}

const needs = (
  types: TargetTypeName[],
  header: PlanHeader,
  da: string,
  en: string,
): MissingCase[] => types.map((type) => ({ type, header, da, en }));

const MISSING: MissingCase[] = [
  ...needs(
    ['Reduktion til', 'Stigning til', 'Reduktion pct', 'Stigning pct', 'Fasthold', 'Retning'],
    'Baseline',
    'en baseline',
    'a baseline',
  ),
  ...needs(
    ['Reduktion til', 'Stigning til', 'Reduktion pct', 'Stigning pct', 'Minimum', 'Maksimum'],
    'Målværdi',
    'en målværdi',
    'a target',
  ),
  ...needs(['Fasthold', 'Benchmark', 'Retning'], 'Retning', 'en retning', 'a direction'),
  ...needs(['Benchmark'], 'Sammenligning', 'et sammenligningsområde', 'a benchmark area'),
  ...needs(
    TYPE_NAMES.filter((t) => t !== 'Milepæl'),
    'Enhed',
    'en enhed',
    'a unit',
  ),
];

describe('check: a required field that the target type needs is missing', () => {
  it.each(MISSING)('$type without $header is an error on that cell', ({ type, header, da, en }) => {
    const analysis = analyzePlan({ goals: [without(type, header)] }, '2015M06');
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'REQUIRED_VALUE_MISSING',
      table: 'Plan',
      row: 1,
      column: header,
      address: cellOf(header),
      goalId: 'G1',
    });
    expect(finding.message.da).toBe(`'${header}' mangler – måltypen '${type}' kræver ${da}.`);
    expect(finding.message.en).toBe(
      `'${header}' is missing – the target type '${ENGLISH_TYPE[type]}' needs ${en}.`,
    );
    expect(analysis.results[0]).toMatchObject({ status: 'invalid', blockedBy: [finding] });
  });

  it('a milestone needs no Enhed', () => {
    expect(VALID_GOALS.Milepæl).not.toHaveProperty('Enhed');
    expect(analyzePlan({ goals: [VALID_GOALS.Milepæl] }).findings).toEqual([]);
  });

  it.each(['Minimum', 'Maksimum', 'Benchmark', 'Milepæl'] as const)(
    '%s needs no Baseline',
    (type) => {
      expect(VALID_GOALS[type]).not.toHaveProperty('Baseline');
      expect(analyzePlan({ goals: [VALID_GOALS[type]] }).findings).toEqual([]);
    },
  );
});

describe('check: Baselineperiode is required when Baseline is given', () => {
  it.each(['Reduktion til', 'Stigning pct', 'Fasthold', 'Retning'] as const)(
    '%s with a Baseline but no Baselineperiode is an error on Baselineperiode',
    (type) => {
      const finding = onlyFinding(analyzePlan({ goals: [without(type, 'Baselineperiode')] }));
      expect(finding).toMatchObject({
        severity: 'error',
        code: 'REQUIRED_VALUE_MISSING',
        table: 'Plan',
        row: 1,
        column: 'Baselineperiode',
        address: 'Plan!L2',
      });
      expect(finding.message.da).toBe(
        "'Baselineperiode' mangler – der er en baseline, så den skal have en periode.",
      );
      expect(finding.message.en).toBe(
        "'Baselineperiode' is missing – there is a baseline, so it needs a period.",
      );
    },
  );

  it('an optional Baseline on a Minimum goal also needs its period', () => {
    const finding = onlyFinding(analyzePlan({ goals: [{ ...VALID_GOALS.Minimum, Baseline: 80 }] }));
    expect(finding).toMatchObject({ code: 'REQUIRED_VALUE_MISSING', column: 'Baselineperiode' });
  });

  it('a Baselineperiode without a Baseline is no finding', () => {
    const goal = { ...VALID_GOALS.Minimum, Baselineperiode: 2014 };
    expect(analyzePlan({ goals: [goal] }).findings).toEqual([]);
  });
});

describe('check: Målperiode is always required', () => {
  it.each(TYPE_NAMES)('%s without Målperiode is an error on Målperiode', (type) => {
    const analysis = analyzePlan({ goals: [without(type, 'Målperiode')] });
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'REQUIRED_VALUE_MISSING',
      table: 'Plan',
      row: 1,
      column: 'Målperiode',
      address: 'Plan!N2',
      goalId: 'G1',
    });
    expect(finding.message.da).toBe("'Målperiode' mangler.");
    expect(finding.message.en).toBe("'Målperiode' is missing.");
    expect(analysis.results[0]?.status).toBe('invalid');
  });
});

describe('check: Id, Mål and Måltype are required on every goal', () => {
  it.each([
    ['Id', 'Plan!A2'],
    ['Mål', 'Plan!F2'],
    ['Måltype', 'Plan!I2'],
  ] as const)('a goal without %s is an error on %s', (header, address) => {
    const analysis = analyzePlan({ goals: [without('Minimum', header)] });
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'REQUIRED_VALUE_MISSING',
      table: 'Plan',
      row: 1,
      column: header,
      address,
      goalId: header === 'Id' ? null : 'G1',
    });
    expect(finding.message.da).toBe(`'${header}' mangler.`);
    expect(finding.message.en).toBe(`'${header}' is missing.`);
    expect(analysis.results[0]).toMatchObject({ status: 'invalid', blockedBy: [finding] });
  });

  it('a goal without Id still gets a result, under a stand-in id for its row', () => {
    const analysis = analyzePlan({
      goals: [VALID_GOALS.Minimum, { ...VALID_GOALS.Maksimum, Id: null }],
    });
    expect(analysis.results.map((r) => [r.id, r.row, r.status])).toEqual([
      ['G1', 1, 'no_data'],
      ['#2', 2, 'invalid'],
    ]);
  });
});
