import { cellAddress } from '../domain/cells/address';
import type { RawTable, RawWorkbook } from '../domain/cells/rawTable';
import type { TableName } from '../domain/findings/finding';
import type { FoundBy, TableChoice } from '../domain/reading/chooseInputTables';
import {
  chooseInputTables,
  headerRowOf,
  INPUT_TABLES,
  inputTableOfName,
} from '../domain/reading/chooseInputTables';
import { rawTableFromOffice, rawValueOfOffice, topLeftOf } from './officeValues';
import type { SheetsAndTables, WorkbookStructure } from './workbookStructure';
import { queueTags } from './workbookStructure';

export type { FoundBy };

/** What reading found: the raw tables, where each came from, and the workbook's structure. */
export interface InputTables {
  readonly raw: RawWorkbook;
  readonly foundBy: Partial<Record<TableName, FoundBy>>;
  readonly choices: Record<TableName, TableChoice | null>;
  readonly structure: WorkbookStructure;
}

/** The block of a used range from its header row on. */
function tableFromUsedRange(kind: TableName, used: Excel.Range): RawTable | null {
  const origin = topLeftOf(used.address);
  if (!origin) return null;
  const rows = used.values.map((row) => row.map(rawValueOfOffice));
  const headerRow = headerRowOf(kind, rows);
  if (headerRow < 0) return null;
  return rawTableFromOffice(
    kind,
    cellAddress(origin.sheet, origin.row + headerRow, origin.col),
    used.values[headerRow] ?? [],
    used.values.slice(headerRow + 1),
    used.numberFormat.slice(headerRow + 1),
  );
}

/**
 * Reads `Plan`, `Opfolgning` and `Indstillinger` by the domain's rule (chooseInputTables): table
 * name, else a table's header row, else the used range of a sheet with the table's name. One sync
 * loads every sheet's generated-sheet tag, the header rows of all tables, and what is usually
 * chosen (tables and sheets named after an input table); a second sync is needed only when a
 * table is found by its header. Generated sheets are never read as input.
 */
export async function readInputTables(
  context: Excel.RequestContext,
  lists: SheetsAndTables,
): Promise<InputTables> {
  const tagsAfterSync = queueTags(context, lists);
  const headers = lists.tables.map((t) => ({
    ...t,
    range: context.workbook.tables.getItem(t.name).getHeaderRowRange().load('values,address'),
  }));
  const bodies = new Map<string, Excel.Range>();
  const loadBody = (table: string): void => {
    bodies.set(
      table,
      context.workbook.tables.getItem(table).getDataBodyRange().load('values,numberFormat'),
    );
  };
  for (const t of lists.tables) if (inputTableOfName(t.name)) loadBody(t.name);
  const sheetsWithTables = new Set(lists.tables.map((t) => t.sheet));
  const usedRanges = new Map<string, Excel.Range>();
  for (const s of lists.sheets) {
    if (sheetsWithTables.has(s.name) || !inputTableOfName(s.name)) continue;
    const used = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
    usedRanges.set(s.name, used.load('values,numberFormat,address'));
  }
  await context.sync();
  const structure = tagsAfterSync();

  const choices = chooseInputTables(
    headers.map((h) => ({
      name: h.name,
      sheet: h.sheet,
      header: (h.range.values[0] ?? []).map(rawValueOfOffice),
    })),
    lists.sheets.map((s) => ({
      name: s.name,
      hasTables: sheetsWithTables.has(s.name),
      generated: structure.tags.has(s.name),
    })),
  );
  let more = false;
  for (const kind of INPUT_TABLES) {
    const choice = choices[kind];
    if (choice?.source === 'table' && !bodies.has(choice.table)) {
      loadBody(choice.table);
      more = true;
    }
  }
  if (more) await context.sync();

  const foundBy: Partial<Record<TableName, FoundBy>> = {};
  const read = (kind: TableName): RawTable | null => {
    const choice = choices[kind];
    if (!choice) return null;
    let table: RawTable | null = null;
    if (choice.source === 'table') {
      const header = headers.find((h) => h.name === choice.table)?.range;
      const body = bodies.get(choice.table);
      if (header && body) {
        table = rawTableFromOffice(
          kind,
          header.address,
          header.values[0] ?? [],
          body.values,
          body.numberFormat,
        );
      }
    } else {
      const used = usedRanges.get(choice.sheet);
      if (used && !used.isNullObject) table = tableFromUsedRange(kind, used);
    }
    if (table) foundBy[kind] = choice.by;
    return table;
  };
  const raw = {
    plan: read('Plan'),
    opfolgning: read('Opfolgning'),
    indstillinger: read('Indstillinger'),
  };
  return { raw, foundBy, choices, structure };
}
