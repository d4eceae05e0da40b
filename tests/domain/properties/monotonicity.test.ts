import fc from 'fast-check';
import { analyzeWorkbook } from '../../../src/domain/analyzeWorkbook';
import type { RawValue } from '../../../src/domain/cells/rawTable';
import {
  OBSERVATION_COLUMNS,
  PLAN_COLUMNS,
  SETTINGS_COLUMNS,
} from '../../../src/domain/model/columns';
import type { GoalResult } from '../../../src/domain/model/goalResult';
import type { ObservationField, PlanField } from '../../../src/domain/model/plan';
import type { StatusCode } from '../../../src/domain/model/status';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import { monthNumber, periodOfMonths } from '../../../src/domain/periods/period';
import { TODAY } from '../../helpers/fixtures';
import { tableOf } from './workbooks';

/**
 * How good a status is, for comparing two evaluations of the same goal at the same data
 * month. Met beats on track beats the yellow band beats off track beats not met: the order of
 * the report's legend, from reaching the target to missing it. `at_risk` (not final) and
 * `partly_met` (final) are the same yellow band and share a rank. `met` and `not_met` occur
 * before the end only through the Akkumuleret rules of domain §4.4 (a minimum already reached,
 * a maximum already passed), which are the ends of the scale, so one rank fits both finalities.
 * The grey statuses are not on the scale: the properties require graded results.
 */
const RANK: Partial<Record<StatusCode, number>> = {
  met: 5,
  on_track: 4,
  at_risk: 3,
  partly_met: 3,
  off_track: 2,
  not_met: 1,
};

type Better = 'higher' | 'lower';

/** The baseline period and target period every goal here uses. */
const BASELINE_PERIOD = '2013';
const TARGET_PERIOD = '2015';

const moderate = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
);
const positive = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
);
const gap = fc.oneof(
  fc.integer({ min: 1, max: 500 }),
  fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
);

/** A valid goal of a numeric target type, with the direction that is better for it. */
interface GoalCase {
  readonly type: string;
  readonly better: Better;
  readonly baseline: number | null;
  readonly target: number | null;
  /** The benchmark area's figure, for Benchmark goals. */
  readonly benchmark: number | null;
}

const goalCase: fc.Arbitrary<GoalCase> = fc.oneof(
  fc.tuple(moderate, gap).map(([t, d]) => ({
    type: 'Reduktion til',
    better: 'lower' as const,
    baseline: t + d,
    target: t,
    benchmark: null,
  })),
  fc.tuple(moderate, gap).map(([b, d]) => ({
    type: 'Stigning til',
    better: 'higher' as const,
    baseline: b,
    target: b + d,
    benchmark: null,
  })),
  fc.tuple(positive, fc.double({ min: 0.5, max: 99.5, noNaN: true })).map(([b, t]) => ({
    type: 'Reduktion pct',
    better: 'lower' as const,
    baseline: b,
    target: t,
    benchmark: null,
  })),
  fc.tuple(positive, fc.double({ min: 0.5, max: 500, noNaN: true })).map(([b, t]) => ({
    type: 'Stigning pct',
    better: 'higher' as const,
    baseline: b,
    target: t,
    benchmark: null,
  })),
  moderate.map((t) => ({
    type: 'Minimum',
    better: 'higher' as const,
    baseline: null,
    target: t,
    benchmark: null,
  })),
  moderate.map((t) => ({
    type: 'Maksimum',
    better: 'lower' as const,
    baseline: null,
    target: t,
    benchmark: null,
  })),
  fc
    .tuple(
      fc.constantFrom('Fasthold', 'Retning'),
      fc.constantFrom<Better>('higher', 'lower'),
      moderate,
    )
    .map(([type, better, b]) => ({ type, better, baseline: b, target: null, benchmark: null })),
  fc.tuple(fc.constantFrom<Better>('higher', 'lower'), moderate).map(([better, e]) => ({
    type: 'Benchmark',
    better,
    baseline: null,
    target: null,
    benchmark: e,
  })),
);

/**
 * The period of the one own figure. `Niveau`: any month or quarter from 2012 to 2016, so
 * before the baseline, between, and after the target period. `Akkumuleret`: inside the target
 * period 2015, year to date or a single month.
 */
function observationPeriod(measure: 'Niveau' | 'Akkumuleret'): fc.Arbitrary<string> {
  if (measure === 'Akkumuleret') {
    return fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.boolean())
      .map(([m, yearToDate]) =>
        formatPeriod(periodOfMonths(monthNumber(2015, yearToDate ? 1 : m), monthNumber(2015, m))),
      );
  }
  return fc.oneof(
    fc
      .integer({ min: monthNumber(2012, 1), max: monthNumber(2016, 12) })
      .map((m) => formatPeriod(periodOfMonths(m, m))),
    fc
      .tuple(fc.integer({ min: 2012, max: 2016 }), fc.integer({ min: 1, max: 4 }))
      .map(([y, q]) =>
        formatPeriod(periodOfMonths(monthNumber(y, q * 3 - 2), monthNumber(y, q * 3))),
      ),
  );
}

