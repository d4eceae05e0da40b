import { buildStatusSheet } from '../../../src/domain/report/buildStatusSheet';
import type { Language } from '../../../src/domain/text/localText';
import { TODAY } from '../../helpers/fixtures';
import type { GoalSpec, ObservationSpec, PlanSpec } from '../../helpers/planBuilder';
import { analyzePlan, VALID_GOALS } from '../../helpers/planBuilder';
import { cellsOf, formatAt, rowStartingWith, styleAt, valueAt } from '../../helpers/sheetSpec';

const ATTAINMENT = 5;
const STATUS = 6;

function statusSheet(spec: PlanSpec, language: Language = 'da', reportPeriod = '2015M06') {
  const analysis = analyzePlan(spec, reportPeriod);
  return { analysis, sheet: buildStatusSheet({ analysis, language, today: TODAY }) };
}

const benchmark: GoalSpec = { ...VALID_GOALS.Benchmark, Id: 'B1', Tema: 'Sammenligning' };
const direction: GoalSpec = { ...VALID_GOALS.Retning, Id: 'R1', Tema: 'Sammenligning' };
const progress: GoalSpec = {
  ...VALID_GOALS['Reduktion til'],
  Id: 'P1',
  Tema: 'Sammenligning',
};
const observations: ObservationSpec[] = [
  { MålId: 'B1', Periode: '2015M06', Værdi: 12 },
  { MålId: 'B1', Periode: '2015M06', Område: 'Hele landet', Værdi: 10 },
  { MålId: 'R1', Periode: '2015M06', Værdi: 100 },
  { MålId: 'P1', Periode: '2015M06', Værdi: 420 },
];
const settings = { Kommune: 'Ishøj', Plantitel: 'Plan 2015' };

describe('status sheet: what the attainment column shows per target type', () => {
  const { sheet } = statusSheet({
    goals: [benchmark, direction, progress],
    observations,
    settings,
  });
  const b1 = rowStartingWith(sheet, 'B1:');
  const r1 = rowStartingWith(sheet, 'R1:');
  const p1 = rowStartingWith(sheet, 'P1:');

  it('shows a benchmark goal the difference A − E in percentage points with its sign', () => {
    expect(valueAt(sheet, b1, ATTAINMENT)).toBeCloseTo(2, 10);
    expect(formatAt(sheet, b1, ATTAINMENT)).toBe(
      '+0.0" pct.-point";"−"0.0" pct.-point";0.0" pct.-point"',
    );
  });

  it("names the benchmark area in a benchmark goal's target and expected value", () => {
    expect(valueAt(sheet, b1, 2)).toBe('Mindst lige så godt som Hele landet');
    expect(valueAt(sheet, b1, 4)).toBe(10);
    expect(formatAt(sheet, b1, 4)).toBe('0.0" % (Hele landet)"');
    expect(valueAt(sheet, b1, 1)).toBeNull();
  });

  it('shows a direction goal the relative change from the baseline with its sign', () => {
    expect(valueAt(sheet, r1, ATTAINMENT)).toBeCloseTo(-20 / 120, 10);
    expect(formatAt(sheet, r1, ATTAINMENT)).toBe('+0 %;"−"0 %;0 %');
    expect(valueAt(sheet, r1, 2)).toBe('Bedre end baseline');
    expect(valueAt(sheet, r1, STATUS)).toBe('▲ På rette vej');
  });

  it('shows a progress goal the share of the way from B to T as 0 %', () => {
    expect(valueAt(sheet, p1, ATTAINMENT)).toBeCloseTo((420 - 444) / (411 - 444), 10);
    expect(formatAt(sheet, p1, ATTAINMENT)).toBe('0 %');
  });

  it('puts data bars on the progress goal only, not on a difference or a change', () => {
    const bars = sheet.conditionalFormats.flatMap((cf) => cf.ranges.flatMap(cellsOf));
    expect(bars).toEqual([{ row: p1, col: ATTAINMENT }]);
  });
});

