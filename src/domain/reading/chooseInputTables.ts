import { isBlank } from '../cells/rawTable';
import type { RawValue } from '../cells/rawTable';
import type { TableName } from '../findings/finding';
import { foldHeader } from '../model/columns';
import { identifyTable } from './identifyTable';

/** The three input tables, in the order they are looked for. */
export const INPUT_TABLES: readonly TableName[] = ['Plan', 'Opfolgning', 'Indstillinger'];

/** The names each input table may go by, as an Excel table's name or a sheet's, folded. */
const NAMES: Record<TableName, readonly string[]> = {
  Plan: ['plan'],
  Opfolgning: ['opfolgning', 'opfølgning', 'follow-up'],
  Indstillinger: ['indstillinger', 'settings'],
};

/** Which input table a table or sheet name stands for, if any. */
export function inputTableOfName(name: string): TableName | null {
  const folded = foldHeader(name);
  return INPUT_TABLES.find((table) => NAMES[table].includes(folded)) ?? null;
}

/** How a table was found: by its Excel table name, by its header row, or as a sheet's used range. */
export type FoundBy = 'table name' | 'header row' | 'sheet name';

/** An Excel table in the workbook, with its header row. */
export interface TableCandidate {
  readonly name: string;
  readonly sheet: string;
  readonly header: readonly RawValue[];
}

/** A worksheet in the workbook. */
export interface SheetCandidate {
  readonly name: string;
  /** True when the sheet holds an Excel table (its cells are then read only through the table). */
  readonly hasTables: boolean;
  /** True when PlanStatus generated the sheet: never read as input. */
  readonly generated: boolean;
}

export type TableChoice =
  | { readonly source: 'table'; readonly table: string; readonly by: 'table name' | 'header row' }
  | { readonly source: 'sheet'; readonly sheet: string; readonly by: 'sheet name' };

/**
 * Where each input table is (domain §1), the same for every host: an Excel table with the
 * table's name; else an Excel table whose header row has the table's required columns; else the
 * used range of a sheet with the table's name that holds no Excel table. Tables on generated
 * sheets are never input. A table found nowhere is missing.
 */
export function chooseInputTables(
  tables: readonly TableCandidate[],
  sheets: readonly SheetCandidate[],
): Record<TableName, TableChoice | null> {
  const generated = new Set(sheets.filter((s) => s.generated).map((s) => s.name));
  const usable = tables.filter((t) => !generated.has(t.sheet));
  const chosen: Record<TableName, TableChoice | null> = {
    Plan: null,
    Opfolgning: null,
    Indstillinger: null,
  };
  const used = new Set<string>();
  for (const kind of INPUT_TABLES) {
    const named = usable.find((t) => inputTableOfName(t.name) === kind && !used.has(t.name));
    if (named) {
      chosen[kind] = { source: 'table', table: named.name, by: 'table name' };
      used.add(named.name);
    }
  }
  for (const kind of INPUT_TABLES) {
    if (chosen[kind]) continue;
    const byHeader = usable.find((t) => !used.has(t.name) && identifyTable(t.header) === kind);
    if (byHeader) {
      chosen[kind] = { source: 'table', table: byHeader.name, by: 'header row' };
      used.add(byHeader.name);
    }
  }
  for (const kind of INPUT_TABLES) {
    if (chosen[kind]) continue;
    const sheet = sheets.find(
      (s) => !s.generated && !s.hasTables && inputTableOfName(s.name) === kind,
    );
    if (sheet) chosen[kind] = { source: 'sheet', sheet: sheet.name, by: 'sheet name' };
  }
  return chosen;
}

/** Rows searched for a header row at the top of a sheet. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The row of a sheet's used range that is the table's header: the first of the top rows whose
 * headers match the table's required columns, else the first row that is not empty. -1 when
 * the range is empty.
 */
export function headerRowOf(kind: TableName, rows: readonly (readonly RawValue[])[]): number {
  const matching = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => identifyTable(row) === kind);
  if (matching >= 0) return matching;
  return rows.findIndex((row) => row.some((v) => !isBlank(v)));
}
