import { cellAddress } from './address';
import type { RawTable, RawValue } from './rawTable';

/**
 * Builds a raw table from a block of values whose header row starts at (`top`, `left`),
 * 1-based. Hosts and tests use it so that every cell carries its address.
 */
export function buildRawTable(options: {
  name: string;
  sheet: string;
  top: number;
  left: number;
  values: readonly (readonly RawValue[])[];
  formats?: readonly (readonly string[])[];
}): RawTable {
  const { name, sheet, top, left, values, formats } = options;
  const cells = values.map((row, r) =>
    row.map((value, c) => ({
      value,
      format: formats?.[r]?.[c] ?? 'General',
      address: cellAddress(sheet, top + r, left + c),
    })),
  );
  return { name, sheet, header: cells[0] ?? [], rows: cells.slice(1) };
}
