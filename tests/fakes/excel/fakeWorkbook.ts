import type { Box } from './addresses';
import {
  boxContains,
  boxesOverlap,
  boxOf,
  formatAbsolute,
  formatBox,
  isWholeColumns,
  isWholeRows,
  MAX_COLS,
  MAX_ROWS,
  parseA1,
  quoteSheet,
} from './addresses';
import type { StoredValue } from './cellInput';
import { interpretFormat, interpretInput } from './cellInput';
import { CODES, fail } from './errors';

/*
 * The document the fake Excel holds: what a user would see in the workbook. Proxies change it
 * only while a request runs; tests build it directly and look at it after each action.
 */

export interface BorderRecord {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

/** A cell's formatting: only what was set (everything else is Excel's default). */
export interface CellFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fontName?: string;
  readonly fill?: string;
  readonly horizontal?: string;
  readonly vertical?: string;
  readonly wrap?: boolean;
  readonly indent?: number;
  readonly borders?: Readonly<Record<string, BorderRecord>>;
}

export interface ValidationRule {
  readonly list?: { readonly inCellDropDown: boolean; readonly source: string };
  readonly [type: string]: unknown;
}

export interface ValidationPrompt {
  readonly showPrompt: boolean;
  readonly title: string;
  readonly message: string;
}

export interface ValidationAlert {
  readonly showAlert: boolean;
  readonly style: string;
  readonly title: string;
  readonly message: string;
}

export interface ValidationRecord {
  readonly rule: ValidationRule | null;
  readonly prompt: ValidationPrompt | null;
  readonly errorAlert: ValidationAlert | null;
}

export interface FakeCell {
  value: StoredValue;
  /** The formula when the cell holds one (Excel would show its result). */
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
  validation: ValidationRecord | null;
}

const EMPTY_CELL: Readonly<FakeCell> = Object.freeze({
  value: '',
  formula: null,
  numberFormat: 'General',
  format: Object.freeze({}),
  validation: null,
});

export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface PageLayoutRecord {
  orientation: string;
  paperSize: string;
  zoom: { readonly scale?: number; readonly horizontalFitToPages?: number; readonly verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  printArea: string | null;
  printTitleRows: string | null;
  readonly defaultForAllPages: HeaderFooterTexts;
}

/** Excel's defaults for a new sheet ("Normal" margins, in points). */
function defaultPageLayout(): PageLayoutRecord {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printArea: null,
    printTitleRows: null,
    defaultForAllPages: {
      leftHeader: '',
      centerHeader: '',
      rightHeader: '',
      leftFooter: '',
      centerFooter: '',
      rightFooter: '',
    },
  };
}

export class FakeName {
  deleted = false;
  constructor(
    readonly scope: FakeSheet | null,
    readonly name: string,
    public formula: string,
    public visible: boolean,
    public comment: string,
  ) {}
}

export class FakeTable {
  deleted = false;
  style = 'TableStyleMedium2';
  constructor(
    readonly id: string,
    public name: string,
    public sheet: FakeSheet,
    /** The whole table, header row included. */
    public box: Box,
  ) {}

  get headerBox(): Box {
    return boxOf(this.box.row, this.box.col, 1, this.box.cols);
  }

  get bodyBox(): Box {
    return boxOf(this.box.row + 1, this.box.col, this.box.rows - 1, this.box.cols);
  }
}

export interface AxisRecord {
  minimum: number | null;
  maximum: number | null;
  numberFormat: string;
  reversePlotOrder: boolean;
}

export class FakeSeries {
  fillColor: string | null = null;
  line = { color: null as string | null, weight: null as number | null, lineStyle: 'Automatic' };
  markerStyle = 'Automatic';
  markerBackgroundColor: string | null = null;
  markerForegroundColor: string | null = null;
  constructor(
    readonly chart: FakeChart,
    readonly name: string,
    readonly nameBox: Box | null,
    readonly valuesBox: Box,
  ) {}

  /** The values the series plots, read from its cells now. */
  get values(): StoredValue[] {
    return this.chart.sheet.readBox(this.valuesBox).map((row) => row[0] ?? '');
  }

  /** The series' reference to its values, as Excel's series formula shows it. */
  get valuesReference(): string {
    return `${quoteSheet(this.chart.sheet.name)}!${formatAbsolute(this.valuesBox)}`;
  }
}

