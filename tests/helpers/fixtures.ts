import { readFileSync } from 'fs';
import { join } from 'path';
import { buildRawTable } from '../../src/domain/cells/buildRawTable';
import { parseCsv } from '../../src/domain/cells/parseCsv';
import type { RawTable, RawValue, RawWorkbook } from '../../src/domain/cells/rawTable';
import { typedEntry } from '../../src/domain/cells/typedEntry';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function readFixture(...path: string[]): string {
  return readFileSync(join(FIXTURES, ...path), 'utf8');
}

/** A table as Excel would hold a CSV typed in by a Danish user, on a sheet of its own at A1. */
export function tableFromCsv(sheet: string, csv: string): RawTable {
  const values: RawValue[][] = parseCsv(csv).map((row, r) =>
    row.map((text) => (r === 0 ? text : typedEntry(text))),
  );
  return buildRawTable({ name: sheet, sheet, top: 1, left: 1, values });
}

/** A table from rows of values (header first), on a sheet of its own at A1. */
export function tableFromValues(
  sheet: string,
  values: RawValue[][],
  formats?: string[][],
): RawTable {
  return buildRawTable({
    name: sheet,
    sheet,
    top: 1,
    left: 1,
    values,
    ...(formats ? { formats } : {}),
  });
}

/** The worked example (Ishøj 2015) as a raw workbook read from the CSV fixtures. */
export function exampleWorkbook(dir = 'ishoj-2015'): RawWorkbook {
  return {
    plan: tableFromCsv('Plan', readFixture(dir, 'plan.csv')),
    opfolgning: tableFromCsv('Opfolgning', readFixture(dir, 'opfolgning.csv')),
    indstillinger: tableFromCsv('Indstillinger', readFixture(dir, 'indstillinger.csv')),
  };
}

export const TODAY = { year: 2015, month: 9, day: 15 } as const;
