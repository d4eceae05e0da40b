import { a1, a1Range } from '../../src/domain/report/rangeAddress';
import type { BorderSpec, CellStyle, RangeRef, SheetSpec } from '../../src/domain/report/sheetSpec';
import type { ApiSupport } from '../../src/office/apiSupport';
import { widthInPoints } from '../../src/office/renderSheet';
import type { Box, FakeSheet } from '../fakes/excel';
import { defaultPageLayout, formatBox } from '../fakes/excel';
import { styleAt } from '../helpers/sheetSpec';

/*
 * Compares a sheet the Office host drew in the fake Excel with the domain's description of it,
 * and lists every difference (an empty list is a match). Borders compare as the lines a
 * reader sees: the line between two rows is the upper cell's bottom or the lower cell's top.
 */

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

const up = (colour: string | undefined): string | undefined => colour?.toUpperCase();

function expectedStyle(style: CellStyle, support: ApiSupport): Record<string, unknown> {
  return {
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    fontSize: style.fontSize ?? 11,
    fontColor: up(style.fontColor),
    fill: up(style.fill),
    horizontal: style.horizontal ? HORIZONTAL[style.horizontal] : undefined,
    vertical: style.vertical ? VERTICAL[style.vertical] : undefined,
    wrap: style.wrap ?? false,
    indent: support.api19 && style.indent ? style.indent : undefined,
  };
}

function drawnStyle(sheet: FakeSheet, row: number, col: number): Record<string, unknown> {
  const f = sheet.cellAt(row, col).format;
  return {
    bold: f.bold ?? false,
    italic: f.italic ?? false,
    fontSize: f.fontSize ?? 11,
    fontColor: f.fontColor,
    fill: f.fill,
    horizontal: f.horizontal,
    vertical: f.vertical,
    wrap: f.wrap ?? false,
    indent: f.indent,
  };
}

const specBorder = (b: BorderSpec | undefined): string | null =>
  b ? `Continuous ${b.style === 'medium' ? 'Medium' : 'Thin'} ${b.color.toUpperCase()}` : null;

function drawnBorder(sheet: FakeSheet, row: number, col: number, edge: string): string | null {
  if (row < 0) return null;
  const b = sheet.cellAt(row, col).format.borders?.[edge];
  return b && b.style !== 'None' ? `${b.style} ${b.weight} ${b.color}` : null;
}

const boxOf = (r: RangeRef): Box => ({ row: r.row, col: r.col, rows: r.rows, cols: r.cols });

