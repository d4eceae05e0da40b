import type { Goal, Observation } from '../model/plan';
import type { Period } from '../periods/period';
import { periodLength, periodOfMonths } from '../periods/period';

/** The actual value A of a goal, the period it covers, and the data month t. */
export interface Actual {
  readonly value: number;
  readonly period: Period;
  /** t: the last month of data used. */
  readonly month: number;
  readonly comment: string | null;
}

/** The latest of some observations: latest end, then the shortest span. */
export function latestObservation<O extends { period: Period }>(
  observations: readonly O[],
): O | null {
  let best: O | null = null;
  for (const o of observations) {
    const later = best === null || o.period.end > best.period.end;
    const sameEndShorter =
      best !== null &&
      o.period.end === best.period.end &&
      periodLength(o.period) < periodLength(best.period);
    if (later || sameEndShorter) best = o;
  }
  return best;
}

/**
 * A for a `Niveau` goal (domain §4.1): the own figure with the latest end month; when several
 * end in the same month, the one covering the shortest span.
 */
function levelActual(own: readonly Observation[]): Actual | null {
  const latest = latestObservation(own);
  if (!latest || latest.value === null) return null;
  return {
    value: latest.value,
    period: latest.period,
    month: latest.period.end,
    comment: latest.comment,
  };
}

/**
 * A for an `Akkumuleret` goal (domain §4.1): own figures inside the target period. If some are
 * year-to-date (start at the period's start), the latest of those plus every figure starting
 * after it; otherwise all of them added up.
 */
function cumulativeActual(own: readonly Observation[], target: Period): Actual | null {
  const inside = own.filter((o) => o.period.start >= target.start && o.period.end <= target.end);
  const yearToDate = latestObservation(inside.filter((o) => o.period.start === target.start));
  const used = yearToDate
    ? [yearToDate, ...inside.filter((o) => o.period.start > yearToDate.period.end)]
    : inside;
  if (used.length === 0) return null;
  let value = 0;
  let start = Infinity;
  let last = used[0] as Observation;
  for (const o of used) {
    value += o.value ?? 0;
    start = Math.min(start, o.period.start);
    if (o.period.end >= last.period.end) last = o;
  }
  return {
    value,
    period: periodOfMonths(start, last.period.end),
    month: last.period.end,
    comment: last.comment,
  };
}

/**
 * Finds A and t for a numeric goal from its own figures up to the report period (those with
 * a value, ending no later than `reportEnd`). Null when there is none to use.
 */
export function findActual(
  goal: Goal,
  own: readonly Observation[],
  reportEnd: number,
): Actual | null {
  const usable = own.filter((o) => o.value !== null && o.period.end <= reportEnd);
  if (goal.measure === 'cumulative') {
    return goal.targetPeriod ? cumulativeActual(usable, goal.targetPeriod) : null;
  }
  return levelActual(usable);
}
