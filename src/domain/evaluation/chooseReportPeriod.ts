import type { Observation } from '../model/plan';
import { formatPeriod } from '../periods/formatPeriod';
import type { Period } from '../periods/period';
import { monthNumber, periodLength, periodOfMonths } from '../periods/period';
import { latestObservation } from './findActual';

/** Where the report period came from. */
export type ReportPeriodSource = 'requested' | 'settings' | 'latest' | 'today';

/**
 * The report period R: as requested, else the Rapportperiode setting, else the latest period
 * with own data, else the current month.
 */
export function chooseReportPeriod(
  requested: Period | null,
  settingsPeriod: Period | null,
  observations: readonly Observation[],
  today: { readonly year: number; readonly month: number },
): { period: Period; source: ReportPeriodSource } {
  if (requested) return { period: requested, source: 'requested' };
  if (settingsPeriod) return { period: settingsPeriod, source: 'settings' };
  const latest = latestObservation(observations.filter((o) => o.own));
  if (latest) return { period: latest.period, source: 'latest' };
  const month = monthNumber(today.year, today.month);
  return { period: periodOfMonths(month, month), source: 'today' };
}

/**
 * The choices for R: the distinct periods of the follow-up figures, latest first and, among
 * those ending in the same month, the shortest first (august 2015 before jan.–aug. 2015). Spans
 * such as jan.–aug. are year-to-date figures rather than follow-up periods, so they are offered
 * only when the figures have nothing else.
 */
export function availablePeriods(observations: readonly Observation[]): Period[] {
  const seen = new Map<string, Period>();
  for (const o of observations) seen.set(formatPeriod(o.period), o.period);
  const all = [...seen.values()].sort((a, b) => b.end - a.end || periodLength(a) - periodLength(b));
  const plain = all.filter((p) => p.kind !== 'span');
  return plain.length > 0 ? plain : all;
}
