import type { StatusCode } from '../model/status';
import { STATUSES } from '../model/status';
import { formatPeriod } from '../periods/formatPeriod';
import { labelPeriod } from '../periods/labelPeriod';
import { groupBy } from '../text/groupBy';
import { inLanguage } from '../text/localText';
import type { LineChartData } from './chartData';
import { lineChartData } from './chartData';
import { orderGoals } from './orderGoals';
import { landscapeLayout } from './pageLayout';
import { BENCHMARK_COLOURS, COLOURS, STATUS_CHART_COLOURS } from './palette';
import type { ReportInput } from './reportInput';
import { REPORT_TEXT } from './reportTexts';
import { rangeOf, SheetBuilder } from './sheetBuilder';
import { generatedSheetName } from './sheetNames';
import type { ChartSpec, SeriesSpec, SheetSpec } from './sheetSpec';

const CHART_COLS = 8;
const CHART_ROWS = 18;
const CHARTS_ACROSS = 2;
const CHART_AREA_COLS = CHART_COLS * CHARTS_ACROSS;
/** The chart data sits to the right of the charts, outside the print area. */
const DATA_COL = CHART_AREA_COLS + 1;
const FIRST_CHART_ROW = 2;

interface BarData {
  readonly themes: readonly string[];
  readonly statuses: readonly StatusCode[];
  readonly counts: readonly (readonly number[])[];
}

function statusByTheme(input: ReportInput): BarData {
  const { analysis, language } = input;
  const statusOf = new Map(analysis.results.map((r) => [r.row, r.status]));
  const groups = orderGoals(analysis.goals);
  const present = STATUSES.filter((s) => analysis.results.some((r) => r.status === s.code)).map(
    (s) => s.code,
  );
  return {
    themes: groups.map((g) => g.theme ?? inLanguage(REPORT_TEXT.otherGoals, language)),
    statuses: present,
    counts: groups.map((g) =>
      present.map(
        (code) => g.goals.filter(({ goal }) => statusOf.get(goal.origin.row) === code).length,
      ),
    ),
  };
}

/** Where the n-th chart sits in the grid of two charts across. */
function anchorOf(n: number): ChartSpec['anchor'] {
  const row = FIRST_CHART_ROW + Math.floor(n / CHARTS_ACROSS) * (CHART_ROWS + 1);
  const col = (n % CHARTS_ACROSS) * CHART_COLS;
  return { from: { row, col }, to: { row: row + CHART_ROWS, col: col + CHART_COLS } };
}

/**
 * The chart sheet (domain §6): a stacked bar of the status count per theme, then for every
 * numeric goal with at least two own figures a line chart of the own figures, the target line
 * and each benchmark area. The figures the charts draw sit beside them, outside the print area.
 */
