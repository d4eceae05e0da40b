import type { CellStyle, SheetSpec } from './sheetSpec';

/**
 * The style of every cell of a sheet: its styled ranges laid over each other in order (later
 * ranges win where they set the same property). Null where no range styles the cell.
 */
export function cellStyleGrid(spec: SheetSpec): (CellStyle | null)[][] {
  const grid: (CellStyle | null)[][] = spec.values.map((row) => row.map(() => null));
  for (const { range, style } of spec.styles) {
    for (let r = range.row; r < range.row + range.rows; r++) {
      const row = grid[r];
      if (!row) continue;
      for (let c = range.col; c < range.col + range.cols && c < row.length; c++) {
        row[c] = { ...(row[c] ?? {}), ...style };
      }
    }
  }
  return grid;
}
