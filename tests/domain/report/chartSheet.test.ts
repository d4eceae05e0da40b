import { analyzeWorkbook } from '../../../src/domain/analyzeWorkbook';
import { buildChartSheet } from '../../../src/domain/report/buildChartSheet';
import { buildReport } from '../../../src/domain/report/buildReport';
import { chartTitle } from '../../../src/domain/report/chartData';
import type { ChartSpec, SheetSpec } from '../../../src/domain/report/sheetSpec';
import type { Language } from '../../../src/domain/text/localText';
import { exampleWorkbook, TODAY } from '../../helpers/fixtures';
import { golden } from '../../helpers/golden';
import type { GoalSpec, ObservationSpec, PlanSpec, SettingsSpec } from '../../helpers/planBuilder';
import { analyzePlan, VALID_GOALS } from '../../helpers/planBuilder';
import { cellsOf, columnValues, filledCells, inside, valueAt } from '../../helpers/sheetSpec';

const analysis = analyzeWorkbook(exampleWorkbook(), { today: TODAY });
const charts = buildReport({ analysis, language: 'da', today: TODAY }).charts;

function chartSheet(spec: PlanSpec, language: Language = 'da', reportPeriod = '2015M06') {
  const a = analyzePlan(spec, reportPeriod);
  return buildChartSheet({ analysis: a, language, today: TODAY });
}

function chartNamed(spec: SheetSpec, title: string): ChartSpec {
  const chart = spec.charts.find((c) => c.title === title);
  if (!chart) throw new Error(`No chart '${title}': ${spec.charts.map((c) => c.title).join(', ')}`);
  return chart;
}

/** Each series of a chart as [name in its name cell, values from the grid]. */
const seriesData = (spec: SheetSpec, chart: ChartSpec) =>
  chart.series.map((s) => [
    valueAt(spec, s.nameCell.row, s.nameCell.col),
    columnValues(spec, s.values),
  ]);

/** Every cell a chart reads: categories, series names and series values. */
const chartCells = (chart: ChartSpec) => [
  ...cellsOf(chart.categories),
  ...chart.series.flatMap((s) => [s.nameCell, ...cellsOf(s.values)]),
];

const THEMES = [
  'Flere unge skal have en uddannelse',
  'Langtidsledigheden skal bekæmpes',
  'Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats',
  'En tættere og styrket dialog med virksomhederne',
];

describe('chart sheet of the worked example', () => {
  it("is named 'Grafer 2015M08' with role charts", () => {
    expect(charts.name).toBe('Grafer 2015M08');
    expect(charts.role).toBe('charts');
    expect(charts.reportPeriod).toBe('2015M08');
  });

  it('matches the committed golden chart data cell for cell', () => {
    const actual = filledCells(charts);
    expect(actual).toEqual(golden('charts-2015M08-da.json', actual));
  });

  it('has one stacked bar chart of the status count per theme and one line chart', () => {
    expect(charts.charts.map((c) => [c.kind, c.title])).toEqual([
      ['barStacked', 'Status pr. tema'],
      ['line', 'V3 Samarbejde om jobrotation: niveauet fra 2014 fastholdes'],
    ]);
  });

  it('draws the themes in plan order as the bar chart categories', () => {
    const bar = chartNamed(charts, 'Status pr. tema');
    expect(columnValues(charts, bar.categories)).toEqual(THEMES);
  });

  it('has one bar series per status that occurs, best first, each the count per theme', () => {
    const bar = chartNamed(charts, 'Status pr. tema');
    const statuses = ['met', 'on_track', 'at_risk', 'off_track', 'not_started', 'no_data'];
    const themeOf = new Map(analysis.goals.map((g) => [g.id, g.theme]));
    const counted = statuses.map((status) =>
      THEMES.map(
        (theme) =>
          analysis.results.filter((r) => r.status === status && themeOf.get(r.id) === theme).length,
      ),
    );
    expect(seriesData(charts, bar)).toEqual([
      ['✔ Opfyldt', counted[0]],
      ['▲ På rette vej', counted[1]],
      ['● I risiko', counted[2]],
      ['▼ Ikke på rette vej', counted[3]],
      ['○ Ikke startet', counted[4]],
      ['– Ingen data', counted[5]],
    ]);
    expect(bar.series.map((s) => s.name)).toEqual(seriesData(charts, bar).map(([name]) => name));
    expect(bar.valueAxis).toEqual({ numberFormat: '0', min: 0 });
  });

  it('draws V3 (the only goal with two own figures) with its own figures and the target as a dashed line', () => {
    const line = chartNamed(charts, 'V3 Samarbejde om jobrotation: niveauet fra 2014 fastholdes');
    expect(columnValues(charts, line.categories)).toEqual(['2014', 'jan.–aug. 2015']);
    expect(seriesData(charts, line)).toEqual([
      ['Ishøj', [25, 27]],
      ['Mål', [25, 25]],
    ]);
    expect(line.series.map((s) => [s.line, s.marker])).toEqual([
      ['solid', true],
      ['dashed', false],
    ]);
  });

  it('keeps the figures the charts draw outside the print area, and the charts inside it', () => {
    const area = charts.page.printArea;
    expect(area).toEqual({ row: 0, col: 0, rows: 21, cols: 16 });
    for (const chart of charts.charts) {
      for (const cell of chartCells(chart)) expect(inside(cell, area)).toBe(false);
      expect(chart.anchor.to.col).toBeLessThanOrEqual(area.col + area.cols);
      expect(chart.anchor.to.row).toBeLessThanOrEqual(area.row + area.rows);
    }
  });

  it('places the charts side by side without overlapping', () => {
    const [bar, line] = charts.charts;
    expect(bar?.anchor).toEqual({ from: { row: 2, col: 0 }, to: { row: 20, col: 8 } });
    expect(line?.anchor).toEqual({ from: { row: 2, col: 8 }, to: { row: 20, col: 16 } });
  });

  it('prints A4 landscape, one page wide, without gridlines', () => {
    expect(charts.page).toMatchObject({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      repeatRows: null,
    });
    expect(charts.showGridlines).toBe(false);
  });

  it('uses English texts with language en', () => {
    const en = buildReport({ analysis, language: 'en', today: TODAY }).charts;
    expect(en.name).toBe('Grafer 2015M08');
    const bar = chartNamed(en, 'Status by theme');
    expect(bar.series.map((s) => s.name)).toEqual([
      '✔ Met',
      '▲ On track',
      '● At risk',
      '▼ Off track',
      '○ Not started',
      '– No data',
    ]);
    const line = chartNamed(en, 'V3 Samarbejde om jobrotation: niveauet fra 2014 fastholdes');
    expect(seriesData(en, line)).toEqual([
      ['Ishøj', [25, 27]],
      ['Target', [25, 25]],
    ]);
    expect(en.page.footer.center).toBe('Page &P of &N');
  });
});