export function buildChartSheet(input: ReportInput): SheetSpec {
  const { analysis, language } = input;
  const t = (key: keyof typeof REPORT_TEXT): string => inLanguage(REPORT_TEXT[key], language);
  const bar = statusByTheme(input);
  const byGoal = groupBy(analysis.observations, (o) => o.goalId);
  const resultByRow = new Map(analysis.results.map((r) => [r.row, r]));
  const lines: LineChartData[] = [];
  for (const { goals } of orderGoals(analysis.goals)) {
    for (const { goal } of goals) {
      const result = resultByRow.get(goal.origin.row);
      if (!result) continue;
      const data = lineChartData(
        goal,
        result,
        byGoal.get(goal.id) ?? [],
        analysis.reportPeriod.end,
        analysis.settings.municipality,
        language,
      );
      if (data) lines.push(data);
    }
  }
  const dataCols = 1 + Math.max(bar.statuses.length, ...lines.map((l) => l.series.length), 1);
  const sheet = new SheetBuilder(DATA_COL + dataCols);
  const period = formatPeriod(analysis.reportPeriod);

  sheet.set(
    0,
    0,
    `${t('charts')} – ${analysis.settings.planTitle} · ${t('followUp')} ${labelPeriod(analysis.reportPeriod, language)}`,
  );
  sheet.merge(rangeOf(0, 0, 1, CHART_AREA_COLS));
  sheet.style(rangeOf(0, 0, 1, CHART_AREA_COLS), {
    bold: true,
    fontSize: 16,
    fontColor: COLOURS.headerFill,
  });
  sheet.height(0, 26);
  sheet.set(0, DATA_COL, t('chartData'));
  sheet.style(rangeOf(0, DATA_COL), { bold: true, fontSize: 11 });

  let dataRow = 2;
  const header = (row: number, labels: readonly string[]): void => {
    labels.forEach((label, i) => sheet.set(row, DATA_COL + i, label));
    sheet.style(rangeOf(row, DATA_COL, 1, labels.length), {
      bold: true,
      borderBottom: { style: 'thin', color: COLOURS.rule },
    });
  };

  // The status count per theme.
  const statusLabels = bar.statuses.map((code) => {
    const info = STATUSES.find((s) => s.code === code);
    return info ? `${info.symbol} ${inLanguage(info.label, language)}` : code;
  });
  header(dataRow, [t('theme'), ...statusLabels]);
  bar.themes.forEach((theme, i) => {
    sheet.set(dataRow + 1 + i, DATA_COL, theme);
    bar.counts[i]?.forEach((count, j) => sheet.set(dataRow + 1 + i, DATA_COL + 1 + j, count, '0'));
  });
  const barSeries: SeriesSpec[] = bar.statuses.map((code, j) => ({
    name: statusLabels[j] ?? code,
    nameCell: { row: dataRow, col: DATA_COL + 1 + j },
    values: rangeOf(dataRow + 1, DATA_COL + 1 + j, bar.themes.length, 1),
    color: STATUS_CHART_COLOURS[code],
    line: 'solid',
    marker: false,
    width: 0,
  }));
  // A plan without goals has no bars to draw: a chart of nothing is left out.
  if (barSeries.length > 0 && bar.themes.length > 0) {
    sheet.charts.push({
      kind: 'barStacked',
      title: t('statusByTheme'),
      categories: rangeOf(dataRow + 1, DATA_COL, bar.themes.length, 1),
      series: barSeries,
      anchor: anchorOf(0),
      valueAxis: { numberFormat: '0', min: 0 },
    });
  }
  dataRow += bar.themes.length + 2;

  // One line chart per goal with at least two own figures.
  lines.forEach((data, n) => {
    sheet.set(dataRow, DATA_COL, data.title);
    sheet.style(rangeOf(dataRow, DATA_COL), { bold: true, fontColor: COLOURS.headerFill });
    dataRow += 1;
    header(dataRow, [t('period'), ...data.series.map((s) => s.name)]);
    data.categories.forEach((p, i) => {
      sheet.set(dataRow + 1 + i, DATA_COL, labelPeriod(p, language));
      data.series.forEach((s, j) => {
        const value = s.values[i] ?? null;
        if (value !== null) sheet.set(dataRow + 1 + i, DATA_COL + 1 + j, value, data.numberFormat);
      });
    });
    let benchmarks = 0;
    const series: SeriesSpec[] = data.series.map((s, j) => {
      const own = s.kind === 'own';
      const colour = own
        ? COLOURS.own
        : s.kind === 'target'
          ? COLOURS.target
          : (BENCHMARK_COLOURS[benchmarks++ % BENCHMARK_COLOURS.length] ?? COLOURS.target);
      return {
        name: s.name,
        nameCell: { row: dataRow, col: DATA_COL + 1 + j },
        values: rangeOf(dataRow + 1, DATA_COL + 1 + j, data.categories.length, 1),
        color: colour,
        line: s.kind === 'target' ? 'dashed' : 'solid',
        marker: s.kind !== 'target',
        width: own ? 2.25 : 1.5,
      };
    });
    sheet.charts.push({
      kind: 'line',
      title: data.title,
      categories: rangeOf(dataRow + 1, DATA_COL, data.categories.length, 1),
      series,
      anchor: anchorOf(n + 1),
      valueAxis: { numberFormat: data.numberFormat, min: data.minZero ? 0 : null },
    });
    dataRow += data.categories.length + 2;
  });

  const lastAnchor = anchorOf(lines.length);
  let lastRow = lastAnchor.to.row;
  if (lines.length === 0) {
    const { row, col } = anchorOf(1).from;
    sheet.set(row, col, t('noCharts'));
    sheet.style(rangeOf(row, col), { italic: true, fontColor: COLOURS.muted });
    lastRow = Math.max(lastRow, row + 1);
  }
  sheet.touch(lastRow);
  const widths = [
    ...new Array<number>(CHART_AREA_COLS).fill(10),
    3,
    30,
    ...new Array<number>(dataCols - 1).fill(14),
  ];
  return sheet.build({
    name: generatedSheetName(REPORT_TEXT.charts.da, period),
    role: 'charts',
    reportPeriod: period,
    columnWidths: widths,
    freezeRows: 0,
    showGridlines: false,
    page: landscapeLayout(
      rangeOf(0, 0, lastRow + 1, CHART_AREA_COLS),
      null,
      language,
      analysis.settings.planTitle,
    ),
    tabColor: COLOURS.headerFill,
  });
}
