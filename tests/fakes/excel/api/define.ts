import type { Box } from '../addresses';
import { boxOf, MAX_COLS, MAX_ROWS } from '../addresses';
import type { CellFormat } from '../documentObjects';
import { CODES, fail } from '../errors';
import type { FakeSheet } from '../fakeSheet';
import type { FakeWorkbook } from '../fakeWorkbook';
import { boxAt } from '../fakeWorkbook';
import type { Env, NavDef, PropDef } from '../types';

/*
 * What the API definitions share: the targets proxies stand for, checks of written values as
 * Excel makes them (an unknown enum value, a bad colour or a number out of range fails the
 * request with InvalidArgument), and helpers to declare properties.
 */

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly box: Box;
}

export interface CollectionScope {
  readonly workbook: FakeWorkbook;
  readonly sheet: FakeSheet | null;
}

const ENUMS = {
  chartType:
    'ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel',
  seriesBy: 'Auto Columns Rows',
  legendPosition: 'Top Bottom Left Right Corner Custom',
  markerStyle: 'Automatic None Square Diamond Triangle X Star Dot Dash Circle Plus Picture',
  lineStyle: 'None Continuous Dash DashDot DashDotDot Dot Grey25 Grey50 Grey75 Automatic RoundDot',
  horizontal: 'General Left Center Right Fill Justify CenterAcrossSelection Distributed',
  vertical: 'Top Center Bottom Justify Distributed',
  borderIndex:
    'EdgeTop EdgeBottom EdgeLeft EdgeRight InsideVertical InsideHorizontal DiagonalDown DiagonalUp',
  borderStyle: 'None Continuous Dash DashDot DashDotDot Dot Double SlantDashDot',
  borderWeight: 'Hairline Thin Medium Thick',
  orientation: 'Portrait Landscape',
  paperSize:
    'Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 EnvelopeC3 EnvelopeC4 EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch EnvelopePersonal FanfoldUS FanfoldStdGerman FanfoldLegalGerman',
  conditionalFormat:
    'Custom DataBar ColorScale IconSet TopBottom PresetCriteria ContainsText CellValue',
  boundRule: 'LowestValue HighestValue Number Percent Formula Percentile Automatic',
  alertStyle: 'Stop Warning Information',
  displayBlanksAs: 'NotPlotted Zero Interplotted',
  visibility: 'Visible Hidden VeryHidden',
} as const;

const ENUM_SETS = Object.fromEntries(
  Object.entries(ENUMS).map(([k, v]) => [k, new Set(v.split(' '))]),
) as Record<keyof typeof ENUMS, Set<string>>;

export function oneOf(kind: keyof typeof ENUMS, value: unknown, what: string): string {
  if (typeof value !== 'string' || !ENUM_SETS[kind].has(value)) {
    return fail(CODES.invalidArgument, `'${String(value)}' is not a valid ${what}`);
  }
  return value;
}

export function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') return fail(CODES.invalidArgument, `${what} must be a boolean`);
  return value;
}

export function num(
  value: unknown,
  what: string,
  min: number,
  max: number,
  integer = false,
): number {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    return fail(CODES.invalidArgument, `${String(value)} is not a valid ${what}`);
  }
  return value;
}

export function text(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') return fail(CODES.invalidArgument, `${what} must be a string`);
  if (value.length > max) {
    fail(CODES.invalidArgument, `${what} is at most ${max} characters (got ${value.length})`);
  }
  return value;
}

