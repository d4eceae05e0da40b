import type { Analysis } from '../../../src/domain/analyzeWorkbook';
import type { RawTable, RawValue } from '../../../src/domain/cells/rawTable';
import type { ColumnSpec } from '../../../src/domain/model/columns';
import type { GoalResult } from '../../../src/domain/model/goalResult';
import { STATUSES } from '../../../src/domain/model/status';
import { tableFromValues } from '../../helpers/fixtures';

/** A cell's value and, optionally, its number format. */
export interface Cell {
  readonly value: RawValue;
  readonly format?: string;
}

/**
 * A table on a sheet of its own at A1 with the given columns (Danish headers) and one row per
 * record; a field a record leaves out is an empty cell.
 */
export function tableOf<F extends string>(
  sheet: string,
  columns: readonly ColumnSpec<F>[],
  rows: readonly Partial<Record<F, RawValue | Cell>>[],
): RawTable {
  const cells = rows.map((row) =>
    columns.map((c): Cell => {
      const cell = row[c.field];
      if (cell === undefined) return { value: null };
      return isCell(cell) ? cell : { value: cell };
    }),
  );
  return tableFromValues(
    sheet,
    [columns.map((c) => c.da), ...cells.map((row) => row.map((c) => c.value))],
    [columns.map(() => 'General'), ...cells.map((row) => row.map((c) => c.format ?? 'General'))],
  );
}

function isCell(value: RawValue | Cell): value is Cell {
  return typeof value === 'object' && value !== null && 'value' in value;
}

export const STATUS_CODES: readonly string[] = STATUSES.map((s) => s.code);

/** The number fields of a result: each is null or a finite number. */
export const NUMERIC_FIELDS = [
  'actual',
  'expected',
  'attainment',
  'q',
  'deviation',
  'benchmark',
  'target',
  'timeFraction',
  'change',
  'changeRatio',
] as const satisfies readonly (keyof GoalResult)[];

/** The fields of a result that are not null or finite, with their values (empty when all are). */
export function nonFiniteFields(result: GoalResult): Record<string, unknown> {
  const bad: Record<string, unknown> = {};
  for (const field of NUMERIC_FIELDS) {
    const value = result[field];
    if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
      bad[field] = value;
    }
  }
  return bad;
}

/** What is wrong with a result's shape (domain §4.5); empty when nothing is. */
export function resultProblems(result: GoalResult): string[] {
  const problems = Object.entries(nonFiniteFields(result)).map(
    ([field, value]) => `${field} is ${String(value)}`,
  );
  if (!STATUS_CODES.includes(result.status)) problems.push(`status ${String(result.status)}`);
  if (typeof result.final !== 'boolean') problems.push('final is not a boolean');
  for (const language of ['da', 'en'] as const) {
    const text: unknown = result.explanation[language];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`explanation.${language}`);
  }
  // Domain §4.4: a no_data result is never final.
  if (result.status === 'no_data' && result.final) problems.push('final no_data');
  if (result.actualPeriod !== null && result.actualPeriod.end < result.actualPeriod.start) {
    problems.push('actual period ends before it starts');
  }
  return problems;
}

/** Checks every result of an analysis and that there is one per goal, in plan order. */
export function expectWellFormedResults(analysis: Analysis): void {
  expect(analysis.results.map((r) => r.id)).toEqual(analysis.goals.map((g) => g.id));
  const bad = analysis.results
    .map((result) => ({ problems: resultProblems(result), result }))
    .filter(({ problems }) => problems.length > 0);
  expect(bad).toEqual([]);
}
