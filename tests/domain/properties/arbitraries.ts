import fc from 'fast-check';
import type { Period } from '../../../src/domain/periods/period';
import { monthNumber, periodOfMonths } from '../../../src/domain/periods/period';

export const FIRST_MONTH = monthNumber(1900, 1);
export const LAST_MONTH = monthNumber(2100, 12);

const year = (from: number, to: number): fc.Arbitrary<number> => fc.integer({ min: from, max: to });

/**
 * Any period with its months between `from` and `to` (years): a year, a half-year, a quarter,
 * a month, or an arbitrary span of months, always built through periodOfMonths.
 */
export function periodArb(from = 1900, to = 2100): fc.Arbitrary<Period> {
  const first = monthNumber(from, 1);
  const last = monthNumber(to, 12);
  return fc.oneof(
    year(from, to).map((y) => periodOfMonths(monthNumber(y, 1), monthNumber(y, 12))),
    fc
      .tuple(year(from, to), fc.integer({ min: 1, max: 2 }))
      .map(([y, h]) => periodOfMonths(monthNumber(y, h * 6 - 5), monthNumber(y, h * 6))),
    fc
      .tuple(year(from, to), fc.integer({ min: 1, max: 4 }))
      .map(([y, q]) => periodOfMonths(monthNumber(y, q * 3 - 2), monthNumber(y, q * 3))),
    fc.integer({ min: first, max: last }).map((m) => periodOfMonths(m, m)),
    fc
      .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }))
      .map(([a, b]) => periodOfMonths(Math.min(a, b), Math.max(a, b))),
    fc
      .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 24 }))
      .map(([a, n]) => periodOfMonths(a, Math.min(last, a + n))),
  );
}

/** The same text with each letter in random upper or lower case. */
export function randomCase(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) =>
      [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''),
    );
}

/** Spaces, tabs and no-break spaces a user may leave around a cell's text. */
export const padding: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(' ', '  ', '\t', '\u00a0'), { maxLength: 3 })
  .map((parts) => parts.join(''));

/** The text in random case with random white space around it. */
export function sloppy(text: string): fc.Arbitrary<string> {
  return fc
    .tuple(padding, randomCase(text), padding)
    .map(([before, body, after]) => before + body + after);
}

/** A value in one case of `n`, else null (fc.option's `freq` is the other way round). */
export function oneIn<T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 1, arbitrary: arb }, { weight: n - 1, arbitrary: fc.constant(null) });
}