describe('status sheet: themes, invalid goals and notes', () => {
  it("collects goals without a theme last, under 'Øvrige mål' (English 'Other goals')", () => {
    const spec: PlanSpec = {
      goals: [
        { ...VALID_GOALS.Minimum, Id: 'A1' },
        { ...VALID_GOALS.Minimum, Id: 'A2', Tema: 'Job' },
      ],
      settings,
    };
    const { sheet } = statusSheet(spec);
    const job = rowStartingWith(sheet, 'Job');
    const other = rowStartingWith(sheet, 'Øvrige mål');
    expect(job).toBe(5);
    expect(valueAt(sheet, job + 1, 0)).toMatch(/^A2: /);
    expect(other).toBe(job + 2);
    expect(valueAt(sheet, other + 1, 0)).toMatch(/^A1: /);
    expect(rowStartingWith(statusSheet(spec, 'en').sheet, 'Other goals')).toBe(other);
  });

  it('marks a goal with an error "! Fejl i data" in grey, with no numbers, and lists the error', () => {
    const { sheet, analysis } = statusSheet({
      goals: [
        { ...VALID_GOALS.Minimum, Id: 'M1', Tema: 'Job' },
        { ...VALID_GOALS.Minimum, Id: 'M2', Tema: 'Job', Måltype: 'Hurtigst' },
      ],
      observations: [{ MålId: 'M1', Periode: '2015M06', Værdi: 50 }],
      settings,
    });
    const m2 = rowStartingWith(sheet, 'M2:');
    expect(valueAt(sheet, m2, STATUS)).toBe('! Fejl i data');
    expect(styleAt(sheet, m2, STATUS).fill).toBe('#EDEDED');
    expect(sheet.values[m2]?.slice(1, 6)).toEqual([null, null, null, null, null]);
    const error = analysis.findings.find((f) => f.severity === 'error');
    expect(error).toBeDefined();
    const notes = rowStartingWith(sheet, 'Bemærkninger til data');
    const noteTexts = sheet.values.slice(notes + 1).map((row) => [row[0], row[1]]);
    expect(noteTexts).toContainEqual([
      `Fejl · Plan, datarække 2, ${error?.address ?? ''}`,
      error?.message.da,
    ]);
  });

  it('has no notes section when there are no findings, and the sheet ends after the legend', () => {
    const { sheet, analysis } = statusSheet({
      goals: [{ ...VALID_GOALS.Minimum, Id: 'M1' }],
      observations: [{ MålId: 'M1', Periode: '2015M06', Værdi: 50 }],
      settings,
    });
    expect(analysis.findings).toEqual([]);
    expect(() => rowStartingWith(sheet, 'Bemærkninger til data')).toThrow();
    expect(valueAt(sheet, sheet.values.length - 1, 0)).toMatch(/^Målopfyldelse: /);
    expect(sheet.page.printArea.rows).toBe(sheet.values.length);
  });

  it('lists at most 15 findings and says how many more there are', () => {
    const goals: GoalSpec[] = Array.from({ length: 18 }, (_, i) => ({
      ...VALID_GOALS.Minimum,
      Id: `M${i + 1}`,
      Enhed: 'timer',
    }));
    const { sheet, analysis } = statusSheet({ goals, settings });
    expect(analysis.findings.length).toBeGreaterThanOrEqual(18);
    const notes = rowStartingWith(sheet, 'Bemærkninger til data');
    const rows = sheet.values.slice(notes + 1).map((row) => row[0]);
    expect(rows).toHaveLength(16);
    expect(
      rows.slice(0, 15).every((t) => typeof t === 'string' && t.startsWith('Fejl · Plan')),
    ).toBe(true);
    expect(rows[15]).toBe(`og ${analysis.findings.length - 15} bemærkninger mere`);
  });

  it('leaves the municipality out of the subtitle when Kommune is not set, and titles the plan "Beskæftigelsesplan"', () => {
    const { sheet } = statusSheet({
      goals: [{ ...VALID_GOALS.Minimum, Id: 'M1' }],
      observations: [{ MålId: 'M1', Periode: '2015M06', Værdi: 50 }],
    });
    expect(valueAt(sheet, 0, 0)).toBe('Status på mål – Beskæftigelsesplan');
    expect(valueAt(sheet, 1, 0)).toBe('opfølgning juni 2015 · dannet 15. september 2015');
  });

  it('names the sheet after the report period', () => {
    const { sheet } = statusSheet(
      {
        goals: [{ ...VALID_GOALS.Minimum, Id: 'M1' }],
        observations: [{ MålId: 'M1', Periode: '2015K1', Værdi: 50 }],
      },
      'da',
      '2015K1',
    );
    expect(sheet.name).toBe('Status 2015K1');
    expect(sheet.reportPeriod).toBe('2015K1');
  });
});
