import type { Analysis } from '../analyzeWorkbook';
import { statusInfo } from '../model/status';
import { formatPeriod } from '../periods/formatPeriod';
import type { Language } from '../text/localText';
import { inLanguage } from '../text/localText';
import { landscapeLayout } from './pageLayout';
import { COLOURS } from './palette';
import { rangeOf, SheetBuilder } from './sheetBuilder';
import { cleanSheetName } from './sheetNames';
import type { CellValue, SheetSpec } from './sheetSpec';

const COLUMNS: readonly { da: string; en: string; width: number; format: string }[] = [
  { da: 'Id', en: 'Id', width: 8, format: '@' },
  { da: 'Status', en: 'Status', width: 20, format: '@' },
  { da: 'Statuskode', en: 'Status code', width: 12, format: '@' },
  { da: 'Endelig', en: 'Final', width: 9, format: '@' },
  { da: 'Faktisk', en: 'Actual', width: 11, format: '#,##0.0##' },
  { da: 'Periode', en: 'Period', width: 17, format: '@' },
  { da: 'Forventet', en: 'Expected', width: 11, format: '#,##0.0##' },
  { da: 'Målopfyldelse', en: 'Attainment', width: 14, format: '0.0 %' },
  { da: 'q', en: 'q', width: 8, format: '0.000' },
  { da: 'Afvigelse', en: 'Deviation', width: 11, format: '#,##0.0##' },
  { da: 'Sammenligning', en: 'Benchmark', width: 14, format: '#,##0.0##' },
  { da: 'Kommentar', en: 'Comment', width: 40, format: '@' },
  { da: 'Forklaring', en: 'Explanation', width: 60, format: '@' },
];

/** The name of the results table on the Beregning sheet. */
export const RESULTS_TABLE = 'PlanStatusBeregning';

/**
 * The computed results as a generated sheet `Beregning` holding one Excel table: a row per
 * goal with status, A, its period, E, attainment, q, deviation, benchmark, comment and the
 * explanation — for the analyst's own formulas and pivots. Input tables are never changed.
 */
export function buildResultsSheet(analysis: Analysis, language: Language): SheetSpec {
  const sheet = new SheetBuilder(COLUMNS.length);
  COLUMNS.forEach((c, i) => sheet.set(0, i, language === 'da' ? c.da : c.en));
  const yes = language === 'da' ? 'Ja' : 'Yes';
  const no = language === 'da' ? 'Nej' : 'No';
  analysis.results.forEach((r, i) => {
    const info = statusInfo(r.status);
    const row: CellValue[] = [
      r.id,
      `${info.symbol} ${inLanguage(info.label, language)}`,
      r.status,
      r.final ? yes : no,
      r.actual,
      r.actualPeriod ? formatPeriod(r.actualPeriod) : null,
      r.expected,
      r.attainment,
      r.q,
      r.deviation,
      r.benchmark,
      r.comment,
      inLanguage(r.explanation, language),
    ];
    row.forEach((value, c) =>
      sheet.set(i + 1, c, value, value === null ? 'General' : (COLUMNS[c]?.format ?? 'General')),
    );
  });
  const rows = Math.max(2, analysis.results.length + 1);
  sheet.touch(rows - 1);
  sheet.style(rangeOf(1, 0, rows - 1, COLUMNS.length), { vertical: 'top', fontSize: 10 });
  sheet.style(rangeOf(1, 12, rows - 1, 1), { wrap: true });
  sheet.tables.push({
    name: RESULTS_TABLE,
    range: rangeOf(0, 0, rows, COLUMNS.length),
    style: 'TableStyleLight9',
  });
  // Generated sheets keep their Danish names in both languages, so one run replaces the other's.
  const name = cleanSheetName('Beregning');
  return sheet.build({
    name,
    role: 'results',
    reportPeriod: formatPeriod(analysis.reportPeriod),
    columnWidths: COLUMNS.map((c) => c.width),
    freezeRows: 1,
    showGridlines: true,
    page: landscapeLayout(
      rangeOf(0, 0, rows, COLUMNS.length),
      { first: 0, last: 0 },
      language,
      analysis.settings.planTitle,
    ),
    tabColor: COLOURS.target,
  });
}
