/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface ExcelError {
  readonly error: string;
}

/** A cell's value as a host reads it. Empty cells are `null`; dates are serial numbers. */
export type RawValue = number | string | boolean | null | ExcelError;

/** One cell of a table as a host reads it: value, number format and A1 address with sheet. */
export interface RawCell {
  readonly value: RawValue;
  /** Excel number format code, e.g. `General`, `0%`, `dd-mm-yyyy`, `@`. */
  readonly format: string;
  /** Address including the sheet, e.g. `Plan!B3`. */
  readonly address: string;
}

/** A table as a host reads it: the header row and the data rows below it. */
export interface RawTable {
  /** The name it was found by: a table name, or the sheet name for a plain range. */
  readonly name: string;
  readonly sheet: string;
  readonly header: readonly RawCell[];
  readonly rows: readonly (readonly RawCell[])[];
}

/** The three input tables of a workbook; a table the host did not find is `null`. */
export interface RawWorkbook {
  readonly plan: RawTable | null;
  readonly opfolgning: RawTable | null;
  readonly indstillinger: RawTable | null;
}

export function isExcelError(value: RawValue): value is ExcelError {
  return typeof value === 'object' && value !== null;
}

/** True for a cell with nothing in it, or only white space. */
export function isBlank(value: RawValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
