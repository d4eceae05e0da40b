import type { RawTable } from '../cells/rawTable';
import type { Finding, TableName } from '../findings/finding';
import { makeFinding } from '../findings/makeFinding';
import type { ColumnSpec } from '../model/columns';
import { headerMatches } from '../model/columns';

/** Where each known column of a table is, and its header as written. */
export interface ColumnMap<F extends string> {
  readonly index: Readonly<Partial<Record<F, number>>>;
  readonly headers: Readonly<Partial<Record<F, string>>>;
  /** Every field's header for messages: as written where the column exists, else the Danish. */
  readonly names: Readonly<Record<F, string>>;
}

/**
 * Finds the known columns in a table's header row, in any order, by Danish header or English
 * alias. Unknown columns are ignored; a missing required column or a repeated one is a finding.
 */
export function mapColumns<F extends string>(
  table: RawTable,
  tableName: TableName,
  specs: readonly ColumnSpec<F>[],
): { map: ColumnMap<F>; findings: Finding[] } {
  const index: Partial<Record<F, number>> = {};
  const headers: Partial<Record<F, string>> = {};
  const names = {} as Record<F, string>;
  const findings: Finding[] = [];
  table.header.forEach((cell, i) => {
    if (typeof cell.value !== 'string') return;
    const text = cell.value.trim();
    const spec = specs.find((s) => headerMatches(text, s));
    if (!spec) return;
    if (index[spec.field] !== undefined) {
      findings.push(
        makeFinding(
          'TABLE_DUPLICATE_COLUMN',
          { column: text },
          { table: tableName, row: null, column: text, address: cell.address },
        ),
      );
      return;
    }
    index[spec.field] = i;
    headers[spec.field] = text;
  });
  for (const spec of specs) {
    names[spec.field] = headers[spec.field] ?? spec.da;
    if (spec.required && index[spec.field] === undefined) {
      findings.push(
        makeFinding(
          'TABLE_MISSING_COLUMN',
          { table: tableName, column: spec.da, alias: spec.en },
          {
            table: tableName,
            row: null,
            column: spec.da,
            address: table.header[0]?.address ?? null,
          },
        ),
      );
    }
  }
  return { map: { index, headers, names }, findings };
}
