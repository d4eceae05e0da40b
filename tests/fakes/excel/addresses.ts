/** A rectangle of cells, 0-based, as the fake stores ranges. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 1 → A, 28 → AB. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A → 1, AB → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const col = columnNumber(match[1] ?? '') - 1;
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return null;
  return { row, col };
}

/**
 * Parses a local A1 address: `B3`, `$B$3`, `B3:D9`, whole columns `A:C` and whole rows `5:5`.
 * Returns null for anything else.
 */
export function parseA1(address: string): Box | null {
  const parts = address.trim().split(':');
  if (parts.length > 2) return null;
  const [first = '', second = first] = parts;
  const a = parseCell(first);
  const b = parseCell(second);
  if (a && b) {
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
  }
  if (parts.length !== 2) return null;
  const c1 = COLUMN.exec(first);
  const c2 = COLUMN.exec(second);
  if (c1 && c2) {
    const x = columnNumber(c1[1] ?? '') - 1;
    const y = columnNumber(c2[1] ?? '') - 1;
    if (x >= MAX_COLS || y >= MAX_COLS) return null;
    return { row: 0, col: Math.min(x, y), rows: MAX_ROWS, cols: Math.abs(x - y) + 1 };
  }
  const r1 = ROW.exec(first);
  const r2 = ROW.exec(second);
  if (r1 && r2) {
    const x = Number(r1[1]) - 1;
    const y = Number(r2[1]) - 1;
    if (x < 0 || y < 0 || x >= MAX_ROWS || y >= MAX_ROWS) return null;
    return { row: Math.min(x, y), col: 0, rows: Math.abs(x - y) + 1, cols: MAX_COLS };
  }
  return null;
}

/** True when a box spans whole rows (every column). */
export function isWholeRows(box: Box): boolean {
  return box.col === 0 && box.cols === MAX_COLS;
}

/** True when a box spans whole columns (every row). */
export function isWholeColumns(box: Box): boolean {
  return box.row === 0 && box.rows === MAX_ROWS;
}

/** The local address Excel gives a box: `B3`, `B3:D9`, `A:C` or `5:5`. */
export function formatBox(box: Box): string {
  if (isWholeColumns(box)) {
    return `${columnName(box.col + 1)}:${columnName(box.col + box.cols)}`;
  }
  if (isWholeRows(box)) return `${box.row + 1}:${box.row + box.rows}`;
  const start = `${columnName(box.col + 1)}${box.row + 1}`;
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${columnName(box.col + box.cols)}${box.row + box.rows}`;
}

/** The absolute form, as chart series and names refer to cells: `$B$3:$D$9`. */
export function formatAbsolute(box: Box): string {
  const cell = (row: number, col: number): string => `$${columnName(col + 1)}$${row + 1}`;
  const start = cell(box.row, box.col);
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${cell(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]\d*$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

export function boxContains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function boxOf(row: number, col: number, rows = 1, cols = 1): Box {
  return { row, col, rows, cols };
}
