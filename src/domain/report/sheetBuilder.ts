import type {
  CellStyle,
  CellValue,
  ChartSpec,
  ConditionalFormat,
  PageLayout,
  RangeRef,
  SheetRole,
  SheetSpec,
  StyledRange,
  TableSpec,
} from './sheetSpec';

/** A range from its top-left cell and size. */
export function rangeOf(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

/**
 * Collects the cells, styles and merges of a sheet as it is laid out row by row, and gives
 * back a {@link SheetSpec} whose value grid is a full rectangle.
 */
export class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly heights: (number | null)[] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: RangeRef[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly charts: ChartSpec[] = [];
  readonly tables: TableSpec[] = [];

  constructor(readonly columnCount: number) {}

  /** The number of rows laid out so far. */
  get rowCount(): number {
    return this.values.length;
  }

  private ensureRow(row: number): void {
    while (this.values.length <= row) {
      this.values.push(new Array<CellValue>(this.columnCount).fill(null));
      this.formats.push(new Array<string>(this.columnCount).fill('General'));
      this.heights.push(null);
    }
  }

  /** Sets a cell. Text is formatted as text (`@`) unless a format is given. */
  set(row: number, col: number, value: CellValue, format?: string): void {
    if (col >= this.columnCount) throw new Error(`Column ${col} is outside the sheet`);
    this.ensureRow(row);
    (this.values[row] as CellValue[])[col] = value;
    (this.formats[row] as string[])[col] = format ?? (typeof value === 'string' ? '@' : 'General');
  }

  /** Reserves a row (so that an empty row still counts). */
  touch(row: number): void {
    this.ensureRow(row);
  }

  style(range: RangeRef, style: CellStyle): void {
    this.ensureRow(range.row + range.rows - 1);
    this.styles.push({ range, style });
  }

  merge(range: RangeRef): void {
    this.merges.push(range);
  }

  height(row: number, points: number): void {
    this.ensureRow(row);
    this.heights[row] = points;
  }

  build(options: {
    name: string;
    role: SheetRole;
    reportPeriod: string;
    columnWidths: readonly number[];
    freezeRows: number;
    showGridlines: boolean;
    page: PageLayout;
    tabColor: string | null;
  }): SheetSpec {
    return {
      ...options,
      values: this.values,
      numberFormats: this.formats,
      styles: this.styles,
      merges: this.merges,
      rowHeights: this.heights,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      tables: this.tables,
    };
  }
}
