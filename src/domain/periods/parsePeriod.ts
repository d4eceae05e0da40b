import { MONTH_WORD_PATTERN, monthOfWord } from './monthNames';
import type { Period } from './period';
import { monthNumber, periodOfMonths } from './period';

/** The outcome of reading a period: the period, or why it could not be read. */
export type PeriodParse =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly reason: 'unreadable' | 'endBeforeStart' };

/** A run of months, possibly still missing its year (`jul`, `K2`, `M07`). */
interface Part {
  readonly year: number | null;
  readonly first: number;
  readonly last: number;
}

const MONTH = `(${MONTH_WORD_PATTERN})\\.?`;
const YEAR = '(\\d{4})';

type Rule = [RegExp, (m: RegExpExecArray) => Part | null];

const num = (m: RegExpExecArray, i: number): number => Number(m[i]);

/** Months of a quarter or half-year as a part. */
const quarter = (year: number | null, q: number): Part => ({ year, first: q * 3 - 2, last: q * 3 });
const half = (year: number | null, h: number): Part => ({ year, first: h * 6 - 5, last: h * 6 });
const month = (year: number | null, m: number): Part | null =>
  m >= 1 && m <= 12 ? { year, first: m, last: m } : null;

/** Periods with a year, tried against the whole (normalized) text. */
const FULL: Rule[] = [
  [/^(?:år )?(\d{4})$/, (m) => ({ year: num(m, 1), first: 1, last: 12 })],
  [/^(\d{4}) ?h([12])$/, (m) => half(num(m, 1), num(m, 2))],
  [/^([12])\. ?halvår (\d{4})$/, (m) => half(num(m, 2), num(m, 1))],
  [/^h([12]) (\d{4})$/, (m) => half(num(m, 2), num(m, 1))],
  [/^(\d{4}) ?[kq]([1-4])$/, (m) => quarter(num(m, 1), num(m, 2))],
  [/^([1-4])\. ?kvartal (\d{4})$/, (m) => quarter(num(m, 2), num(m, 1))],
  [/^[kq]([1-4]) (\d{4})$/, (m) => quarter(num(m, 2), num(m, 1))],
  [/^(\d{4}) ?m(\d{1,2})$/, (m) => month(num(m, 1), num(m, 2))],
  [/^(\d{4})-(\d{1,2})$/, (m) => month(num(m, 1), num(m, 2))],
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => month(num(m, 1), num(m, 2))],
  [/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/, (m) => month(num(m, 3), num(m, 2))],
  [new RegExp(`^${MONTH} ${YEAR}$`), (m) => month(num(m, 2), monthOfWord(m[1] ?? '') ?? 0)],
  [/^(?:ultimo|udgangen af|end of) (\d{4})$/, (m) => month(num(m, 1), 12)],
];

/** Parts without a year, allowed on one side of a span (`jan-jul 2015`, `2015M04-M07`). */
const PARTIAL: Rule[] = [
  [new RegExp(`^${MONTH}$`), (m) => month(null, monthOfWord(m[1] ?? '') ?? 0)],
  [/^m(\d{1,2})$/, (m) => month(null, num(m, 1))],
  [/^[kq]([1-4])$/, (m) => quarter(null, num(m, 1))],
  [/^([1-4])\. ?kvartal$/, (m) => quarter(null, num(m, 1))],
  [/^h([12])$/, (m) => half(null, num(m, 1))],
  [/^([12])\. ?halvår$/, (m) => half(null, num(m, 1))],
];

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/[‐‑‒–—−]/g, '-')
    .trim()
    .replace(/ ?- ?/g, '-')
    .replace(/^(?:ultimo|udgangen af|end of) (?=\D)/, '');
}

function match(rules: Rule[], text: string): Part | null {
  for (const [pattern, build] of rules) {
    const m = pattern.exec(text);
    if (m) return build(m);
  }
  return null;
}

const validYear = (year: number): boolean => year >= 1900 && year <= 2100;

function toMonths(part: Part, year: number): { start: number; end: number } {
  return { start: monthNumber(year, part.first), end: monthNumber(year, part.last) };
}

function parseSpan(text: string): PeriodParse | null {
  for (let i = text.indexOf('-'); i > 0; i = text.indexOf('-', i + 1)) {
    const leftText = text.slice(0, i);
    const rightText = text.slice(i + 1);
    const left = match(FULL, leftText) ?? match(PARTIAL, leftText);
    const right = match(FULL, rightText) ?? match(PARTIAL, rightText);
    if (!left || !right) continue;
    const leftYear = left.year ?? right.year;
    const rightYear = right.year ?? left.year;
    if (leftYear === null || rightYear === null) continue;
    if (!validYear(leftYear) || !validYear(rightYear)) continue;
    const start = toMonths(left, leftYear).start;
    const end = toMonths(right, rightYear).end;
    if (end < start) return { ok: false, reason: 'endBeforeStart' };
    return { ok: true, period: periodOfMonths(start, end) };
  }
  return null;
}

/**
 * Reads a period written as text: `2015`, `2015H1`, `1. halvår 2015`, `2015K3`, `Q3 2015`,
 * `2015M07`, `2015-07`, `juli 2015`, `jul. 2015`, `ultimo 2014`, spans such as `jan-jul 2015`,
 * `2015K1-2015K2` or `2015M04-M07`. Case and surrounding spaces do not matter.
 *
 * @example parsePeriod('ultimo 2014') → { ok: true, period: 2014M12 }
 */
export function parsePeriod(text: string): PeriodParse {
  const normal = normalize(text);
  const whole = match(FULL, normal);
  if (whole && whole.year !== null && validYear(whole.year)) {
    const { start, end } = toMonths(whole, whole.year);
    return { ok: true, period: periodOfMonths(start, end) };
  }
  return parseSpan(normal) ?? { ok: false, reason: 'unreadable' };
}
