import type { Workbook, Worksheet } from 'exceljs';
import { buildRawTable } from '../domain/cells/buildRawTable';
import type { RawTable, RawValue, RawWorkbook } from '../domain/cells/rawTable';
import { isBlank } from '../domain/cells/rawTable';
import type { TableName } from '../domain/findings/finding';
import type { FoundBy, SheetCandidate } from '../domain/reading/chooseInputTables';
import {
  chooseInputTables,
  HEADER_SEARCH_ROWS,
  headerRowOf,
} from '../domain/reading/chooseInputTables';
import { rawValueOf } from './rawValueOf';

export interface FoundTables {
  readonly raw: RawWorkbook;
  readonly foundBy: Readonly<Partial<Record<TableName, FoundBy>>>;
}

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

/** The used range of a sheet from its header row on, as a block. */
function sheetBlock(kind: TableName, sheet: Worksheet): Block | null {
  const top: RawValue[][] = [];
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const row: RawValue[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => row.push(rawValueOf(cell.value)));
    top.push(row);
  }
  const headerRow = headerRowOf(kind, top);
  return headerRow < 0 ? null : blockFromHeader(sheet, headerRow + 1);
}

/**
 * Finds `Plan`, `Opfolgning` and `Indstillinger` in a workbook by the domain's rule
 * ({@link chooseInputTables}): Excel table name, else an Excel table's header row, else the used
 * range of a sheet with the table's name. A table not found is null. Sheets PlanStatus generated
 * are never read as input.
 */
export function findInputTables(
  workbook: Workbook,
  generatedSheets: ReadonlySet<string> = new Set(),
): FoundTables {
  const tables = excelTables(workbook);
  const sheets: SheetCandidate[] = [];
  workbook.eachSheet((sheet) =>
    sheets.push({
      name: sheet.name,
      hasTables: sheet.getTables().length > 0,
      generated: generatedSheets.has(sheet.name),
    }),
  );
  const choices = chooseInputTables(
    tables.map((t) => ({ name: t.name, sheet: t.block.sheet.name, header: headerValues(t.block) })),
    sheets,
  );
  const foundBy: Partial<Record<TableName, FoundBy>> = {};
  const read = (kind: TableName): RawTable | null => {
    const choice = choices[kind];
    if (!choice) return null;
    let block: Block | null = null;
    if (choice.source === 'table')
      block = tables.find((t) => t.name === choice.table)?.block ?? null;
    else {
      const sheet = workbook.getWorksheet(choice.sheet);
      block = sheet ? sheetBlock(kind, sheet) : null;
    }
    if (!block) return null;
    foundBy[kind] = choice.by;
    return readBlock(kind, block);
  };
  const raw = {
    plan: read('Plan'),
    opfolgning: read('Opfolgning'),
    indstillinger: read('Indstillinger'),
  };
  return { raw, foundBy };
}
