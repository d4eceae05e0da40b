import type { CellValue } from 'exceljs';
import type { RawValue } from '../domain/cells/rawTable';

const MS_PER_DAY = 86_400_000;
/** Excel's serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** The Excel serial of a date that ExcelJS turned into a JavaScript Date (UTC). */
export function serialOfDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * A cell value as ExcelJS reads it, as the domain wants it: dates back to serial numbers, a
 * formula's cached result, rich text and hyperlinks as their text, error values as errors.
 */
export function rawValueOf(value: CellValue | undefined): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : serialOfDate(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return rawValueOf((value as { result?: CellValue }).result);
  }
  // A hyperlink's text is rich text when part of it is formatted.
  if ('text' in value) return rawValueOf(value.text as CellValue);
  return null;
}
