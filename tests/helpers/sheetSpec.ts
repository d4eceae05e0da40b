import { columnLetters } from '../../src/domain/cells/address';
import type {
  CellRef,
  CellStyle,
  CellValue,
  RangeRef,
  SheetSpec,
} from '../../src/domain/report/sheetSpec';

/** A cell's value; null outside the grid. */
export function valueAt(spec: SheetSpec, row: number, col: number): CellValue {
  return spec.values[row]?.[col] ?? null;
}

/** A cell's number format; fails loudly outside the grid. */
export function formatAt(spec: SheetSpec, row: number, col: number): string {
  const format = spec.numberFormats[row]?.[col];
  if (format === undefined) throw new Error(`No cell at ${row},${col}`);
  return format;
}

/** The style a cell ends up with: every styled range over it, later ones winning. */
export function styleAt(spec: SheetSpec, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const s of spec.styles) {
    const r = s.range;
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) {
      style = { ...style, ...s.style };
    }
  }
  return style;
}

/** The 0-based row whose first cell starts with a text; fails loudly when there is none. */
export function rowStartingWith(spec: SheetSpec, prefix: string, col = 0): number {
  const row = spec.values.findIndex((r) => {
    const v = r[col];
    return typeof v === 'string' && v.startsWith(prefix);
  });
  if (row < 0) throw new Error(`No row starts with '${prefix}'`);
  return row;
}

/** The values of a column range, top to bottom. */
export function columnValues(spec: SheetSpec, range: RangeRef): CellValue[] {
  return Array.from({ length: range.rows }, (_, i) => valueAt(spec, range.row + i, range.col));
}

/** True when a cell lies inside a range. */
export function inside(cell: CellRef, range: RangeRef): boolean {
  return (
    cell.row >= range.row &&
    cell.row < range.row + range.rows &&
    cell.col >= range.col &&
    cell.col < range.col + range.cols
  );
}

/** Every cell of a range. */
export function cellsOf(range: RangeRef): CellRef[] {
  const cells: CellRef[] = [];
  for (let r = range.row; r < range.row + range.rows; r++)
    for (let c = range.col; c < range.col + range.cols; c++) cells.push({ row: r, col: c });
  return cells;
}

export type CompactCell = readonly [CellValue, string] | null;

/**
 * A compact picture of a sheet: per row, each cell as null or [value, number format], with
 * the empty cells at the end of a row left out.
 */
export function compactGrid(spec: SheetSpec): CompactCell[][] {
  return spec.values.map((row, r) => {
    const cells: CompactCell[] = row.map((value, c) =>
      value === null ? null : [value, formatAt(spec, r, c)],
    );
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
}

/** Every cell with a value, as [A1 address, value, number format], row by row. */
export function filledCells(spec: SheetSpec): [string, CellValue, string][] {
  const cells: [string, CellValue, string][] = [];
  spec.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null)
        cells.push([`${columnLetters(c + 1)}${r + 1}`, value, formatAt(spec, r, c)]);
    }),
  );
  return cells;
}
