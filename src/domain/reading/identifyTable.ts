import type { TableName } from '../findings/finding';
import type { ColumnSpec } from '../model/columns';
import {
  headerMatches,
  OBSERVATION_COLUMNS,
  PLAN_COLUMNS,
  SETTINGS_COLUMNS,
} from '../model/columns';

const SIGNATURES: readonly { table: TableName; columns: readonly ColumnSpec<string>[] }[] = [
  { table: 'Plan', columns: PLAN_COLUMNS.filter((c) => c.required) },
  { table: 'Opfolgning', columns: OBSERVATION_COLUMNS.filter((c) => c.required) },
  { table: 'Indstillinger', columns: SETTINGS_COLUMNS },
];

/**
 * Which input table a header row belongs to, by its required columns (in any order, Danish
 * or English); null when it is none of them. Hosts use it to find tables that were not named.
 */
export function identifyTable(headers: readonly unknown[]): TableName | null {
  const texts = headers.filter((h): h is string => typeof h === 'string');
  for (const { table, columns } of SIGNATURES) {
    if (columns.every((spec) => texts.some((text) => headerMatches(text, spec)))) return table;
  }
  return null;
}
