import type { Analysis, CalendarDate } from '../domain/analyzeWorkbook';
import { analyzeWorkbook } from '../domain/analyzeWorkbook';
import type { Period } from '../domain/periods/period';
import type { Report } from '../domain/report/buildReport';
import { buildReport } from '../domain/report/buildReport';
import { buildResultsSheet } from '../domain/report/buildResultsSheet';
import { buildTemplate } from '../domain/template/buildTemplate';
import type { Language } from '../domain/text/localText';
import type { WorkbookHost } from '../domain/ports';

export interface AnalysisRequest {
  readonly today: CalendarDate;
  /** The report period; by default the Rapportperiode setting, else the latest with own data. */
  readonly reportPeriod?: Period | null;
}

/** Reads the tables and checks and evaluates them: the findings and every goal's result. */
export async function analyze(host: WorkbookHost, request: AnalysisRequest): Promise<Analysis> {
  const raw = await host.readInput();
  return analyzeWorkbook(raw, { today: request.today, reportPeriod: request.reportPeriod ?? null });
}

export interface ReportRequest extends AnalysisRequest {
  readonly language: Language;
}

/** Analyses the workbook and adds the status sheet and the chart sheet. */
export async function generateReport(
  host: WorkbookHost,
  request: ReportRequest,
): Promise<{ analysis: Analysis; report: Report; sheetNames: string[] }> {
  const analysis = await analyze(host, request);
  const report = buildReport({ analysis, language: request.language, today: request.today });
  const sheetNames = await host.writeGeneratedSheets([report.status, report.charts]);
  return { analysis, report, sheetNames };
}

/** Analyses the workbook and writes the results to the generated `Beregning` sheet. */
export async function computeResults(
  host: WorkbookHost,
  request: ReportRequest,
): Promise<{ analysis: Analysis; sheetName: string }> {
  const analysis = await analyze(host, request);
  const [sheetName = ''] = await host.writeGeneratedSheets([
    buildResultsSheet(analysis, request.language),
  ]);
  return { analysis, sheetName };
}

/** Creates the three input tables, empty or filled with the worked example. */
export async function createTemplate(
  host: WorkbookHost,
  options: { readonly example: boolean },
): Promise<void> {
  await host.writeTemplate(buildTemplate(options));
}
