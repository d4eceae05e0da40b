import type { Box } from './addresses';
import { boxesOverlap, boxOf, formatBox, isWholeColumns, isWholeRows, parseA1 } from './addresses';
import type { StoredValue } from './cellInput';
import { FakeChart, FakeName, FakeSeries, FakeTable } from './documentObjects';
import { CODES, fail } from './errors';
import { FakeSheet } from './fakeSheet';

/*
 * The document the fake Excel holds: what a user would see in the workbook. Proxies change it
 * only while a request runs; tests build it directly and look at it after each action.
 */

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
        : typeof index === 'number' &&
            Number.isInteger(index) &&
            index >= 0 &&
            index <= table.box.rows - 1
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
    const item = new FakeName(
      scope,
      wanted,
      reference,
      true,
      typeof comment === 'string' ? comment : '',
    );
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
    const chart = new FakeChart(
      this.newId('chart'),
      `Chart ${this.nextChart++}`,
      sheet,
      chartType,
      box,
    );
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
        new FakeSeries(
          chart,
          name,
          namesFirst ? lineBox(i, 0, 1) : null,
          lineBox(i, first, points - first),
        ),
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
