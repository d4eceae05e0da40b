import { parseCsv } from '../cells/parseCsv';
import type { RawValue } from '../cells/rawTable';
import { typedEntry } from '../cells/typedEntry';
import { ISHOJ_2015_CSV } from './ishoj2015Csv';

/** A table as a block of values: the header row, then the data rows. */
export interface ValueGrid {
  readonly header: readonly string[];
  readonly rows: readonly (readonly RawValue[])[];
}

function grid(csv: string): ValueGrid {
  const [header = [], ...rows] = parseCsv(csv);
  return { header, rows: rows.map((row) => row.map(typedEntry)) };
}

/**
 * The worked example's three tables with values as Excel holds them once typed in: numbers
 * as numbers, periods and texts as text.
 */
export function exampleTables(): {
  plan: ValueGrid;
  opfolgning: ValueGrid;
  indstillinger: ValueGrid;
} {
  return {
    plan: grid(ISHOJ_2015_CSV.plan),
    opfolgning: grid(ISHOJ_2015_CSV.opfolgning),
    indstillinger: grid(ISHOJ_2015_CSV.indstillinger),
  };
}
