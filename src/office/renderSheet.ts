import { a1, a1Range } from '../domain/report/rangeAddress';
import type { CellStyle, ChartSpec, RangeRef, SheetSpec } from '../domain/report/sheetSpec';
import type { ApiSupport } from './apiSupport';
import { styleRuns } from './styleRuns';
import type { SyncBudget } from './syncBudget';
import { COMMAND_BYTES, jsonBytes } from './syncBudget';

/** Rows per block when writing values and formats, so that no block nears the request limit. */
const ROWS_PER_BLOCK = 500;

/** Excel column width in characters → points, as Office.js wants it (Calibri 11: 7 px a character). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function rangeAt(ws: Excel.Worksheet, r: RangeRef): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/**
 * Queues the formatting commands of one style on a range of `rows` rows; returns how many
 * entries they add to the request. Every proxy object a command goes through (the range, its
 * format, font, fill and border objects) travels with the request as an entry of its own.
 */
function applyStyle(
  range: Excel.Range,
  style: CellStyle,
  support: ApiSupport,
  rows: number,
): number {
  // The range and its format.
  let commands = 2;
  const font = range.format.font;
  const fontChanges = [style.bold, style.italic, style.fontSize, style.fontColor];
  if (fontChanges.some((change) => change !== undefined)) commands += 1;
  const set = (apply: () => void): void => {
    apply();
    commands += 1;
  };
  if (style.bold !== undefined) set(() => (font.bold = style.bold === true));
  if (style.italic !== undefined) set(() => (font.italic = style.italic === true));
  if (style.fontSize !== undefined) set(() => (font.size = style.fontSize as number));
  if (style.fontColor !== undefined) set(() => (font.color = style.fontColor as string));
  if (style.fill !== undefined) {
    commands += 1;
    set(() => (range.format.fill.color = style.fill as string));
  }
  if (style.horizontal !== undefined) {
    const h = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.horizontal];
    set(() => (range.format.horizontalAlignment = h));
  }
  if (style.vertical !== undefined) {
    const v = ({ top: 'Top', center: 'Center', bottom: 'Bottom' } as const)[style.vertical];
    set(() => (range.format.verticalAlignment = v));
  }
  if (style.wrap !== undefined) set(() => (range.format.wrapText = style.wrap === true));
  if (style.indent !== undefined && style.indent > 0 && support.api19) {
    set(() => (range.format.indentLevel = style.indent as number));
  }
  // A border belongs to every cell of the style, so a run of several rows also needs the lines
  // between its rows (the outer edges alone would leave them out).
  for (const [edge, border] of [
    ['EdgeTop', style.borderTop],
    ['EdgeBottom', style.borderBottom],
    ['InsideHorizontal', rows > 1 ? (style.borderBottom ?? style.borderTop) : undefined],
  ] as const) {
    if (!border) continue;
    const b = range.format.borders.getItem(edge);
    // The border collection and the border, then three properties.
    commands += 5;
    b.style = 'Continuous';
    b.weight = border.style === 'medium' ? 'Medium' : 'Thin';
    b.color = border.color;
  }
  return commands;
}

/** The block a chart is made from: its header row (series names), categories and values. */
export function chartSource(chart: ChartSpec): RangeRef | null {
  const top = chart.categories.row - 1;
  const contiguous = chart.series.every(
    (s, i) =>
      s.nameCell.row === top &&
      s.nameCell.col === chart.categories.col + 1 + i &&
      s.values.row === chart.categories.row &&
      s.values.rows === chart.categories.rows,
  );
  if (!contiguous || top < 0) return null;
  return {
    row: top,
    col: chart.categories.col,
    rows: chart.categories.rows + 1,
    cols: chart.series.length + 1,
  };
}

function addChart(
  ws: Excel.Worksheet,
  chart: ChartSpec,
  index: number,
  support: ApiSupport,
): number {
  const source = chartSource(chart);
  if (!source) throw new Error(`Chart '${chart.title}' does not sit on one block of cells`);
  const c = ws.charts.add(
    chart.kind === 'line' ? 'Line' : 'BarStacked',
    rangeAt(ws, source),
    'Columns',
  );
  c.name = `PlanStatus ${index + 1}`;
  c.title.text = chart.title;
  c.title.format.font.size = 11;
  c.title.format.font.bold = true;
  c.legend.position = 'Bottom';
  c.setPosition(
    a1(chart.anchor.from),
    a1({ row: chart.anchor.to.row - 1, col: chart.anchor.to.col - 1 }),
  );
  if (chart.valueAxis.min !== null) c.axes.valueAxis.minimum = chart.valueAxis.min;
  if (support.api18) {
    c.axes.valueAxis.numberFormat = chart.valueAxis.numberFormat;
    c.displayBlanksAs = 'Interplotted';
  }
  if (chart.kind === 'barStacked') c.axes.categoryAxis.reversePlotOrder = true;
  chart.series.forEach((s, i) => {
    const series = c.series.getItemAt(i);
    if (chart.kind === 'barStacked') {
      series.format.fill.setSolidColor(s.color);
      return;
    }
    series.format.line.color = s.color;
    series.format.line.weight = s.width;
    series.format.line.lineStyle = s.line === 'dashed' ? 'Dash' : 'Continuous';
    series.markerStyle = s.marker ? 'Circle' : 'None';
    if (s.marker) {
      series.markerBackgroundColor = s.color;
      series.markerForegroundColor = s.color;
    }
  });
  // The chart and its source range, 16 settings and the paths they go through; per series its
  // path, its format and fill (4) or line with markers (10).
  return 22 + chart.series.length * (chart.kind === 'barStacked' ? 4 : 10);
}

