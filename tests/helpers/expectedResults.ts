import { parseCsv } from '../../src/domain/cells/parseCsv';
import type { GoalResult } from '../../src/domain/model/goalResult';
import { readFixture } from './fixtures';

/** One row of the worked example's expected.csv. */
export interface ExpectedResult {
  readonly id: string;
  readonly status: string;
  readonly final: boolean;
  readonly actual: number | null;
  readonly expected: number | null;
  readonly attainment: number | null;
}

/** Every row of tests/fixtures/ishoj-2015/expected.csv, in plan order. */
export const EXPECTED_RESULTS: readonly ExpectedResult[] = parseCsv(
  readFixture('ishoj-2015', 'expected.csv'),
)
  .slice(1)
  .map(([id = '', status = '', final, a, e, attainment]) => ({
    id,
    status,
    final: final === 'true',
    actual: a ? Number(a) : null,
    expected: e ? Number(e) : null,
    attainment: attainment ? Number(attainment) : null,
  }));

const round3 = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 1000) / 1000;

/** Results as expected.csv states them: status, final, and A, E and attainment to 3 decimals. */
export function asExpected(results: readonly GoalResult[]): ExpectedResult[] {
  return results.map((r) => ({
    id: r.id,
    status: r.status,
    final: r.final,
    actual: round3(r.actual),
    expected: round3(r.expected),
    attainment: round3(r.attainment),
  }));
}