describe('line chart of a progress goal with benchmark areas', () => {
  const goal: GoalSpec = {
    ...VALID_GOALS['Reduktion til'],
    Id: 'P1',
    Tema: 'Unge',
    Mål: 'Færre unge på offentlig forsørgelse',
  };
  const observations: ObservationSpec[] = [
    { MålId: 'P1', Periode: '2014M06', Værdi: 430 },
    { MålId: 'P1', Periode: '2014M12', Værdi: 425 },
    { MålId: 'P1', Periode: '2015M06', Område: 'Brøndby', Værdi: 420 },
    { MålId: 'P1', Periode: '2015M09', Værdi: 415 },
    { MålId: 'P1', Periode: '2014M12', Område: 'Hele landet', Værdi: 410 },
    { MålId: 'P1', Periode: '2015M06', Område: 'Hele landet', Værdi: 405 },
    { MålId: 'P1', Periode: '2014M12', Område: 'Region Hovedstaden', Værdi: 500 },
  ];
  const settings: SettingsSpec = { Kommune: 'Brøndby', Plantitel: 'Plan 2015' };
  const sheet = chartSheet({ goals: [goal], observations, settings });
  const line = chartNamed(sheet, 'P1 Færre unge på offentlig forsørgelse');

  it('has categories from the baseline period to the target period, figures after R left out', () => {
    expect(columnValues(sheet, line.categories)).toEqual([
      '2013',
      'juni 2014',
      'december 2014',
      'juni 2015',
      'december 2015',
    ]);
  });

  it('draws the own figures, the straight target path from B to T, and one series per benchmark area', () => {
    expect(seriesData(sheet, line)).toEqual([
      ['Brøndby', [null, 430, 425, 420, null]],
      ['Mål', [444, 435.75, 427.5, 419.25, 411]],
      ['Hele landet', [null, null, 410, 405, null]],
      ['Region Hovedstaden', [null, null, 500, null, null]],
    ]);
  });

  it('styles own figures solid and heavy, the target dashed, each benchmark in its own colour', () => {
    const [own, target, land, region] = line.series;
    expect(own).toMatchObject({ line: 'solid', marker: true, width: 2.25, color: '#1F4E79' });
    expect(target).toMatchObject({ line: 'dashed', marker: false });
    expect(land).toMatchObject({ line: 'solid', marker: true });
    expect(region).toMatchObject({ line: 'solid', marker: true });
    const colours = line.series.map((s) => s.color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('formats the value axis like the values, from zero', () => {
    expect(line.valueAxis).toEqual({ numberFormat: '#,##0.0', min: 0 });
  });

  it("names the own series 'Egne tal' (English 'Own figures') without a Kommune setting", () => {
    const own = observations.filter((o) => o.Område === undefined);
    const da = chartSheet({ goals: [goal], observations: own });
    const en = chartSheet({ goals: [goal], observations: own }, 'en');
    expect(da.charts[1]?.series[0]?.name).toBe('Egne tal');
    expect(en.charts[1]?.series[0]?.name).toBe('Own figures');
    expect(en.charts[1]?.series[1]?.name).toBe('Target');
  });
});

describe('which goals get a line chart', () => {
  const two = (id: string): ObservationSpec[] => [
    { MålId: id, Periode: '2015M02', Værdi: 50 },
    { MålId: id, Periode: '2015M04', Værdi: 60 },
  ];

  it('draws a level goal (Minimum) with a flat target line at T', () => {
    const sheet = chartSheet({
      goals: [{ ...VALID_GOALS.Minimum, Id: 'M1', Mål: 'Mindst 95' }],
      observations: two('M1'),
    });
    const line = chartNamed(sheet, 'M1 Mindst 95');
    expect(columnValues(sheet, line.categories)).toEqual(['februar 2015', 'april 2015']);
    expect(seriesData(sheet, line)[1]).toEqual(['Mål', [95, 95]]);
  });

  it('draws a direction goal (Retning) with the baseline as its reference line', () => {
    const sheet = chartSheet({
      goals: [{ ...VALID_GOALS.Retning, Id: 'R1', Mål: 'Færre' }],
      observations: two('R1'),
    });
    const line = chartNamed(sheet, 'R1 Færre');
    expect(seriesData(sheet, line)[1]).toEqual(['Baseline', [120, 120]]);
  });

  it('draws no line for a goal with one own figure, a milestone, or a goal with an error', () => {
    const sheet = chartSheet({
      goals: [
        { ...VALID_GOALS.Minimum, Id: 'ONE' },
        { ...VALID_GOALS.Milepæl, Id: 'MS' },
        { ...VALID_GOALS.Minimum, Id: 'BAD', Enhed: 'timer' },
      ],
      observations: [
        { MålId: 'ONE', Periode: '2015M02', Værdi: 50 },
        { MålId: 'ONE', Periode: '2015M07', Værdi: 60 },
        { MålId: 'MS', Periode: '2015M02', Milepælsstatus: 'Igangsat' },
        { MålId: 'MS', Periode: '2015M04', Milepælsstatus: 'Gennemført' },
        ...two('BAD'),
      ],
    });
    expect(sheet.charts.map((c) => c.kind)).toEqual(['barStacked']);
  });

  it('says there are no line charts beside the bar chart, not hidden under it', () => {
    const sheet = chartSheet({
      goals: [{ ...VALID_GOALS.Minimum, Id: 'ONE' }],
      observations: [{ MålId: 'ONE', Periode: '2015M02', Værdi: 50 }],
    });
    const note = filledCells(sheet).find(
      ([, v]) => typeof v === 'string' && v.startsWith('Ingen mål'),
    );
    expect(note?.[1]).toBe(
      'Ingen mål har mindst to egne opfølgningstal endnu, så der er ingen kurver.',
    );
    const [bar] = sheet.charts;
    const [address] = note ?? [''];
    const col = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    expect(bar && inside({ row, col }, { ...bar.anchor.from, rows: 18, cols: 8 })).toBe(false);
    expect(inside({ row, col }, sheet.page.printArea)).toBe(true);
  });
});

describe('chart titles', () => {
  const longText =
    'Antallet af langtidsledige reduceres med 15 procent fra 2013 til 2015, fra 438 til 388 helårspersoner';

  it('are the Id and the goal text cut to 60 characters', () => {
    const sheet = chartSheet({
      goals: [{ ...VALID_GOALS.Minimum, Id: 'L1', Mål: longText }],
      observations: [
        { MålId: 'L1', Periode: '2015M02', Værdi: 50 },
        { MålId: 'L1', Periode: '2015M04', Værdi: 60 },
      ],
    });
    const title = sheet.charts[1]?.title ?? '';
    expect(title.startsWith('L1 ')).toBe(true);
    const text = title.slice(3);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text.endsWith('…')).toBe(true);
    expect(longText.startsWith(text.slice(0, -1))).toBe(true);
    expect(text.length).toBeGreaterThanOrEqual(55);
  });

  it('keep a text of 60 characters or less as it is', () => {
    const goal = analyzePlan({
      goals: [{ ...VALID_GOALS.Minimum, Id: 'X', Mål: 'a'.repeat(60) }],
    }).goals[0];
    expect(goal && chartTitle(goal)).toBe(`X ${'a'.repeat(60)}`);
  });
});

describe('the chart sheet of a plan without goals', () => {
  it('draws no chart at all rather than a chart of nothing, and says why there are no curves', () => {
    const empty = analyzeWorkbook(
      { plan: null, opfolgning: null, indstillinger: null },
      { today: TODAY },
    );
    const sheet = buildReport({ analysis: empty, language: 'da', today: TODAY }).charts;
    expect(sheet.charts).toEqual([]);
    expect(sheet.values.flat()).toContain(
      'Ingen mål har mindst to egne opfølgningstal endnu, så der er ingen kurver.',
    );
  });
});
