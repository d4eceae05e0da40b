import type { Workbook, Worksheet } from 'exceljs';
import { buildRawTable } from '../domain/cells/buildRawTable';
import type { RawTable, RawValue, RawWorkbook } from '../domain/cells/rawTable';
import { isBlank } from '../domain/cells/rawTable';
import type { TableName } from '../domain/findings/finding';
import { foldHeader } from '../domain/model/columns';
import { identifyTable } from '../domain/reading/identifyTable';
import { rawValueOf } from './rawValueOf';

/** How a table was found: by its Excel table name, by its header row, or as a sheet from A1. */
export type FoundBy = 'table name' | 'header row' | 'sheet name';

export interface FoundTables {
  readonly raw: RawWorkbook;
  readonly foundBy: Readonly<Partial<Record<TableName, FoundBy>>>;
}

/** Names each input table may go by (table name or sheet name), folded. */
const NAMES: Record<TableName, readonly string[]> = {
  Plan: ['plan'],
  Opfolgning: ['opfolgning', 'opfølgning'],
  Indstillinger: ['indstillinger', 'settings'],
};

const HEADER_SEARCH_ROWS = 20;

interface Block {
  readonly sheet: Worksheet;
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

/** An Excel table's block, from its `A1:S25` reference. */
function tableBlock(sheet: Worksheet, ref: string): Block | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!match) return null;
  const col = (letters: string): number =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = col(match[1] ?? 'A');
  const top = Number(match[2]);
  return {
    sheet,
    top,
    left,
    right: match[3] ? col(match[3]) : left,
    bottom: match[4] ? Number(match[4]) : top,
  };
}

/** A block that starts at a header row and runs to the last used row of the sheet. */
function blockFromHeader(sheet: Worksheet, top: number): Block {
  const header = sheet.getRow(top);
  let left = 0;
  let right = 0;
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    if (isBlank(rawValueOf(cell.value))) return;
    if (left === 0) left = col;
    right = col;
  });
  return {
    sheet,
    top,
    left: Math.max(1, left),
    right: Math.max(1, right),
    bottom: Math.max(top, sheet.rowCount),
  };
}

function readBlock(name: string, block: Block): RawTable {
  const values: RawValue[][] = [];
  const formats: string[][] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    const row = block.sheet.getRow(r);
    const rowValues: RawValue[] = [];
    const rowFormats: string[] = [];
    for (let c = block.left; c <= block.right; c++) {
      const cell = row.getCell(c);
      rowValues.push(rawValueOf(cell.value));
      rowFormats.push(cell.numFmt || 'General');
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return buildRawTable({
    name,
    sheet: block.sheet.name,
    top: block.top,
    left: block.left,
    values,
    formats,
  });
}

function headerValues(block: Block): RawValue[] {
  const row = block.sheet.getRow(block.top);
  const values: RawValue[] = [];
  for (let c = block.left; c <= block.right; c++) values.push(rawValueOf(row.getCell(c).value));
  return values;
}

/** The Excel tables of a workbook with their blocks. */
function excelTables(workbook: Workbook): { name: string; block: Block }[] {
  const found: { name: string; block: Block }[] = [];
  workbook.eachSheet((sheet) => {
    for (const table of sheet.getTables()) {
      // ExcelJS keeps a loaded table's model, including its reference, on `table.table`.
      const model = (
        table as unknown as { table?: { name?: string; tableRef?: string; ref?: string } }
      ).table;
      const ref = model?.tableRef ?? model?.ref;
      const block = ref ? tableBlock(sheet, ref) : null;
      if (block && model?.name) found.push({ name: model.name, block });
    }
  });
  return found;
}

/**
 * Finds `Plan`, `Opfolgning` and `Indstillinger` in a workbook (domain §1): by Excel table
 * name, else by an Excel table or a row in the first 20 rows of a sheet whose headers match,
 * else as the block from A1 of a sheet with the table's name. A table not found is null.
 * Sheets PlanStatus generated are never read as input.
 */
export function findInputTables(
  workbook: Workbook,
  generatedSheets: ReadonlySet<string> = new Set(),
): FoundTables {
  const found = new Map<TableName, { block: Block; by: FoundBy }>();
  const tables = excelTables(workbook).filter((t) => !generatedSheets.has(t.block.sheet.name));
  const wanted: TableName[] = ['Plan', 'Opfolgning', 'Indstillinger'];

  for (const table of wanted) {
    const match = tables.find((t) => NAMES[table].includes(foldHeader(t.name)));
    if (match) found.set(table, { block: match.block, by: 'table name' });
  }
  for (const t of tables) {
    const kind = identifyTable(headerValues(t.block));
    if (kind && !found.has(kind)) found.set(kind, { block: t.block, by: 'header row' });
  }
  workbook.eachSheet((sheet) => {
    if (generatedSheets.has(sheet.name)) return;
    const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= last; r++) {
      const values: RawValue[] = [];
      sheet
        .getRow(r)
        .eachCell({ includeEmpty: false }, (cell) => values.push(rawValueOf(cell.value)));
      const kind = identifyTable(values);
      if (kind && !found.has(kind))
        found.set(kind, { block: blockFromHeader(sheet, r), by: 'header row' });
    }
  });
  workbook.eachSheet((sheet) => {
    if (generatedSheets.has(sheet.name)) return;
    const table = wanted.find((t) => NAMES[t].includes(foldHeader(sheet.name)));
    if (table && !found.has(table) && sheet.rowCount > 0) {
      found.set(table, { block: blockFromHeader(sheet, 1), by: 'sheet name' });
    }
  });

  const read = (table: TableName): RawTable | null => {
    const f = found.get(table);
    return f ? readBlock(table, f.block) : null;
  };
  const foundBy: Partial<Record<TableName, FoundBy>> = {};
  for (const [table, f] of found) foundBy[table] = f.by;
  return {
    raw: {
      plan: read('Plan'),
      opfolgning: read('Opfolgning'),
      indstillinger: read('Indstillinger'),
    },
    foundBy,
  };
}