/**
 * Values worth trying for A: anywhere, just around B, T, E and the tolerance band, or part of
 * the way between two of them (where E = B + (T − B)·f and T·f fall).
 */
function actualNear(goal: GoalCase, tolerance: number): fc.Arbitrary<number> {
  const percentTarget =
    goal.baseline !== null && goal.target !== null && goal.type.endsWith('pct')
      ? goal.baseline * (1 + ((goal.type.startsWith('Reduktion') ? -1 : 1) * goal.target) / 100)
      : null;
  const anchors = [goal.baseline, goal.target, percentTarget, goal.benchmark, 0].filter(
    (x): x is number => x !== null,
  );
  const band = anchors.flatMap((x) => [x * (1 - tolerance), x * (1 + tolerance)]);
  return fc.oneof(
    moderate,
    fc
      .tuple(
        fc.constantFrom(...anchors),
        fc.constantFrom(...anchors),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
      )
      .map(([x, y, u]) => x + (y - x) * u),
    fc
      .tuple(
        fc.constantFrom(...anchors, ...band),
        fc.oneof(fc.constant(0), fc.double({ min: -2, max: 2, noNaN: true })),
      )
      .map(([anchor, offset]) => anchor + offset),
  );
}

/** How much better a2 is than a1: from below the rounding precision up to a lot. */
const improvement = fc.oneof(
  fc.constantFrom(1e-12, 1e-10, 1e-9, 0.5, 1),
  fc.double({ min: 1e-6, max: 1e4, noNaN: true }),
);

const scenario = fc
  .record({
    goal: goalCase,
    measure: fc.constantFrom<'Niveau' | 'Akkumuleret'>('Niveau', 'Akkumuleret'),
    tolerance: fc.oneof(
      fc.constantFrom(0, 0.25, 0.9),
      fc.double({ min: 0, max: 0.9, noNaN: true }),
    ),
  })
  .chain((base) =>
    fc.record({
      goal: fc.constant(base.goal),
      measure: fc.constant(base.measure),
      tolerance: fc.constant(base.tolerance),
      period: observationPeriod(base.measure),
      a1: actualNear(base.goal, base.tolerance),
      step: improvement,
    }),
  );

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Evaluates the scenario's goal with one own figure `actual` in the scenario's period. */
function evaluate(s: Scenario, actual: number): GoalResult {
  const { goal } = s;
  const plan: Partial<Record<PlanField, RawValue>> = {
    id: 'M1',
    text: 'Et mål',
    unit: 'antal',
    targetType: goal.type,
    direction: goal.better === 'higher' ? 'Højere er bedre' : 'Lavere er bedre',
    baseline: goal.baseline,
    baselinePeriod: goal.baseline === null ? null : BASELINE_PERIOD,
    target: goal.target,
    targetPeriod: TARGET_PERIOD,
    measure: s.measure,
    benchmarkArea: goal.benchmark === null ? null : 'Hele landet',
  };
  const observations: Partial<Record<ObservationField, RawValue>>[] = [
    { goalId: 'M1', period: s.period, value: actual },
  ];
  if (goal.benchmark !== null) {
    observations.push({
      goalId: 'M1',
      period: s.period,
      area: 'Hele landet',
      value: goal.benchmark,
    });
  }
  const analysis = analyzeWorkbook(
    {
      plan: tableOf('Plan', PLAN_COLUMNS, [plan]),
      opfolgning: tableOf('Opfolgning', OBSERVATION_COLUMNS, observations),
      indstillinger: tableOf('Indstillinger', SETTINGS_COLUMNS, [
        { key: 'Tolerance', value: s.tolerance },
      ]),
    },
    { reportPeriod: periodOfMonths(monthNumber(2016, 12), monthNumber(2016, 12)), today: TODAY },
  );
  const [result] = analysis.results;
  if (!result) throw new Error('no result');
  return result;
}

describe('a better actual never gives a worse status, for both directions', () => {
  it('for every numeric target type, Niveau and Akkumuleret, and any tolerance in [0, 0.9]', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a1 = s.a1;
        const a2 = s.goal.better === 'higher' ? a1 + s.step : a1 - s.step;
        fc.pre(a2 !== a1);
        const r1 = evaluate(s, a1);
        const r2 = evaluate(s, a2);
        const rank1 = RANK[r1.status];
        const rank2 = RANK[r2.status];
        // Both results must be graded, or the property would hold for nothing.
        expect({ status: r1.status, graded: rank1 !== undefined }).toEqual({
          status: r1.status,
          graded: true,
        });
        expect({ status: r2.status, graded: rank2 !== undefined }).toEqual({
          status: r2.status,
          graded: true,
        });
        // The same data month gives the same finality; compare only within it.
        expect(r2.final).toBe(r1.final);
        expect({ a1, a2, s1: r1.status, s2: r2.status, ok: (rank2 ?? 0) >= (rank1 ?? 0) }).toEqual({
          a1,
          a2,
          s1: r1.status,
          s2: r2.status,
          ok: true,
        });
      }),
      { numRuns: 400 },
    );
  });
});
