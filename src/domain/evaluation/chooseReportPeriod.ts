import type { Observation } from '../model/plan';
import { formatPeriod } from '../periods/formatPeriod';
import type { Period } from '../periods/period';
import { comparePeriods, monthNumber, periodOfMonths } from '../periods/period';
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

/** The distinct periods of the follow-up figures, latest first: the choices for R. */
export function availablePeriods(observations: readonly Observation[]): Period[] {
  const seen = new Map<string, Period>();
  for (const o of observations) seen.set(formatPeriod(o.period), o.period);
  return [...seen.values()].sort((a, b) => -comparePeriods(a, b));
}
