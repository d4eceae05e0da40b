import fc from 'fast-check';
import { analyzeWorkbook } from '../../../src/domain/analyzeWorkbook';
import type { RawValue } from '../../../src/domain/cells/rawTable';
import type { ObservationField, PlanField } from '../../../src/domain/model/plan';
import {
  OBSERVATION_COLUMNS,
  PLAN_COLUMNS,
  SETTINGS_COLUMNS,
} from '../../../src/domain/model/columns';
import { TARGET_TYPE_RULES } from '../../../src/domain/model/targetTypeRules';
import type { Choice, TargetType } from '../../../src/domain/model/vocabulary';
import {
  choiceLabel,
  DIRECTIONS,
  MILESTONE_STATUSES,
  TARGET_TYPES,
  UNITS,
} from '../../../src/domain/model/vocabulary';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import { TODAY } from '../../helpers/fixtures';
import { oneIn, periodArb } from './arbitraries';
import type { Cell } from './workbooks';
import { expectWellFormedResults, tableOf } from './workbooks';

/** Numbers that break naive arithmetic: zero, signs, the smallest and the largest doubles. */
const extreme = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.1,
  1e-300,
  -1e-300,
  Number.MIN_VALUE,
  1e300,
  -1e300,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
);

const number: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: extreme },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** A number cell, sometimes percent-formatted (its value then counts 100 times). */
const numberCell: fc.Arbitrary<Cell> = fc.record({
  value: number,
  format: fc.constantFrom('General', 'General', 'General', '0%', '0.0 %', '#,##0.00'),
});

/** Baseline and target: independent, or equal, which no progress goal can measure. */
const baselineAndTarget = fc.oneof(
  fc.tuple(fc.option(numberCell), fc.option(numberCell)),
  numberCell.map((cell) => [cell, cell] as const),
);

const periodText = (from: number, to: number): fc.Arbitrary<string> =>
  periodArb(from, to).map(formatPeriod);

const AREAS = ['', 'Ishøj', ' ishøj ', 'Hele landet', 'Brøndby'];

const DIRECTION_LABELS = DIRECTIONS.map((d) => d.label.da);

/** A direction that fits the type: its own, or either where the type has none; rarely any. */
function directionFor(type: Choice<TargetType>): fc.Arbitrary<string | null> {
  const fixed = TARGET_TYPE_RULES[type.code].fixedDirection;
  const fitting = fixed
    ? fc.constantFrom(null, choiceLabel(DIRECTIONS, fixed).da)
    : fc.constantFrom(...DIRECTION_LABELS);
  return fc.oneof(
    { weight: 6, arbitrary: fitting },
    { weight: 1, arbitrary: fc.constantFrom(null, ...DIRECTION_LABELS) },
  );
}

const goalArb = fc.constantFrom(...TARGET_TYPES).chain((type) =>
  fc.record({
    targetType: fc.constant(type.label.da),
    measure: fc.constantFrom('Niveau', 'Akkumuleret', null),
    unit: fc.constantFrom(...UNITS.map((u) => u.label.da)),
    direction: directionFor(type),
    values: baselineAndTarget,
    baselinePeriod: fc.option(periodText(2010, 2014), { freq: 4 }),
    targetPeriod: periodText(2013, 2018),
    endValue: fc.option(numberCell, { freq: 2 }),
    benchmarkArea: fc.constantFrom('Hele landet', 'Brøndby', null),
  }),
);

const observationArb = fc.record({
  goal: fc.nat(),
  // A few common periods, so that own and benchmark figures often share one.
  period: fc.oneof(periodText(2010, 2019), fc.constantFrom('2014', '2015K2', '2015M06', '2016M12')),
  area: fc.constantFrom(...AREAS),
  value: fc.option(numberCell, { freq: 6 }),
  milestoneStatus: fc.option(fc.constantFrom(...MILESTONE_STATUSES.map((m) => m.label.da))),
});

const settingsArb = fc.record({
  tolerance: fc.option(fc.oneof(fc.double({ min: 0, max: 0.99, noNaN: true }), extreme)),
  reportPeriod: oneIn(3, periodText(2010, 2019)),
  requested: oneIn(3, periodArb(2010, 2019)),
});

const workbookArb = fc.record({
  goals: fc.array(goalArb, { minLength: 1, maxLength: 8 }),
  observations: fc.array(observationArb, { maxLength: 30 }),
  settings: settingsArb,
});

