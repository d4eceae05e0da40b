import type { CellValue, ChartSpec, SeriesSpec } from '../../domain/report/sheetSpec';
import { absoluteRef } from '../../domain/report/rangeAddress';
import { escapeXml, NS } from './xml';

/** Reads cached values for a chart from the sheet's grid. */
export type GridReader = (row: number, col: number) => CellValue;

const EMU_PER_POINT = 12700;
const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;

const solid = (hex: string): string =>
  `<a:solidFill><a:srgbClr val="${hex.slice(1).toUpperCase()}"/></a:solidFill>`;

function richText(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="da-DK" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
}

function stringCache(values: readonly CellValue[]): string {
  const points = values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly CellValue[], format: string): string {
  const points = values
    .map((v, i) =>
      typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '',
    )
    .join('');
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function column(read: GridReader, range: ChartSpec['categories']): CellValue[] {
  return Array.from({ length: range.rows }, (_, i) => read(range.row + i, range.col));
}

function seriesXml(
  chart: ChartSpec,
  s: SeriesSpec,
  i: number,
  sheet: string,
  read: GridReader,
): string {
  const name = `<c:tx><c:strRef><c:f>${escapeXml(absoluteRef(sheet, { ...s.nameCell, rows: 1, cols: 1 }))}</c:f>${stringCache([s.name])}</c:strRef></c:tx>`;
  const categories = `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet, chart.categories))}</c:f>${stringCache(column(read, chart.categories))}</c:strRef></c:cat>`;
  const values = `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet, s.values))}</c:f>${numberCache(column(read, s.values), chart.valueAxis.numberFormat)}</c:numRef></c:val>`;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/>${name}`;
  if (chart.kind === 'barStacked') {
    return `<c:ser>${head}<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>${categories}${values}</c:ser>`;
  }
  const dash = s.line === 'dashed' ? '<a:prstDash val="dash"/>' : '';
  const line = `<c:spPr><a:ln w="${Math.round(s.width * EMU_PER_POINT)}" cap="rnd">${solid(s.color)}${dash}<a:round/></a:ln></c:spPr>`;
  const marker = s.marker
    ? `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solid(s.color)}<a:ln>${solid(s.color)}</a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  return `<c:ser>${head}${line}${marker}${categories}${values}<c:smooth val="0"/></c:ser>`;
}

const AXIS_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>`;
const GRIDLINES = `<c:majorGridlines><c:spPr><a:ln w="6350">${solid('#D9D9D9')}</a:ln></c:spPr></c:majorGridlines>`;

/**
 * The DrawingML part of one chart (`xl/charts/chartN.xml`): a line chart or a stacked bar
 * chart whose series refer to cells of `sheet`, with the cells' current values cached so the
 * chart draws before any recalculation.
 */
export function renderChartXml(chart: ChartSpec, sheet: string, read: GridReader): string {
  const bar = chart.kind === 'barStacked';
  const series = chart.series.map((s, i) => seriesXml(chart, s, i, sheet, read)).join('');
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const plot = bar
    ? `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  const min = chart.valueAxis.min === null ? '' : `<c:min val="${chart.valueAxis.min}"/>`;
  const categoryAxis = `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis = `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/>${min}</c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/>${GRIDLINES}<c:numFmt formatCode="${escapeXml(chart.valueAxis.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return [
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">`,
    '<c:roundedCorners val="0"/>',
    '<c:chart>',
    `<c:title><c:tx>${richText(chart.title, 1100, true)}</c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/>',
    `<c:plotArea><c:layout/>${plot}${categoryAxis}${valueAxis}</c:plotArea>`,
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${AXIS_TEXT}</c:legend>`,
    '<c:plotVisOnly val="1"/>',
    '<c:dispBlanksAs val="span"/>',
    '</c:chart>',
    `<c:spPr>${solid('#FFFFFF')}<a:ln w="6350">${solid('#D9D9D9')}</a:ln></c:spPr>`,
    '</c:chartSpace>',
  ].join('');
}

/**
 * The drawing part (`xl/drawings/drawingN.xml`) that places charts on a sheet, each anchored
 * from one cell to another, referring to its chart part by relationship id.
 */
export function renderDrawingXml(
  charts: readonly { anchor: ChartSpec['anchor']; relId: string; name: string }[],
): string {
  const marker = (tag: string, cell: { row: number; col: number }): string =>
    `<xdr:${tag}><xdr:col>${cell.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${cell.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker('from', c.anchor.from)}${marker('to', c.anchor.to)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${c.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">${anchors}</xdr:wsDr>`;
}
