import type { Analysis, CalendarDate } from '../domain/analyzeWorkbook';
import type { TableName } from '../domain/findings/finding';
import type { Period } from '../domain/periods/period';
import type { HostRunner, SettingValue } from '../domain/ports';
import type { Language } from '../domain/text/localText';
import { EXAMPLE_NEEDS_EMPTY_WORKBOOK, UserProblem } from '../domain/userProblem';
import { analyze, computeResults, createTemplate, generateReport } from './useCases';

/** Everything the task pane can ask of the workbook. Each call is one user action: one run. */
export interface AddinActions {
  findTables(): Promise<Record<TableName, boolean>>;
  /** Creates the missing input tables (with the worked example only in a workbook without any); returns the tables now there. */
  createTemplate(example: boolean): Promise<Record<TableName, boolean>>;
  validate(reportPeriod: Period | null): Promise<Analysis>;
  /** Validates, computes and writes the results to the generated `Beregning` sheet. */
  compute(
    reportPeriod: Period | null,
    language: Language,
  ): Promise<{ analysis: Analysis; sheetName: string }>;
  report(
    reportPeriod: Period | null,
    language: Language,
  ): Promise<{ analysis: Analysis; sheetNames: string[] }>;
  selectCell(address: string): Promise<void>;
  /** Writes the settings and validates again, so the pane shows what they now give. */
  saveSettings(values: readonly SettingValue[], reportPeriod: Period | null): Promise<Analysis>;
}

/** The task pane's actions over a host runner (Excel in the add-in, a fake in tests). */
export function createAddinActions(run: HostRunner, today: () => CalendarDate): AddinActions {
  return {
    findTables: () => run((host) => host.findTables()),
    createTemplate: (example) =>
      run(async (host) => {
        // The example never mixes with the user's data: only into a workbook without the tables.
        const found = await host.findTables();
        if (example && Object.values(found).some(Boolean))
          throw new UserProblem(EXAMPLE_NEEDS_EMPTY_WORKBOOK);
        await createTemplate(host, { example });
        return host.findTables();
      }),
    validate: (reportPeriod) => run((host) => analyze(host, { today: today(), reportPeriod })),
    compute: (reportPeriod, language) =>
      run((host) => computeResults(host, { today: today(), reportPeriod, language })),
    report: (reportPeriod, language) =>
      run(async (host) => {
        const { analysis, sheetNames } = await generateReport(host, {
          today: today(),
          reportPeriod,
          language,
        });
        return { analysis, sheetNames };
      }),
    selectCell: (address) => run((host) => host.selectCell(address)),
    saveSettings: (values, reportPeriod) =>
      run(async (host) => {
        await host.writeSettings(values);
        return analyze(host, { today: today(), reportPeriod });
      }),
  };
}