type Generated = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

function build(generated: Generated) {
  const { goals, observations, settings } = generated;
  const planRows = goals.map((g, i): Partial<Record<PlanField, RawValue | Cell>> => {
    const [baseline, target] = g.values;
    return {
      id: `G${i + 1}`,
      text: `Mål ${i + 1}`,
      targetType: g.targetType,
      measure: g.measure,
      unit: g.unit,
      direction: g.direction,
      ...(baseline ? { baseline } : {}),
      ...(target ? { target } : {}),
      baselinePeriod: baseline || g.baselinePeriod ? (g.baselinePeriod ?? '2013') : null,
      targetPeriod: g.targetPeriod,
      ...(g.endValue ? { endValue: g.endValue } : {}),
      benchmarkArea: g.benchmarkArea,
    };
  });
  const observationRows = observations.map(
    (o): Partial<Record<ObservationField, RawValue | Cell>> => ({
      goalId: `G${(o.goal % goals.length) + 1}`,
      period: o.period,
      area: o.area,
      ...(o.value ? { value: o.value } : {}),
      milestoneStatus: o.milestoneStatus,
    }),
  );
  const settingRows: Partial<Record<'key' | 'value', RawValue>>[] = [
    { key: 'Kommune', value: 'Ishøj' },
    { key: 'Tolerance', value: settings.tolerance },
    { key: 'Rapportperiode', value: settings.reportPeriod },
  ];
  return {
    raw: {
      plan: tableOf('Plan', PLAN_COLUMNS, planRows),
      opfolgning: tableOf('Opfolgning', OBSERVATION_COLUMNS, observationRows),
      indstillinger: tableOf('Indstillinger', SETTINGS_COLUMNS, settingRows),
    },
    options: { reportPeriod: settings.requested, today: TODAY },
  };
}

describe('evaluation never throws, whatever the numbers', () => {
  it('gives one well-formed result per goal for goals of every target type and measure', () => {
    fc.assert(
      fc.property(workbookArb, (generated) => {
        const { raw, options } = build(generated);
        const analysis = analyzeWorkbook(raw, options);
        expect(analysis.goals).toHaveLength(generated.goals.length);
        expectWellFormedResults(analysis);
      }),
      { numRuns: 300 },
    );
  });

  it('gives well-formed results when cumulative figures inside the target period add up past the largest double', () => {
    const cumulative = fc.record({
      goals: fc.array(
        goalArb.map((g) => ({ ...g, measure: 'Akkumuleret' as const, targetPeriod: '2015' })),
        { minLength: 1, maxLength: 4 },
      ),
      observations: fc
        .array(
          fc.record({
            goal: fc.nat(),
            month: fc.integer({ min: 1, max: 12 }),
            value: fc.record({ value: extreme, format: fc.constant('General') }),
          }),
          { maxLength: 20 },
        )
        .map((rows) =>
          rows.map((o) => ({
            goal: o.goal,
            period: `2015M${String(o.month).padStart(2, '0')}`,
            area: '',
            value: o.value,
            milestoneStatus: null,
          })),
        ),
      settings: settingsArb,
    });
    fc.assert(
      fc.property(cumulative, (generated) => {
        const { raw, options } = build(generated);
        expectWellFormedResults(analyzeWorkbook(raw, options));
      }),
      { numRuns: 200 },
    );
  });

  it('gives well-formed results when every figure is one of the extreme numbers', () => {
    const extremeCell = fc.record({ value: extreme, format: fc.constantFrom('General', '0%') });
    const allExtreme = workbookArb.chain((generated) =>
      fc
        .tuple(
          fc.array(fc.tuple(extremeCell, extremeCell), {
            minLength: generated.goals.length,
            maxLength: generated.goals.length,
          }),
          fc.array(extremeCell, {
            minLength: generated.observations.length,
            maxLength: generated.observations.length,
          }),
        )
        .map(([pairs, values]) => ({
          ...generated,
          goals: generated.goals.map((g, i) => ({ ...g, values: pairs[i] ?? g.values })),
          observations: generated.observations.map((o, i) => ({ ...o, value: values[i] ?? null })),
        })),
    );
    fc.assert(
      fc.property(allExtreme, (generated) => {
        const { raw, options } = build(generated);
        expectWellFormedResults(analyzeWorkbook(raw, options));
      }),
      { numRuns: 200 },
    );
  });
});
