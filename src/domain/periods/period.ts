/**
 * A period is a span of whole months. Months are counted as `year * 12 + (month - 1)`, so
 * month arithmetic is plain subtraction: 2015M07 − 2013M12 = 19.
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'span';

export interface Period {
  readonly kind: PeriodKind;
  /** First month, as a month number (see {@link monthNumber}). */
  readonly start: number;
  /** Last month, inclusive. */
  readonly end: number;
}

/** The month number of a year and month (1–12). */
export function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** Year and month (1–12) of a month number. */
export function yearMonth(month: number): { year: number; month: number } {
  return { year: Math.floor(month / 12), month: (month % 12) + 1 };
}

/** How many months a period covers. */
export function periodLength(period: Period): number {
  return period.end - period.start + 1;
}

/**
 * The period covering the months `start` to `end`, named by its natural kind: one month is a
 * month, Jan–Mar a quarter, Jan–Jun a half-year, Jan–Dec a year, anything else a span.
 * So `2015K1-2015K2` and `jan-jun 2015` are both the half-year 2015H1.
 */
export function periodOfMonths(start: number, end: number): Period {
  const length = end - start + 1;
  const offset = ((start % 12) + 12) % 12;
  let kind: PeriodKind = 'span';
  if (length === 1) kind = 'month';
  else if (length === 3 && offset % 3 === 0) kind = 'quarter';
  else if (length === 6 && offset % 6 === 0) kind = 'half';
  else if (length === 12 && offset === 0) kind = 'year';
  return { kind, start, end };
}

/** Orders periods by end month, then the shorter (more precise) period first. */
export function comparePeriods(a: Period, b: Period): number {
  return a.end - b.end || periodLength(a) - periodLength(b) || a.start - b.start;
}

/** True when two periods share at least one month. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** True when the two periods cover the same months. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}
