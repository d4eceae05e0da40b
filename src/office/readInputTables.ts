import { cellAddress } from '../domain/cells/address';
import type { RawTable, RawWorkbook } from '../domain/cells/rawTable';
import type { TableName } from '../domain/findings/finding';
import { foldHeader } from '../domain/model/columns';
import { identifyTable } from '../domain/reading/identifyTable';
import { rawTableFromOffice, rawValueOfOffice, topLeftOf } from './officeValues';
import type { SheetsAndTables, WorkbookStructure } from './workbookStructure';
import { queueTags } from './workbookStructure';

const NAMES: Record<TableName, readonly string[]> = {
  Plan: ['plan'],
  Opfolgning: ['opfolgning', 'opfølgning'],
  Indstillinger: ['indstillinger', 'settings'],
};
const KINDS: readonly TableName[] = ['Plan', 'Opfolgning', 'Indstillinger'];
const HEADER_SEARCH_ROWS = 20;

export type FoundBy = 'table name' | 'header row' | 'sheet name';

interface Candidate {
  readonly table: Excel.Table;
  readonly name: string;
  readonly header: Excel.Range;
  body: Excel.Range | null;
}

function loadBody(candidate: Candidate): void {
  candidate.body = candidate.table.getDataBodyRange().load('values,numberFormat');
}

function tableOf(kind: TableName, candidate: Candidate): RawTable | null {
  const body = candidate.body;
  if (!body) return null;
  return rawTableFromOffice(
    kind,
    candidate.header.address,
    candidate.header.values[0] ?? [],
    body.values,
    body.numberFormat,
  );
}

/** The block of a used range from its header row on (the first row that looks like the kind's header). */
function tableFromUsedRange(kind: TableName, used: Excel.Range): RawTable | null {
  const origin = topLeftOf(used.address);
  if (!origin) return null;
  const rows = used.values;
  let headerRow = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => identifyTable(row) === kind);
  if (headerRow < 0)
    headerRow = rows.findIndex((row) => row.some((v) => rawValueOfOffice(v) !== null));
  if (headerRow < 0) return null;
  return rawTableFromOffice(
    kind,
    cellAddress(origin.sheet, origin.row + headerRow, origin.col),
    rows[headerRow] ?? [],
    rows.slice(headerRow + 1),
    used.numberFormat.slice(headerRow + 1),
  );
}

/**
 * Reads `Plan`, `Opfolgning` and `Indstillinger` (domain §1): by table name, else an Excel
 * table whose header row matches, else the used range of a sheet with the table's name. One
 * sync loads every sheet's generated-sheet tag, the header rows of all tables and the bodies of
 * the named ones; a second is needed only when a table must be found by its header. Generated
 * sheets are never read as input.
 */
export async function readInputTables(
  context: Excel.RequestContext,
  lists: SheetsAndTables,
): Promise<{
  raw: RawWorkbook;
  foundBy: Partial<Record<TableName, FoundBy>>;
  structure: WorkbookStructure;
}> {
  const tagsAfterSync = queueTags(context, lists);
  const candidates: Candidate[] = lists.tables.map((t) => {
    const table = context.workbook.tables.getItem(t.name);
    return {
      table,
      name: t.name,
      header: table.getHeaderRowRange().load('values,address'),
      body: null,
    };
  });
  const chosen = new Map<TableName, { candidate: Candidate; by: FoundBy }>();
  for (const kind of KINDS) {
    const named = candidates.find((c) => NAMES[kind].includes(foldHeader(c.name)));
    if (named) {
      loadBody(named);
      chosen.set(kind, { candidate: named, by: 'table name' });
    }
  }
  const sheetsWithTables = new Set(lists.tables.map((t) => t.sheet));
  const usedRanges = new Map<TableName, Excel.Range>();
  for (const kind of KINDS) {
    if (chosen.has(kind)) continue;
    const sheet = lists.sheets.find(
      (s) => NAMES[kind].includes(foldHeader(s.name)) && !sheetsWithTables.has(s.name),
    );
    if (sheet) {
      const used = context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
      usedRanges.set(kind, used.load('values,numberFormat,address'));
    }
  }
  await context.sync();
  const structure = tagsAfterSync();

  const byHeader: TableName[] = [];
  const sheetOf = new Map(lists.tables.map((t) => [t.name, t.sheet]));
  for (const candidate of candidates) {
    if ([...chosen.values()].some((c) => c.candidate === candidate)) continue;
    if (structure.tags.has(sheetOf.get(candidate.name) ?? '')) continue;
    const kind = identifyTable(candidate.header.values[0] ?? []);
    if (kind && !chosen.has(kind)) {
      loadBody(candidate);
      chosen.set(kind, { candidate, by: 'header row' });
      byHeader.push(kind);
    }
  }
  if (byHeader.length > 0) await context.sync();

  const foundBy: Partial<Record<TableName, FoundBy>> = {};
  const read = (kind: TableName): RawTable | null => {
    const found = chosen.get(kind);
    if (found) {
      foundBy[kind] = found.by;
      return tableOf(kind, found.candidate);
    }
    const used = usedRanges.get(kind);
    if (!used || used.isNullObject) return null;
    foundBy[kind] = 'sheet name';
    return tableFromUsedRange(kind, used);
  };
  const raw = {
    plan: read('Plan'),
    opfolgning: read('Opfolgning'),
    indstillinger: read('Indstillinger'),
  };
  return { raw, foundBy, structure };
}
