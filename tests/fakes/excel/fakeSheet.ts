import type { Box } from './addresses';
import {
  boxContains,
  boxesOverlap,
  boxOf,
  formatBox,
  isWholeColumns,
  isWholeRows,
  MAX_COLS,
  MAX_ROWS,
  parseA1,
} from './addresses';
import type { StoredValue } from './cellInput';
import { interpretFormat, interpretInput } from './cellInput';
import type {
  CellFormat,
  FakeCell,
  FakeChart,
  FakeConditionalFormat,
  FakeName,
  FakeTable,
  PageLayoutRecord,
  ValidationRecord,
} from './documentObjects';
import { defaultPageLayout, EMPTY_CELL } from './documentObjects';
import { CODES, fail } from './errors';
import type { FakeWorkbook } from './fakeWorkbook';

/*
 * One sheet of the fake document: its cells (created when first written), sizes, merges,
 * frozen panes and the objects on it, and the operations requests perform on them.
 */

const cellKey = (row: number, col: number): number => row * MAX_COLS + col;

export class FakeSheet {
  deleted = false;
  visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  frozenRows = 0;
  frozenColumns = 0;
  merges: Box[] = [];
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly names: FakeName[] = [];
  readonly charts: FakeChart[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly pageLayout: PageLayoutRecord = defaultPageLayout();

  constructor(
    readonly workbook: FakeWorkbook,
    readonly id: string,
    public name: string,
  ) {}

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  get tables(): FakeTable[] {
    return this.workbook.tables.filter((t) => t.sheet === this);
  }

  /** The cell at a 0-based position; an empty default where nothing was ever written. */
  cellAt(row: number, col: number): Readonly<FakeCell> {
    return this.cells.get(cellKey(row, col)) ?? EMPTY_CELL;
  }

  /** The cell at an A1 address such as `B3`. */
  cell(address: string): Readonly<FakeCell> {
    const box = parseA1(address);
    if (!box) throw new Error(`'${address}' is not a cell address`);
    return this.cellAt(box.row, box.col);
  }

  /** The cell at a position, created for writing. */
  writableCell(row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { ...EMPTY_CELL };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Every position of a box, row by row (refusing boxes too large to walk). */
  forEachCell(box: Box, visit: (row: number, col: number, r: number, c: number) => void): void {
    if (box.rows * box.cols > 5_000_000) {
      fail(CODES.generalException, `The fake does not walk ${formatBox(box)} cell by cell`);
    }
    for (let r = 0; r < box.rows; r++)
      for (let c = 0; c < box.cols; c++) visit(box.row + r, box.col + c, r, c);
  }

  /** The values of a box, '' for empty cells (as `Range.values` gives them). */
  readBox(box: Box): StoredValue[][] {
    const rows: StoredValue[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const row: StoredValue[] = [];
      for (let c = 0; c < box.cols; c++) row.push(this.cellAt(box.row + r, box.col + c).value);
      rows.push(row);
    }
    return rows;
  }

  /** The values at an A1 address. */
  read(address: string): StoredValue[][] {
    const box = parseA1(address);
    if (!box) throw new Error(`'${address}' is not an address`);
    return this.readBox(box);
  }

  /** The number formats of a box. */
  readFormats(box: Box): string[][] {
    const rows: string[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < box.cols; c++)
        row.push(this.cellAt(box.row + r, box.col + c).numberFormat);
      rows.push(row);
    }
    return rows;
  }

  /**
   * Sets up cells the way a saved workbook holds them (not as typed input): strings stay
   * strings, null leaves a cell empty. For building test workbooks.
   */
  setValues(address: string, rows: readonly (readonly (StoredValue | null)[])[]): this {
    const box = parseA1(address);
    if (!box) throw new Error(`'${address}' is not an address`);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.writableCell(box.row + r, box.col + c);
        cell.value = value ?? '';
        cell.formula = null;
      }),
    );
    return this;
  }

  /** Sets up number formats from an address on (for building test workbooks). */
  setNumberFormats(address: string, rows: readonly (readonly string[])[]): this {
    const box = parseA1(address);
    if (!box) throw new Error(`'${address}' is not an address`);
    rows.forEach((row, r) =>
      row.forEach((format, c) => {
        this.writableCell(box.row + r, box.col + c).numberFormat = format;
      }),
    );
    return this;
  }

  /** The smallest box holding every cell with a value (or, without valuesOnly, any content). */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const used =
        cell.value !== '' ||
        cell.formula !== null ||
        (!valuesOnly &&
          (cell.numberFormat !== 'General' ||
            Object.keys(cell.format).length > 0 ||
            cell.validation !== null));
      if (!used) continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : boxOf(top, left, bottom - top + 1, right - left + 1);
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): Box | null {
    return this.merges.find((m) => boxesOverlap(m, boxOf(row, col))) ?? null;
  }

  /** A comparable picture of the sheet: everything a user could see or print. */
  snapshot(): unknown {
    const cells = [...this.cells.entries()]
      .filter(([, c]) => JSON.stringify(c) !== JSON.stringify(EMPTY_CELL))
      .sort(([a], [b]) => a - b)
      .map(([key, c]) => [
        formatBox(boxOf(Math.floor(key / MAX_COLS), key % MAX_COLS)),
        c.value,
        c.formula,
        c.numberFormat,
        c.format,
        c.validation,
      ]);
    return {
      name: this.name,
      visibility: this.visibility,
      tabColor: this.tabColor,
      showGridlines: this.showGridlines,
      frozen: [this.frozenRows, this.frozenColumns],
      cells,
      merges: this.merges.map(formatBox),
      columnWidths: [...this.columnWidths.entries()].sort(([a], [b]) => a - b),
      rowHeights: [...this.rowHeights.entries()].sort(([a], [b]) => a - b),
      names: this.names.map((n) => [n.name, n.formula, n.visible]),
      tables: this.tables.map((t) => [t.name, formatBox(t.box), t.style]),
      charts: this.charts.map((c) => [c.name, c.chartType, c.title.text, c.position]),
      conditionalFormats: this.conditionalFormats.map((f) => [
        f.type,
        f.ranges.map(formatBox),
        f.dataBar,
      ]),
      pageLayout: this.pageLayout,
    };
  }

  // ---- Operations the requests perform -------------------------------------------------

  writeValues(box: Box, input: unknown): void {
    const grid = shapeOf(box, input, 'values');
    this.forEachCell(box, (row, col, r, c) => {
      const value = grid(r, c);
      if (value === null) return;
      const cell = this.writableCell(row, col);
      const entry = interpretInput(value, cell.numberFormat);
      cell.value = entry.value;
      cell.formula = entry.formula;
    });
  }

  writeNumberFormats(box: Box, input: unknown): void {
    const grid = shapeOf(box, input, 'numberFormat');
    this.forEachCell(box, (row, col, r, c) => {
      const format = grid(r, c);
      if (format === null) return;
      this.writableCell(row, col).numberFormat = interpretFormat(format);
    });
  }

  /** Applies a formatting change to every cell of a box. */
  formatCells(box: Box, change: (format: CellFormat) => CellFormat): void {
    if (isWholeColumns(box) || isWholeRows(box)) {
      fail(CODES.generalException, 'The fake formats whole rows or columns only by size');
    }
    const changed = new Map<CellFormat, CellFormat>();
    this.forEachCell(box, (row, col) => {
      const cell = this.writableCell(row, col);
      let next = changed.get(cell.format);
      if (!next) {
        next = change(cell.format);
        changed.set(cell.format, next);
      }
      cell.format = next;
    });
  }

  /** Changes the data validation of every cell of a box. */
  validateCells(box: Box, change: (record: ValidationRecord) => ValidationRecord): void {
    const empty: ValidationRecord = { rule: null, prompt: null, errorAlert: null };
    const changed = new Map<ValidationRecord, ValidationRecord>();
    this.forEachCell(box, (row, col) => {
      const cell = this.writableCell(row, col);
      const old = cell.validation ?? empty;
      let next = changed.get(old);
      if (!next) {
        next = change(old);
        changed.set(old, next);
      }
      cell.validation = next;
    });
  }

  merge(box: Box, across: boolean): void {
    const areas = across
      ? Array.from({ length: box.rows }, (_, r) => boxOf(box.row + r, box.col, 1, box.cols))
      : [box];
    for (const table of this.tables) {
      if (boxesOverlap(table.box, box)) {
        fail(CODES.invalidOperation, `Cells of the table '${table.name}' cannot be merged`);
      }
    }
    for (const area of areas) {
      if (area.rows * area.cols === 1) continue;
      for (const old of this.merges) {
        if (boxesOverlap(old, area) && !boxContains(area, old)) {
          fail(CODES.invalidOperation, `${formatBox(area)} overlaps the merged ${formatBox(old)}`);
        }
      }
      this.merges = this.merges.filter((m) => !boxContains(area, m));
      // Merging keeps the top-left value only, as Excel does.
      this.forEachCell(area, (row, col, r, c) => {
        if (r === 0 && c === 0) return;
        const cell = this.cells.get(cellKey(row, col));
        if (cell) {
          cell.value = '';
          cell.formula = null;
        }
      });
      this.merges.push(area);
    }
  }

  /**
   * Inserts `count` blank rows at `row` into the columns of a box, moving the cells below
   * down (as inserting table rows does). Tables wholly below move with them.
   */
  insertRowsInColumns(row: number, count: number, columns: Box): void {
    const left = columns.col;
    const right = columns.col + columns.cols;
    const below = boxOf(row, left, MAX_ROWS - row, columns.cols);
    for (const table of this.tables) {
      if (table.box.row >= row && boxesOverlap(table.box, below)) {
        if (table.box.col < left || table.box.col + table.box.cols > right) {
          fail(CODES.insertDeleteConflict, `Inserting would split the table '${table.name}'`);
        }
      }
    }
    for (const m of this.merges) {
      if (
        m.row + m.rows > row &&
        boxesOverlap(m, below) &&
        (m.col < left || m.col + m.cols > right)
      ) {
        fail(CODES.insertDeleteConflict, `Inserting would split the merged ${formatBox(m)}`);
      }
    }
    const moving = [...this.cells.entries()]
      .filter(([key]) => {
        const r = Math.floor(key / MAX_COLS);
        const c = key % MAX_COLS;
        return r >= row && c >= left && c < right;
      })
      .sort(([a], [b]) => b - a);
    for (const [key, cell] of moving) {
      this.cells.delete(key);
      const r = Math.floor(key / MAX_COLS) + count;
      if (r < MAX_ROWS) this.cells.set(cellKey(r, key % MAX_COLS), cell);
    }
    for (const table of this.tables) {
      if (table.box.row >= row && boxesOverlap(table.box, below)) {
        table.box = { ...table.box, row: table.box.row + count };
      }
    }
    this.merges = this.merges.map((m) =>
      m.row >= row && boxesOverlap(m, below) ? { ...m, row: m.row + count } : m,
    );
  }
}

/** Reads a 2-D input of a range's exact shape (or one value for every cell). */
function shapeOf(box: Box, input: unknown, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) {
      return fail(CODES.invalidArgument, `${what} cannot be set to ${String(input)}`);
    }
    return () => input;
  }
  const rows = input as unknown[];
  if (
    rows.length !== box.rows ||
    rows.some((row) => !Array.isArray(row) || (row as unknown[]).length !== box.cols)
  ) {
    const shape = `${rows.length}×${Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : '?'}`;
    fail(
      CODES.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${shape} for ${box.rows}×${box.cols})`,
    );
  }
  return (r, c) => (rows[r] as unknown[])[c];
}