/** A colour as Excel takes it: `#RRGGBB` or an HTML colour name; stored as Excel returns it. */
export function colour(value: unknown, what: string): string {
  if (typeof value === 'string' && /^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  if (typeof value === 'string' && /^[A-Za-z]+$/.test(value)) return value;
  return fail(CODES.invalidArgument, `'${String(value)}' is not a valid ${what}`);
}

export function uniform<T>(range: RangeTarget, read: (row: number, col: number) => T): T | null {
  let first: T | undefined;
  let same = true;
  const { box } = range;
  const rows = Math.min(box.rows, 2000);
  const cols = Math.min(box.cols, 200);
  for (let r = 0; r < rows && same; r++)
    for (let c = 0; c < cols && same; c++) {
      const value = read(box.row + r, box.col + c);
      if (first === undefined) first = value;
      else if (JSON.stringify(first) !== JSON.stringify(value)) same = false;
    }
  return same ? (first ?? null) : null;
}

export function fmt(
  range: RangeTarget,
  pick: (f: CellFormat) => unknown,
  fallback: unknown,
): unknown {
  return uniform(range, (r, c) => pick(range.sheet.cellAt(r, c).format) ?? fallback);
}

export function setFormat(range: RangeTarget, patch: Partial<CellFormat>): void {
  range.sheet.formatCells(range.box, (f) => ({ ...f, ...patch }));
}

/** Parses `Sheet!A1:B2` or `A1:B2` (on a given sheet). */
export function qualified(
  workbook: FakeWorkbook,
  address: unknown,
  defaultSheet: FakeSheet | null,
): RangeTarget {
  if (typeof address !== 'string') {
    return fail(CODES.invalidArgument, `'${String(address)}' is not an address`);
  }
  const bang = address.lastIndexOf('!');
  if (bang < 0) {
    const sheet = defaultSheet ?? workbook.activeSheet;
    if (!sheet) return fail(CODES.invalidArgument, `No sheet for '${address}'`);
    return { sheet, box: boxAt(address) };
  }
  const rawSheet = address.slice(0, bang);
  const name = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const sheet = workbook.findSheet(name);
  if (!sheet) return fail(CODES.itemNotFound, `No sheet '${name}'`);
  if (defaultSheet && sheet !== defaultSheet) {
    fail(CODES.invalidArgument, `'${address}' is not on the sheet '${defaultSheet.name}'`);
  }
  return { sheet, box: boxAt(address.slice(bang + 1)) };
}

/** A range given as a Range proxy or an address string. */
export function rangeArg(env: Env, arg: unknown, sheet: FakeSheet | null): RangeTarget {
  if (env.isProxy(arg)) {
    const target = env.target(arg) as RangeTarget;
    if (sheet && target.sheet !== sheet) {
      fail(CODES.invalidArgument, 'The range is on another sheet');
    }
    return target;
  }
  return qualified(env.workbook, arg, sheet);
}

export function subRange(
  range: RangeTarget,
  row: unknown,
  col: unknown,
  rows: unknown,
  cols: unknown,
): RangeTarget {
  const r = num(row, 'row index', 0, MAX_ROWS - 1, true);
  const c = num(col, 'column index', 0, MAX_COLS - 1, true);
  const rc = num(rows, 'row count', 1, MAX_ROWS, true);
  const cc = num(cols, 'column count', 1, MAX_COLS, true);
  if (r + rc > MAX_ROWS || c + cc > MAX_COLS) {
    fail(CODES.invalidArgument, 'The range goes beyond the sheet');
  }
  return { sheet: range.sheet, box: boxOf(range.box.row + r, range.box.col + c, rc, cc) };
}

export const rangeOfSheet = (sheet: FakeSheet, box: Box): RangeTarget => ({ sheet, box });

// ---- Property helpers -----------------------------------------------------------------

export function prop<T>(
  read: ((t: T) => unknown) | undefined,
  write?: (t: T, value: unknown, env: Env) => void,
  api?: number,
): PropDef {
  return {
    ...(read ? { read } : {}),
    ...(write ? { write } : {}),
    ...(api !== undefined ? { api } : {}),
  } as PropDef;
}

export const ro = <T>(read: (t: T) => unknown, api?: number): PropDef => prop(read, undefined, api);

export function nav<T>(type: string, get: (t: T) => unknown, api?: number): NavDef {
  return { type, get, ...(api !== undefined ? { api } : {}) } as NavDef;
}