/**
 * Queues everything a generated sheet holds onto a new, empty worksheet: number formats before
 * values (so text stays text), values, styles, merges, sizes, frozen rows, page layout,
 * conditional formats, charts and tables. Optional features follow the API sets Excel has.
 * Returns the tables it added, so the caller can name them once the old sheet is gone.
 */
export async function renderSheet(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  support: ApiSupport,
  budget: SyncBudget,
): Promise<Excel.Table[]> {
  const rows = spec.values.length;
  const cols = spec.columnWidths.length;
  spec.columnWidths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(w);
  });
  // Per column: a range, its format and the width.
  await budget.add(cols * 3 * COMMAND_BYTES);

  for (let start = 0; start < rows; start += ROWS_PER_BLOCK) {
    const count = Math.min(ROWS_PER_BLOCK, rows - start);
    const formats = spec.numberFormats.slice(start, start + count).map((row) => [...row]);
    const values = spec.values.slice(start, start + count).map((row) => [...row]);
    await budget.add(jsonBytes(formats) + jsonBytes(values) + 3 * COMMAND_BYTES);
    const block = ws.getRangeByIndexes(start, 0, count, cols);
    // The text format goes on first: a text starting with =, +, - or @ then stays text.
    block.numberFormat = formats;
    block.values = values;
  }

  for (const run of styleRuns(spec)) {
    const commands = applyStyle(rangeAt(ws, run.range), run.style, support, run.range.rows);
    await budget.add(commands * COMMAND_BYTES);
  }
  for (const merge of spec.merges) {
    rangeAt(ws, merge).merge(false);
    await budget.add(2 * COMMAND_BYTES);
  }
  for (let r = 0; r < rows;) {
    const height = spec.rowHeights[r] ?? null;
    let end = r + 1;
    while (end < rows && (spec.rowHeights[end] ?? null) === height) end++;
    if (height !== null) {
      ws.getRangeByIndexes(r, 0, end - r, 1).format.rowHeight = height;
      await budget.add(3 * COMMAND_BYTES);
    }
    r = end;
  }

  if (spec.freezeRows > 0) ws.freezePanes.freezeRows(spec.freezeRows);
  if (spec.tabColor) ws.tabColor = spec.tabColor;
  if (support.api18) ws.showGridlines = spec.showGridlines;

  for (const cf of spec.conditionalFormats) {
    for (const range of cf.ranges) {
      const format = rangeAt(ws, range).conditionalFormats.add('DataBar');
      format.dataBar.lowerBoundRule = { type: 'Number', formula: String(cf.min) };
      format.dataBar.upperBoundRule = { type: 'Number', formula: String(cf.max) };
      format.dataBar.positiveFormat.fillColor = cf.color;
      // The range, its conditional formats, the new format, its data bar and positive format,
      // and the four settings.
      await budget.add(9 * COMMAND_BYTES);
    }
  }

  if (support.api19) {
    const page = ws.pageLayout;
    page.orientation = spec.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.paperSize = 'A4';
    page.zoom = { horizontalFitToPages: spec.page.fitToPagesWide, verticalFitToPages: 0 };
    page.centerHorizontally = spec.page.centerHorizontally;
    page.leftMargin = spec.page.margins.left * 72;
    page.rightMargin = spec.page.margins.right * 72;
    page.topMargin = spec.page.margins.top * 72;
    page.bottomMargin = spec.page.margins.bottom * 72;
    page.headerMargin = spec.page.margins.header * 72;
    page.footerMargin = spec.page.margins.footer * 72;
    const footer = page.headersFooters.defaultForAllPages;
    footer.leftFooter = spec.page.footer.left;
    footer.centerFooter = spec.page.footer.center;
    footer.rightFooter = spec.page.footer.right;
    page.setPrintArea(a1Range(spec.page.printArea));
    if (spec.page.repeatRows)
      page.setPrintTitleRows(
        `$${spec.page.repeatRows.first + 1}:$${spec.page.repeatRows.last + 1}`,
      );
    await budget.add(22 * COMMAND_BYTES);
  }

  for (const [i, chart] of spec.charts.entries()) {
    const commands = addChart(ws, chart, i, support);
    await budget.add(commands * COMMAND_BYTES + jsonBytes(chart.title));
  }

  const tables: Excel.Table[] = [];
  for (const table of spec.tables) {
    const added = ws.tables.add(rangeAt(ws, table.range), true);
    added.style = table.style;
    tables.push(added);
    await budget.add(4 * COMMAND_BYTES);
  }
  return tables;
}