/** Every difference between the drawn sheet and its spec. */
export function sheetDifferences(sheet: FakeSheet, spec: SheetSpec, support: ApiSupport): string[] {
  const out: string[] = [];
  const rows = spec.values.length;
  const cols = spec.columnWidths.length;
  const at = (r: number, c: number): string => a1({ row: r, col: c });

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = sheet.cellAt(r, c);
      const value = spec.values[r]?.[c] ?? null;
      const format = spec.numberFormats[r]?.[c] ?? 'General';
      if (cell.value !== (value ?? ''))
        out.push(`${at(r, c)} value ${JSON.stringify(cell.value)} ≠ ${JSON.stringify(value)}`);
      if (cell.formula !== null) out.push(`${at(r, c)} became the formula ${cell.formula}`);
      if (cell.numberFormat !== format)
        out.push(`${at(r, c)} format ${cell.numberFormat} ≠ ${format}`);
      const want = expectedStyle(styleAt(spec, r, c), support);
      const got = drawnStyle(sheet, r, c);
      if (JSON.stringify(want) !== JSON.stringify(got)) {
        out.push(`${at(r, c)} style ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
      // The line above the cell.
      const above = r > 0 ? styleAt(spec, r - 1, c) : {};
      const wantTop = specBorder(above.borderBottom) ?? specBorder(styleAt(spec, r, c).borderTop);
      const gotTop =
        drawnBorder(sheet, r - 1, c, 'EdgeBottom') ?? drawnBorder(sheet, r, c, 'EdgeTop');
      if (wantTop !== gotTop) out.push(`${at(r, c)} line above ${gotTop} ≠ ${wantTop}`);
    }
    const wantHeight = spec.rowHeights[r] ?? null;
    const gotHeight = sheet.rowHeights.get(r) ?? null;
    if (wantHeight !== gotHeight) out.push(`row ${r + 1} height ${gotHeight} ≠ ${wantHeight}`);
  }
  // The line under the last row.
  for (let c = 0; c < cols; c++) {
    const want = specBorder(styleAt(spec, rows - 1, c).borderBottom);
    const got = drawnBorder(sheet, rows - 1, c, 'EdgeBottom');
    if (want !== got) out.push(`${at(rows - 1, c)} line below ${got} ≠ ${want}`);
  }
  const used = sheet.usedBox(true);
  if (used && (used.row + used.rows > rows || used.col + used.cols > cols)) {
    out.push(`cells outside the spec: used range ${formatBox(used)}`);
  }

  spec.columnWidths.forEach((w, c) => {
    const got = sheet.columnWidths.get(c);
    if (got !== widthInPoints(w)) out.push(`column ${c + 1} width ${got} ≠ ${widthInPoints(w)}`);
  });
  const merges = (list: readonly Box[]): string[] => list.map(formatBox).sort();
  if (JSON.stringify(merges(sheet.merges)) !== JSON.stringify(merges(spec.merges.map(boxOf)))) {
    out.push(
      `merges ${merges(sheet.merges).join(' ')} ≠ ${merges(spec.merges.map(boxOf)).join(' ')}`,
    );
  }
  if (sheet.frozenRows !== spec.freezeRows)
    out.push(`frozen rows ${sheet.frozenRows} ≠ ${spec.freezeRows}`);
  if (sheet.tabColor !== (spec.tabColor ?? '').toUpperCase()) {
    out.push(`tab colour ${sheet.tabColor} ≠ ${spec.tabColor}`);
  }
  const gridlines = support.api18 ? spec.showGridlines : true;
  if (sheet.showGridlines !== gridlines)
    out.push(`gridlines ${sheet.showGridlines} ≠ ${gridlines}`);

  out.push(...pageDifferences(sheet, spec, support));
  out.push(...conditionalFormatDifferences(sheet, spec));
  out.push(...chartDifferences(sheet, spec, support));
  const tables = sheet.tables.map((t) => [t.name, formatBox(t.box), t.style]);
  const wantTables = spec.tables.map((t) => [t.name, formatBox(boxOf(t.range)), t.style]);
  if (JSON.stringify(tables) !== JSON.stringify(wantTables)) {
    out.push(`tables ${JSON.stringify(tables)} ≠ ${JSON.stringify(wantTables)}`);
  }
  return out;
}

function pageDifferences(sheet: FakeSheet, spec: SheetSpec, support: ApiSupport): string[] {
  const page = spec.page;
  const got = JSON.parse(JSON.stringify(sheet.pageLayout)) as unknown;
  const want = support.api19
    ? {
        orientation: page.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 },
        centerHorizontally: page.centerHorizontally,
        centerVertically: false,
        topMargin: page.margins.top * 72,
        bottomMargin: page.margins.bottom * 72,
        leftMargin: page.margins.left * 72,
        rightMargin: page.margins.right * 72,
        headerMargin: page.margins.header * 72,
        footerMargin: page.margins.footer * 72,
        printArea: a1Range(page.printArea),
        printTitleRows: page.repeatRows
          ? `$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}`
          : null,
        defaultForAllPages: {
          leftHeader: '',
          centerHeader: '',
          rightHeader: '',
          leftFooter: page.footer.left,
          centerFooter: page.footer.center,
          rightFooter: page.footer.right,
        },
      }
    : // Without ExcelApi 1.9 the sheet keeps Excel's default page setup.
      defaultPageLayout();
  return JSON.stringify(got) === JSON.stringify(want)
    ? []
    : [`page layout ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`];
}

function conditionalFormatDifferences(sheet: FakeSheet, spec: SheetSpec): string[] {
  const got = sheet.conditionalFormats.map((f) => ({
    type: f.type,
    ranges: f.ranges.map(formatBox),
    lower: f.dataBar.lowerBoundRule,
    upper: f.dataBar.upperBoundRule,
    colour: f.dataBar.positiveFormat.fillColor,
  }));
  const want = spec.conditionalFormats.flatMap((cf) =>
    cf.ranges.map((r) => ({
      type: 'DataBar',
      ranges: [formatBox(boxOf(r))],
      lower: { type: 'Number', formula: String(cf.min) },
      upper: { type: 'Number', formula: String(cf.max) },
      colour: cf.color.toUpperCase(),
    })),
  );
  return JSON.stringify(got) === JSON.stringify(want)
    ? []
    : [`conditional formats ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`];
}

function chartDifferences(sheet: FakeSheet, spec: SheetSpec, support: ApiSupport): string[] {
  const got = sheet.charts.map((c) => ({
    type: c.chartType,
    title: [c.title.text, c.title.fontSize, c.title.bold],
    legend: c.legend.position,
    position: c.position,
    categories: c.categoriesBox ? formatBox(c.categoriesBox) : null,
    valueAxis: [c.axes.valueAxis.minimum, c.axes.valueAxis.numberFormat],
    reversed: c.axes.categoryAxis.reversePlotOrder,
    blanks: c.displayBlanksAs,
    series: c.series.map((s) => ({
      name: s.name,
      nameCell: s.nameBox ? formatBox(s.nameBox) : null,
      values: formatBox(s.valuesBox),
      fill: s.fillColor,
      line: [s.line.color, s.line.weight, s.line.lineStyle],
      marker: [s.markerStyle, s.markerBackgroundColor, s.markerForegroundColor],
    })),
  }));
  const want = spec.charts.map((c) => {
    const line = c.kind === 'line';
    return {
      type: line ? 'Line' : 'BarStacked',
      title: [c.title, 11, true],
      legend: 'Bottom',
      position: {
        start: a1(c.anchor.from),
        end: a1({ row: c.anchor.to.row - 1, col: c.anchor.to.col - 1 }),
      },
      categories: formatBox(boxOf(c.categories)),
      valueAxis: [c.valueAxis.min, support.api18 ? c.valueAxis.numberFormat : 'General'],
      reversed: !line,
      blanks: support.api18 ? 'Interplotted' : 'NotPlotted',
      series: c.series.map((s) => ({
        name: s.name,
        nameCell: a1(s.nameCell),
        values: formatBox(boxOf(s.values)),
        fill: line ? null : s.color.toUpperCase(),
        line: line
          ? [s.color.toUpperCase(), s.width, s.line === 'dashed' ? 'Dash' : 'Continuous']
          : [null, null, 'Automatic'],
        marker: line
          ? s.marker
            ? ['Circle', s.color.toUpperCase(), s.color.toUpperCase()]
            : ['None', null, null]
          : ['Automatic', null, null],
      })),
    };
  });
  const out: string[] = [];
  if (got.length !== want.length) out.push(`${got.length} charts ≠ ${want.length}`);
  want.forEach((w, i) => {
    const g = got[i];
    if (JSON.stringify(g) !== JSON.stringify(w)) {
      out.push(`chart ${i + 1} ${JSON.stringify(g)} ≠ ${JSON.stringify(w)}`);
    }
  });
  return out;
}
