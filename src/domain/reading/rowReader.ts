import type { RawCell } from '../cells/rawTable';
import { isBlank, isExcelError } from '../cells/rawTable';
import { readNumberCell } from '../cells/readNumberCell';
import type { Finding, Place, TableName } from '../findings/finding';
import { makeFinding } from '../findings/makeFinding';
import type { Expected } from '../findings/messages';
import type { Origin } from '../model/plan';
import type { Choice } from '../model/vocabulary';
import { findChoice, listChoices } from '../model/vocabulary';
import type { Period } from '../periods/period';
import { readPeriodCell } from '../periods/readPeriodCell';
import type { ColumnMap } from './mapColumns';

/** True when every cell of a row is empty or white space. */
export function isEmptyRow(cells: readonly RawCell[]): boolean {
  return cells.every((cell) => isBlank(cell.value));
}

/**
 * Reads the fields of one data row, turning every unreadable cell into a finding with its
 * address. A field whose cell could not be read reads as null and is remembered as failed,
 * so that later checks do not also call it missing.
 */
export class RowReader<F extends string> {
  readonly findings: Finding[] = [];
  private readonly failedFields = new Set<F>();
  goalId: string | null = null;

  constructor(
    private readonly table: TableName,
    readonly row: number,
    private readonly cells: readonly RawCell[],
    private readonly map: ColumnMap<F>,
  ) {}

  cell(field: F): RawCell | undefined {
    const i = this.map.index[field];
    return i === undefined ? undefined : this.cells[i];
  }

  name(field: F): string {
    return this.map.names[field];
  }

  place(field: F): Place {
    return {
      table: this.table,
      row: this.row,
      column: this.name(field),
      address: this.cell(field)?.address ?? null,
    };
  }

  failed(field: F): boolean {
    return this.failedFields.has(field);
  }

  /** Records a finding about a field; an error marks the field as failed. */
  report(finding: Finding, field: F): void {
    this.findings.push(finding);
    if (finding.severity === 'error') this.failedFields.add(field);
  }

  /** Reads text; numbers become their digits (an Id of 12 is "12"). Empty → null. */
  text(field: F): string | null {
    const value = this.cell(field)?.value ?? null;
    if (value === null) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
    if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
    this.unreadable(field, value, 'text');
    return null;
  }

  number(field: F): number | null {
    const reading = readNumberCell(this.cell(field));
    switch (reading.kind) {
      case 'empty':
        return null;
      case 'number':
        if (reading.fromText) {
          this.report(
            this.finding('CELL_NUMBER_AS_TEXT', field, {
              shown: reading.fromText.text,
              value: reading.value,
              english: reading.fromText.english,
            }),
            field,
          );
        }
        return reading.value;
      case 'invalid':
        if (reading.problem === 'errorValue' || reading.problem === 'boolean') {
          this.unreadable(field, this.cell(field)?.value ?? null, 'number');
        } else if (reading.problem === 'emptyText') {
          this.report(this.finding('CELL_EMPTY_TEXT', field, { expected: 'number' }), field);
        } else {
          this.report(this.finding('CELL_NOT_A_NUMBER', field, { shown: reading.shown }), field);
        }
        return null;
    }
  }

  period(field: F): Period | null {
    const reading = readPeriodCell(this.cell(field));
    switch (reading.kind) {
      case 'empty':
        return null;
      case 'period':
        return reading.period;
      case 'invalid':
        if (reading.problem === 'errorValue' || reading.problem === 'boolean') {
          this.unreadable(field, this.cell(field)?.value ?? null, 'period');
        } else {
          const code =
            reading.problem === 'endBeforeStart' ? 'PERIOD_END_BEFORE_START' : 'PERIOD_UNREADABLE';
          this.report(this.finding(code, field, { shown: reading.shown }), field);
        }
        return null;
    }
  }

  /** Reads one of a list of allowed values; anything else is a finding listing them. */
  choice<C extends string>(field: F, choices: readonly Choice<C>[]): C | null {
    const text = this.text(field);
    if (text === null) return null;
    const found = findChoice(choices, text);
    if (found) return found.code;
    this.report(
      this.finding('UNKNOWN_VALUE', field, {
        column: this.name(field),
        shown: text,
        allowed: listChoices(choices),
      }),
      field,
    );
    return null;
  }

  /** Reports a required field that is empty (unless its cell was already reported). */
  requireValue(field: F, present: boolean, because: Finding['message'] | null = null): void {
    if (present || this.failed(field)) return;
    this.report(
      this.finding('REQUIRED_VALUE_MISSING', field, { column: this.name(field), because }),
      field,
    );
  }

  origin(): Origin<F> {
    const cells: Partial<Record<F, string>> = {};
    for (const field of Object.keys(this.map.index) as F[]) {
      const address = this.cell(field)?.address;
      if (address !== undefined) cells[field] = address;
    }
    return { row: this.row, headers: this.map.names, cells };
  }

  finding<C extends Parameters<typeof makeFinding>[0]>(
    code: C,
    field: F,
    params: Parameters<typeof makeFinding<C>>[1],
  ): Finding {
    return makeFinding(code, params, this.place(field), this.goalId);
  }

  private unreadable(field: F, value: RawCell['value'], expected: Expected): void {
    if (value !== null && isExcelError(value)) {
      this.report(this.finding('CELL_ERROR_VALUE', field, { shown: value.error, expected }), field);
    } else {
      this.report(this.finding('CELL_BOOLEAN', field, { value: value === true, expected }), field);
    }
  }
}
