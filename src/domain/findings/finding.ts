import type { LocalText } from '../text/localText';
import type { FindingCode } from './messages';

export type Severity = 'error' | 'warning';

/** The tables a finding can point into, by their canonical names. */
export type TableName = 'Plan' | 'Opfolgning' | 'Indstillinger';

/** Where in the workbook a finding points. */
export interface Place {
  readonly table: TableName;
  /** 1-based data row (the first row under the header is 1), or null for the whole table. */
  readonly row: number | null;
  /** The column's header as written in the workbook, or null. */
  readonly column: string | null;
  /** The cell's address with its sheet (`Plan!M8`), or null when there is no cell. */
  readonly address: string | null;
}

/** A problem found in the user's tables. Errors block the goal or row they concern. */
export interface Finding extends Place {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly message: LocalText;
  /** The goal the finding concerns, when there is one. */
  readonly goalId: string | null;
}

/** The place of a whole table. */
export function tablePlace(table: TableName): Place {
  return { table, row: null, column: null, address: null };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  let error = 0;
  let warning = 0;
  for (const f of findings) {
    if (f.severity === 'error') error += 1;
    else warning += 1;
  }
  return { error, warning };
}