export class FakeChart {
  deleted = false;
  series: FakeSeries[] = [];
  categoriesBox: Box | null = null;
  title = { text: '', visible: false, fontSize: 14, bold: false };
  legend = { position: 'Right', visible: true };
  position: { start: string; end: string | null } | null = null;
  displayBlanksAs = 'NotPlotted';
  readonly axes: { valueAxis: AxisRecord; categoryAxis: AxisRecord } = {
    valueAxis: { minimum: null, maximum: null, numberFormat: 'General', reversePlotOrder: false },
    categoryAxis: { minimum: null, maximum: null, numberFormat: 'General', reversePlotOrder: false },
  };
  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: FakeSheet,
    readonly chartType: string,
    readonly source: Box,
  ) {}

  /** The category labels, read from their cells now. */
  get categories(): StoredValue[] | null {
    return this.categoriesBox
      ? this.sheet.readBox(this.categoriesBox).map((row) => row[0] ?? '')
      : null;
  }
}

export interface DataBarRecord {
  lowerBoundRule: { readonly type: string; readonly formula?: string };
  upperBoundRule: { readonly type: string; readonly formula?: string };
  readonly positiveFormat: { fillColor: string; borderColor: string; gradientFill: boolean };
}

export class FakeConditionalFormat {
  deleted = false;
  readonly dataBar: DataBarRecord = {
    lowerBoundRule: { type: 'Automatic' },
    upperBoundRule: { type: 'Automatic' },
    positiveFormat: { fillColor: '#638EC6', borderColor: '', gradientFill: true },
  };
  constructor(
    readonly id: string,
    readonly sheet: FakeSheet,
    readonly type: string,
    readonly ranges: readonly Box[],
  ) {}
}

export interface SyncRecord {
  /** The Excel.run the sync belongs to (1-based over the workbook's life). */
  readonly run: number;
  /** The sync's place within its run (1-based). */
  readonly index: number;
  /** Commands queued since the previous sync. */
  readonly commands: number;
  /** JSON size of the request (UTF-8 bytes). */
  readonly requestBytes: number;
  /** JSON size of the loaded data sent back (0 when the request failed). */
  responseBytes: number;
  /** 'ok', or the error code the sync rejected with. */
  outcome: string;
}

