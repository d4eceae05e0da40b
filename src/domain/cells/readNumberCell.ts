import { isPercentFormat } from './numberFormat';
import { parseNumberText } from './parseNumberText';
import type { RawCell } from './rawTable';
import { isExcelError } from './rawTable';
import { round10 } from './roundNumber';

/** Why a cell could not be read as a number. */
export type NotANumber = 'errorValue' | 'boolean' | 'text' | 'emptyText' | 'notFinite';

/** What a cell holds when a number is expected. Percentages are in percent units (37). */
export type NumberReading =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'number';
      readonly value: number;
      /** Set when the number was written as text: the text, and whether it read the English way. */
      readonly fromText: { readonly text: string; readonly english: boolean } | null;
    }
  | { readonly kind: 'invalid'; readonly problem: NotANumber; readonly shown: string };

/**
 * Reads a cell where a number is expected. Never throws: error values, booleans, empty text
 * and text that is no number come back as `invalid` with what the cell showed.
 */
export function readNumberCell(cell: RawCell | undefined): NumberReading {
  const value = cell?.value ?? null;
  if (value === null) return { kind: 'empty' };
  if (isExcelError(value)) return { kind: 'invalid', problem: 'errorValue', shown: value.error };
  if (typeof value === 'boolean') {
    return { kind: 'invalid', problem: 'boolean', shown: value ? 'TRUE' : 'FALSE' };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return { kind: 'invalid', problem: 'notFinite', shown: String(value) };
    const percent = cell !== undefined && isPercentFormat(cell.format);
    const scaled = percent ? round10(value * 100) : value;
    // A percentage of a number near the largest double is beyond it: 1e308 as 0% is not 1e310.
    if (!Number.isFinite(scaled))
      return { kind: 'invalid', problem: 'notFinite', shown: String(value) };
    return { kind: 'number', value: scaled, fromText: null };
  }
  const text = value.trim();
  if (text === '') return { kind: 'invalid', problem: 'emptyText', shown: value };
  const parsed = parseNumberText(text);
  if (!parsed) return { kind: 'invalid', problem: 'text', shown: text };
  return { kind: 'number', value: parsed.value, fromText: { text, english: parsed.english } };
}
