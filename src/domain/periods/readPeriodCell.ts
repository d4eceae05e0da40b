import { monthOfSerial } from '../cells/excelDate';
import { isDateFormat } from '../cells/numberFormat';
import type { RawCell } from '../cells/rawTable';
import { isExcelError } from '../cells/rawTable';
import { parsePeriod } from './parsePeriod';
import type { Period } from './period';
import { monthNumber, periodOfMonths } from './period';

export type PeriodReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'period'; readonly period: Period }
  | {
      readonly kind: 'invalid';
      readonly problem: 'errorValue' | 'boolean' | 'unreadable' | 'endBeforeStart';
      readonly shown: string;
    };

/**
 * Reads a cell where a period is expected. A date-formatted number is the month of that
 * date; a whole number from 1900 to 2100 without a date format is a year; text is parsed
 * by {@link parsePeriod}. Never throws.
 */
export function readPeriodCell(cell: RawCell | undefined): PeriodReading {
  const value = cell?.value ?? null;
  if (value === null) return { kind: 'empty' };
  if (isExcelError(value)) return { kind: 'invalid', problem: 'errorValue', shown: value.error };
  if (typeof value === 'boolean') {
    return { kind: 'invalid', problem: 'boolean', shown: value ? 'TRUE' : 'FALSE' };
  }
  if (typeof value === 'number') {
    if (cell !== undefined && isDateFormat(cell.format)) {
      const date = monthOfSerial(value);
      if (date) {
        const m = monthNumber(date.year, date.month);
        return { kind: 'period', period: periodOfMonths(m, m) };
      }
    } else if (Number.isInteger(value) && value >= 1900 && value <= 2100) {
      return {
        kind: 'period',
        period: periodOfMonths(monthNumber(value, 1), monthNumber(value, 12)),
      };
    }
    return { kind: 'invalid', problem: 'unreadable', shown: String(value) };
  }
  if (value.trim() === '') return { kind: 'empty' };
  const parsed = parsePeriod(value);
  if (parsed.ok) return { kind: 'period', period: parsed.period };
  return { kind: 'invalid', problem: parsed.reason, shown: value.trim() };
}