/** The request size limit of Excel on the web. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

const cellKey = (row: number, col: number): number => row * MAX_COLS + col;

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function checkSheetName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31) {
    return fail(CODES.invalidArgument, `'${String(name)}' is not a valid sheet name`);
  }
  if (SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    fail(CODES.invalidArgument, `The sheet name '${name}' has characters Excel does not allow`);
  }
  if (name.toLowerCase() === 'history') {
    fail(CODES.invalidArgument, `'History' is reserved by Excel`);
  }
  return name;
}

/** A name Excel accepts for a table or a defined name. */
export function checkIdentifier(name: unknown, what: string): string {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    return fail(CODES.invalidArgument, `'${String(name)}' is not a valid ${what} name`);
  }
  return name;
}

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
      if (m.row + m.rows > row && boxesOverlap(m, below) && (m.col < left || m.col + m.cols > right)) {
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

/** A fault the next requests run into. */
interface CommandFault {
  readonly command: string;
  remaining: number;
  readonly code: string;
}

interface SyncFault {
  remaining: number;
  readonly code: string;
}

/** The workbook: sheets in tab order, tables, names, and what requests did to them. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: FakeSheet; box: Box } | null = null;
  /** Every sync any request made, in order. */
  readonly syncs: SyncRecord[] = [];
  /** The number of Excel.run calls so far. */
  runs = 0;
  private nextId = 1;
  private nextTable = 1;
  private nextChart = 1;
  /** Runs still to start while a cell is being edited. */
  editingRuns = 0;
  private commandFaults: CommandFault[] = [];
  private syncFault: SyncFault | null = null;

  /** A workbook with the sheets named (Excel's new workbook has one: `Ark1` in Danish). */
  constructor(sheetNames: readonly string[] = ['Ark1']) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = this.sheets[0] ?? null;
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  // ---- Setup and inspection (for tests) -----------------------------------------------

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet '${name}' in the fake workbook`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  table(name: string): FakeTable {
    const table = this.findTable(name);
    if (!table) throw new Error(`No table '${name}' in the fake workbook`);
    return table;
  }

  /** A comparable picture of the whole workbook. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => s.snapshot()),
      names: this.names.map((n) => [n.name, n.formula, n.visible]),
    };
  }

  /** The next `runs` Excel.run calls find a cell being edited: their first sync fails. */
  simulateCellEditing(runs: number): void {
    this.editingRuns = runs;
  }

  /**
   * The `occurrence`-th execution (from now, 1-based) of a command such as
   * `ChartCollection.add` or `Range.values` fails with `code`.
   */
  failCommand(command: string, occurrence = 1, code: string = CODES.generalException): void {
    this.commandFaults.push({ command, remaining: occurrence, code });
  }

  /** The `occurrence`-th sync from now rejects with `code`, before any of its commands run. */
  failSync(occurrence = 1, code: string = CODES.generalException): void {
    this.syncFault = { remaining: occurrence, code };
  }

  /** Called by a request for each command it runs; throws the planned fault. */
  checkCommandFault(command: string): void {
    for (const fault of this.commandFaults) {
      if (fault.command !== command) continue;
      fault.remaining -= 1;
      if (fault.remaining === 0) {
        this.commandFaults = this.commandFaults.filter((f) => f !== fault);
        fail(fault.code, `${command} failed (planned by the test)`);
      }
    }
  }

  /** Called by a request for each sync; returns the planned error code, if this one fails. */
  takeSyncFault(): string | null {
    if (!this.syncFault) return null;
    this.syncFault.remaining -= 1;
    if (this.syncFault.remaining > 0) return null;
    const code = this.syncFault.code;
    this.syncFault = null;
    return code;
  }

  // ---- Sheets ---------------------------------------------------------------------------

  findSheet(name: string): FakeSheet | null {
    const folded = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === folded) ?? null;
  }

  findSheetById(id: string): FakeSheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  addSheet(name?: unknown): FakeSheet {
    let wanted: string;
    if (name === undefined || name === null || name === '') {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      wanted = `Sheet${n}`;
    } else {
      wanted = checkSheetName(name);
    }
    if (this.findSheet(wanted)) {
      fail(CODES.itemAlreadyExists, `A sheet named '${wanted}' already exists`);
    }
    const sheet = new FakeSheet(this, this.newId('sheet'), wanted);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: unknown): void {
    const wanted = checkSheetName(name);
    const other = this.findSheet(wanted);
    if (other && other !== sheet) {
      fail(CODES.itemAlreadyExists, `A sheet named '${wanted}' already exists`);
    }
    sheet.name = wanted;
  }

  moveSheet(sheet: FakeSheet, position: unknown): void {
    if (
      typeof position !== 'number' ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheets.length
    ) {
      fail(CODES.invalidArgument, `${String(position)} is not a sheet position`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      fail(CODES.invalidOperation, 'A workbook must keep at least one visible sheet');
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const table of sheet.tables) this.removeTable(table);
    for (const name of sheet.names) name.deleted = true;
    for (const chart of sheet.charts) chart.deleted = true;
    if (this.activeSheet === sheet) {
      this.activeSheet =
        this.sheets.slice(index).find((s) => s.visibility === 'Visible') ??
        [...this.sheets].reverse().find((s) => s.visibility === 'Visible') ??
        null;
    }
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  // ---- Tables ---------------------------------------------------------------------------

  findTable(name: string): FakeTable | null {
    const folded = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === folded) ?? null;
  }

  private removeTable(table: FakeTable): void {
    table.deleted = true;
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /**
   * Makes a table of a box whose first row is the header (as Excel does: blank headers become
   * `ColumnN`, repeated ones get a number, and every header becomes text).
   */
  addTable(sheet: FakeSheet, box: Box, hasHeaders: boolean, name?: string): FakeTable {
    if (!hasHeaders) fail(CODES.generalException, 'The fake adds tables with headers only');
    if (isWholeColumns(box) || isWholeRows(box)) {
      fail(CODES.invalidArgument, 'A table cannot span whole rows or columns');
    }
    const full = box.rows === 1 ? { ...box, rows: 2 } : box;
    for (const other of sheet.tables) {
      if (boxesOverlap(other.box, full)) {
        fail(CODES.invalidOperation, `A table cannot overlap the table '${other.name}'`);
      }
    }
    for (const merged of sheet.merges) {
      if (boxesOverlap(merged, full)) {
        fail(CODES.invalidOperation, `A table cannot hold the merged cells ${formatBox(merged)}`);
      }
    }
    const seen = new Set<string>();
    for (let c = 0; c < full.cols; c++) {
      const cell = sheet.writableCell(full.row, full.col + c);
      let header = cell.value === '' ? `Column${c + 1}` : String(cell.value);
      const base = header;
      for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
      seen.add(header.toLowerCase());
      cell.value = header;
      cell.formula = null;
    }
    let tableName = name;
    if (tableName === undefined) {
      do tableName = `Table${this.nextTable++}`;
      while (this.findTable(tableName) || this.findName(tableName));
    } else {
      this.checkTableName(tableName, null);
    }
    const table = new FakeTable(this.newId('table'), tableName, sheet, full);
    this.tables.push(table);
    return table;
  }

  checkTableName(name: unknown, table: FakeTable | null): string {
    const wanted = checkIdentifier(name, 'table');
    const other = this.findTable(wanted);
    if ((other && other !== table) || this.findName(wanted)) {
      fail(CODES.itemAlreadyExists, `The name '${wanted}' is already taken in this workbook`);
    }
    return wanted;
  }

  /** Adds rows to the end of a table (or at `index` in its body), moving cells below down. */
  addTableRows(table: FakeTable, index: unknown, values: unknown): void {
    if (!Array.isArray(values) || values.length === 0) {
      fail(CODES.invalidArgument, 'rows.add needs a 2-D array of values');
    }
    const rows = values as unknown[];
    const at =
      index === undefined || index === null
        ? table.box.rows - 1
        : typeof index === 'number' && Number.isInteger(index) && index >= 0 && index <= table.box.rows - 1
          ? index
          : fail(CODES.invalidArgument, `${String(index)} is not a row index of the table`);
    const sheet = table.sheet;
    const insertAt = table.box.row + 1 + at;
    const templateRow = insertAt - 1;
    sheet.insertRowsInColumns(insertAt, rows.length, table.box);
    table.box = { ...table.box, rows: table.box.rows + rows.length };
    // New rows take the formats of the row above, as Excel's inserted table rows do.
    for (let r = 0; r < rows.length; r++) {
      for (let c = 0; c < table.box.cols; c++) {
        const above = sheet.cellAt(templateRow, table.box.col + c);
        const cell = sheet.writableCell(insertAt + r, table.box.col + c);
        cell.numberFormat = above.numberFormat;
        cell.format = above.format;
        cell.validation = above.validation;
      }
    }
    sheet.writeValues(boxOf(insertAt, table.box.col, rows.length, table.box.cols), rows);
  }

  // ---- Names ----------------------------------------------------------------------------

  findName(name: string, scope: FakeSheet | null = null): FakeName | null {
    const folded = name.toLowerCase();
    const list = scope ? scope.names : this.names;
    return list.find((n) => n.name.toLowerCase() === folded) ?? null;
  }

  addName(scope: FakeSheet | null, name: unknown, reference: string, comment: unknown): FakeName {
    const wanted = checkIdentifier(name, 'defined');
    if (this.findName(wanted, scope) || (!scope && this.findTable(wanted))) {
      fail(CODES.itemAlreadyExists, `The name '${wanted}' already exists`);
    }
    const item = new FakeName(scope, wanted, reference, true, typeof comment === 'string' ? comment : '');
    (scope ? scope.names : this.names).push(item);
    return item;
  }

  // ---- Charts ---------------------------------------------------------------------------

  /**
   * Adds a chart over a block of cells. Series by columns: the first row names the series when
   * it holds no numbers, the first column gives the categories when it holds no numbers (else
   * it is a series too), as Excel's chart wizard decides.
   */
  addChart(sheet: FakeSheet, chartType: string, box: Box, seriesBy: string): FakeChart {
    const chart = new FakeChart(this.newId('chart'), `Chart ${this.nextChart++}`, sheet, chartType, box);
    const grid = sheet.readBox(box);
    const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && box.rows >= box.cols);
    const at = (i: number, j: number): StoredValue =>
      (byColumns ? grid[j]?.[i] : grid[i]?.[j]) ?? '';
    const lines = byColumns ? box.cols : box.rows;
    const points = byColumns ? box.rows : box.cols;
    const isLabel = (v: StoredValue): boolean => typeof v !== 'number';
    const namesFirst =
      points > 1 && Array.from({ length: lines }, (_, i) => at(i, 0)).every(isLabel);
    const categoriesFirst =
      lines > 1 &&
      Array.from({ length: points - (namesFirst ? 1 : 0) }, (_, j) =>
        at(0, j + (namesFirst ? 1 : 0)),
      ).every(isLabel);
    const first = namesFirst ? 1 : 0;
    const lineBox = (i: number, from: number, count: number): Box =>
      byColumns
        ? boxOf(box.row + from, box.col + i, count, 1)
        : boxOf(box.row + i, box.col + from, 1, count);
    if (categoriesFirst) chart.categoriesBox = lineBox(0, first, points - first);
    for (let i = categoriesFirst ? 1 : 0; i < lines; i++) {
      const name = namesFirst ? String(at(i, 0)) : `Series${chart.series.length + 1}`;
      chart.series.push(
        new FakeSeries(chart, name, namesFirst ? lineBox(i, 0, 1) : null, lineBox(i, first, points - first)),
      );
    }
    sheet.charts.push(chart);
    return chart;
  }

  // ---- Selection --------------------------------------------------------------------------

  activate(sheet: FakeSheet): void {
    if (sheet.visibility !== 'Visible') {
      fail(CODES.invalidOperation, `The hidden sheet '${sheet.name}' cannot be activated`);
    }
    this.activeSheet = sheet;
  }

  select(sheet: FakeSheet, box: Box): void {
    this.activate(sheet);
    this.selection = { sheet, box };
  }
}

/** A box of a sheet by address, failing as Excel does on a bad one. */
export function boxAt(address: unknown): Box {
  const box = typeof address === 'string' ? parseA1(address) : null;
  if (!box) return fail(CODES.invalidArgument, `'${String(address)}' is not a valid address`);
  return box;
}

export { MAX_ROWS };
