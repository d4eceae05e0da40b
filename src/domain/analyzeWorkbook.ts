import type { RawWorkbook } from './cells/rawTable';
import type { ReportPeriodSource } from './evaluation/chooseReportPeriod';
import { availablePeriods, chooseReportPeriod } from './evaluation/chooseReportPeriod';
import { evaluatePlan } from './evaluation/evaluatePlan';
import type { GoalResult } from './model/goalResult';
import type { Period } from './periods/period';
import type { WorkbookContent } from './readWorkbook';
import { readWorkbook } from './readWorkbook';

/** A calendar date; the domain has no clock, so hosts pass today's date in. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface Analysis extends WorkbookContent {
  readonly reportPeriod: Period;
  readonly reportPeriodSource: ReportPeriodSource;
  /** The periods found in the follow-up figures, latest first. */
  readonly periods: readonly Period[];
  /** One result per goal, in plan order. */
  readonly results: readonly GoalResult[];
}

/**
 * Reads, checks and evaluates a workbook: the whole core in one call. The report period is
 * the one requested, else the Rapportperiode setting, else the latest with own data.
 *
 * @example analyzeWorkbook(tables, { today: { year: 2015, month: 9, day: 1 } }).results
 */
export function analyzeWorkbook(
  raw: RawWorkbook,
  options: { readonly reportPeriod?: Period | null; readonly today: CalendarDate },
): Analysis {
  const content = readWorkbook(raw);
  const { period, source } = chooseReportPeriod(
    options.reportPeriod ?? null,
    content.settings.reportPeriod,
    content.observations,
    options.today,
  );
  return {
    ...content,
    reportPeriod: period,
    reportPeriodSource: source,
    periods: availablePeriods(content.observations),
    results: evaluatePlan(content, { reportPeriod: period }),
  };
}
