import { buildChartSheet } from './buildChartSheet';
import { buildStatusSheet } from './buildStatusSheet';
import type { ReportInput } from './reportInput';
import type { SheetSpec } from './sheetSpec';

/** The two generated sheets of a report: the status sheet and the chart sheet. */
export interface Report {
  readonly status: SheetSpec;
  readonly charts: SheetSpec;
}

/** Builds the committee report (domain §6) from an analysis. */
export function buildReport(input: ReportInput): Report {
  return { status: buildStatusSheet(input), charts: buildChartSheet(input) };
}
