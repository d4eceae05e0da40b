import { columnLetters, quoteSheetName } from '../cells/address';
import type { CellRef, RangeRef } from './sheetSpec';

/** `B7` for a 0-based cell. */
export function a1(cell: CellRef): string {
  return `${columnLetters(cell.col + 1)}${cell.row + 1}`;
}

/** `B7:D9` (or `B7` for one cell) for a 0-based range. */
export function a1Range(range: RangeRef): string {
  const start = a1(range);
  if (range.rows === 1 && range.cols === 1) return start;
  return `${start}:${a1({ row: range.row + range.rows - 1, col: range.col + range.cols - 1 })}`;
}

/** `'Grafer 2015M08'!$S$5:$S$9`: an absolute reference with the sheet, as charts and names use. */
export function absoluteRef(sheet: string, range: RangeRef): string {
  const abs = (cell: CellRef): string => `$${columnLetters(cell.col + 1)}$${cell.row + 1}`;
  const end = { row: range.row + range.rows - 1, col: range.col + range.cols - 1 };
  const body = range.rows === 1 && range.cols === 1 ? abs(range) : `${abs(range)}:${abs(end)}`;
  return `${quoteSheetName(sheet)}!${body}`;
}
