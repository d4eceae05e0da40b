/**
 * A plain description of a generated sheet: everything a committee sees, decided once in the
 * domain and drawn by each host (Office.js in Excel, ExcelJS for .xlsx files). All row and
 * column numbers here are 0-based.
 */

export type CellValue = string | number | null;

export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells: its top-left cell and its size. */
export interface RangeRef extends CellRef {
  readonly rows: number;
  readonly cols: number;
}

export interface BorderSpec {
  readonly style: 'thin' | 'medium';
  /** `#RRGGBB`. */
  readonly color: string;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
  readonly wrap?: boolean;
  /** Indent level (Excel's indent steps). */
  readonly indent?: number;
  readonly borderTop?: BorderSpec;
  readonly borderBottom?: BorderSpec;
}

/** A style laid over a range; later ranges win where they overlap. */
export interface StyledRange {
  readonly range: RangeRef;
  readonly style: CellStyle;
}

export interface PageLayout {
  readonly orientation: 'landscape' | 'portrait';
  readonly paperSize: 'A4';
  /** Fit to this many pages wide; height is free. */
  readonly fitToPagesWide: number;
  /** Rows repeated at the top of every printed page, or null. */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
  readonly printArea: RangeRef;
  /** Footer in Excel's header/footer codes: `Side &P af &N`. */
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
  /** Margins in inches. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly centerHorizontally: boolean;
}

/** A data bar from `min` to `max` over some cells. */
export interface DataBarFormat {
  readonly kind: 'dataBar';
  readonly ranges: readonly RangeRef[];
  readonly min: number;
  readonly max: number;
  readonly color: string;
}

export type ConditionalFormat = DataBarFormat;

export interface SeriesSpec {
  readonly name: string;
  /** The cell holding the series name (charts refer to it). */
  readonly nameCell: CellRef;
  /** One column of values, as long as the chart's categories. */
  readonly values: RangeRef;
  readonly color: string;
  readonly line: 'solid' | 'dashed';
  readonly marker: boolean;
  /** Line width in points (line charts). */
  readonly width: number;
}

export interface ChartSpec {
  readonly kind: 'line' | 'barStacked';
  readonly title: string;
  /** One column of category labels on the same sheet. */
  readonly categories: RangeRef;
  readonly series: readonly SeriesSpec[];
  /** Where the chart sits: from the top-left of one cell to the top-left of another. */
  readonly anchor: { readonly from: CellRef; readonly to: CellRef };
  readonly valueAxis: { readonly numberFormat: string; readonly min: number | null };
}

/** An Excel table (ListObject) over a range whose first row is the header. */
export interface TableSpec {
  readonly name: string;
  readonly range: RangeRef;
  readonly style: string;
}

export type SheetRole = 'status' | 'charts' | 'results';

export interface SheetSpec {
  /** The wanted name; a host adds a suffix where a user's sheet already has it. */
  readonly name: string;
  readonly role: SheetRole;
  /** The canonical report period the sheet was made for. */
  readonly reportPeriod: string;
  /** Every cell of the used rectangle, row by row. Text is always written as text. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number format codes, same shape as `values`; `@` for text cells. */
  readonly numberFormats: readonly (readonly string[])[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly RangeRef[];
  /** Widths in characters, one per column. */
  readonly columnWidths: readonly number[];
  /** Heights in points, one per row; null keeps the default. */
  readonly rowHeights: readonly (number | null)[];
  /** Rows frozen at the top (0 for none). */
  readonly freezeRows: number;
  readonly showGridlines: boolean;
  readonly page: PageLayout;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly charts: readonly ChartSpec[];
  readonly tables: readonly TableSpec[];
  readonly tabColor: string | null;
}
