import { CODES, fail } from './errors';

/** What a cell holds: '' when empty. */
export type StoredValue = string | number | boolean;

/** A value written through `Range.values`, as Excel stores it. */
export interface Entry {
  readonly value: StoredValue;
  readonly formula: string | null;
}

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isTextFormat(numberFormat: string): boolean {
  return numberFormat === '@';
}

/**
 * How Excel takes a value written to `values` (as if typed): in a cell formatted as text (`@`)
 * a string stays the string. Otherwise a string starting with `=` is a formula, one starting
 * with `+`, `-` or `@` is a formula too unless it is a number, a number-like string becomes a
 * number and TRUE/FALSE become booleans. Numbers and booleans are stored as they are. The
 * fake does not calculate: a formula cell's value is its formula text.
 */
export function interpretInput(input: unknown, numberFormat: string): Entry {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail(CODES.invalidArgument, `${input} is not a valid cell value`);
    return { value: input, formula: null };
  }
  if (typeof input === 'boolean') return { value: input, formula: null };
  if (typeof input !== 'string') {
    return fail(CODES.invalidArgument, `A cell value must be a string, number or boolean`);
  }
  if (input.length > MAX_CELL_TEXT) {
    fail(CODES.invalidArgument, `A cell holds at most ${MAX_CELL_TEXT} characters`);
  }
  if (input === '' || isTextFormat(numberFormat)) return { value: input, formula: null };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (/^(true|false)$/i.test(trimmed))
    return { value: trimmed.toLowerCase() === 'true', formula: null };
  const first = input.charAt(0);
  if (first === '=' && input.length > 1) return { value: input, formula: input };
  if (first === '+' || first === '-' || first === '@') {
    const formula = `=${input}`;
    return { value: formula, formula };
  }
  return { value: input, formula: null };
}

/** A number format written through `numberFormat`: '' resets to General. */
export function interpretFormat(input: unknown): string {
  if (typeof input !== 'string') {
    return fail(CODES.invalidArgument, 'A number format must be a string');
  }
  if (input.length > 255) fail(CODES.invalidArgument, 'A number format is at most 255 characters');
  return input === '' ? 'General' : input;
}
