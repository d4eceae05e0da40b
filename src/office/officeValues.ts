import { splitAddress } from '../domain/cells/address';
import { buildRawTable } from '../domain/cells/buildRawTable';
import type { RawTable, RawValue } from '../domain/cells/rawTable';

/** The error values Excel shows; Office.js returns them as these strings in `values`. */
const ERROR_VALUES =
  /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/** A value as Office.js returns it, as the domain wants it: empty cells null, error values errors. */
export function rawValueOfOffice(value: unknown): RawValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return ERROR_VALUES.test(value) ? { error: value } : value;
  return String(value);
}

/** Row and column (1-based) of the top-left cell of an address such as `'Min plan'!B3:F20`. */
export function topLeftOf(address: string): { sheet: string; row: number; col: number } | null {
  const split = splitAddress(address);
  if (!split) return null;
  const match = /^([A-Z]+)(\d+)/.exec(split.cell);
  if (!match) return null;
  const col = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet: split.sheet, row: Number(match[2]), col };
}

/** A raw table from blocks read through Office.js: the header row and the rows under it. */
export function rawTableFromOffice(
  name: string,
  headerAddress: string,
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
): RawTable | null {
  const origin = topLeftOf(headerAddress);
  if (!origin) return null;
  const values: RawValue[][] = [
    header.map(rawValueOfOffice),
    ...body.map((row) => row.map(rawValueOfOffice)),
  ];
  const formatRows: string[][] = [
    header.map(() => 'General'),
    ...formats.map((row) => row.map((f) => (typeof f === 'string' && f !== '' ? f : 'General'))),
  ];
  return buildRawTable({
    name,
    sheet: origin.sheet,
    top: origin.row,
    left: origin.col,
    values,
    formats: formatRows,
  });
}
