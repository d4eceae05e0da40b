import type { Analysis, CalendarDate } from '../domain/analyzeWorkbook';
import type { TableName } from '../domain/findings/finding';
import type { Period } from '../domain/periods/period';
import { buildResultsSheet } from '../domain/report/buildResultsSheet';
import type { Language } from '../domain/text/localText';
import type { HostRunner, SettingValue } from '../domain/ports';
import { analyze, createTemplate, generateReport } from './useCases';

/** Everything the task pane can ask of the workbook. Each call is one user action. */
export interface AddinActions {
  findTables(): Promise<Record<TableName, boolean>>;
  createTemplate(example: boolean): Promise<void>;
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
  saveSettings(values: readonly SettingValue[]): Promise<void>;
}

/** The task pane's actions over a host runner (Excel in the add-in, a fake in tests). */
export function createAddinActions(run: HostRunner, today: () => CalendarDate): AddinActions {
  return {
    findTables: () => run((host) => host.findTables()),
    createTemplate: (example) => run((host) => createTemplate(host, { example })),
    validate: (reportPeriod) => run((host) => analyze(host, { today: today(), reportPeriod })),
    compute: (reportPeriod, language) =>
      run(async (host) => {
        const analysis = await analyze(host, { today: today(), reportPeriod });
        const [sheetName = ''] = await host.writeGeneratedSheets([
          buildResultsSheet(analysis, language),
        ]);
        return { analysis, sheetName };
      }),
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
    saveSettings: (values) => run((host) => host.writeSettings(values)),
  };
}
