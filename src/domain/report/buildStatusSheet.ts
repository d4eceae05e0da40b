import type { Finding } from '../findings/finding';
import type { GoalResult } from '../model/goalResult';
import type { StatusCode } from '../model/status';
import { STATUSES, statusInfo } from '../model/status';
import { TABLE_LABELS } from '../model/tableLabels';
import { TARGET_TYPE_RULES } from '../model/targetTypeRules';
import { formatPeriod } from '../periods/formatPeriod';
import { labelPeriod } from '../periods/labelPeriod';
import { formatNumber } from '../text/formatNumber';
import type { Language } from '../text/localText';
import { inLanguage } from '../text/localText';
import { formatDate } from './formatDate';
import { goalRowCells, STATUS_COLUMNS } from './goalRowCells';
import { orderGoals } from './orderGoals';
import { landscapeLayout } from './pageLayout';
import { COLOURS, statusCellStyle } from './palette';
import type { ReportInput } from './reportInput';
import { fill, REPORT_TEXT } from './reportTexts';
import { rangeOf, SheetBuilder } from './sheetBuilder';
import { generatedSheetName } from './sheetNames';
import type { RangeRef, SheetSpec } from './sheetSpec';

const WIDTHS = [42, 14, 21, 22, 12, 14, 18, 41];
const COLS = STATUS_COLUMNS.length;
const BODY_FONT = 10;
const LINE_HEIGHT = 12.75;
const MAX_NOTES = 15;

/**
 * Estimated lines a text needs when wrapped in a column `width` characters wide (Excel's width
 * unit is a character of the 11-point default font; the body is 10-point, bold a little wider).
 */
function linesFor(text: string | null, width: number, bold = false): number {
  if (!text) return 1;
  const capacity = width * (bold ? 1.05 : 1.15);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity || used === 0) used = needed;
      else {
        lines += 1 + Math.floor(word.length / capacity);
        used = word.length % capacity;
      }
    }
  }
  return lines;
}

/** "4 opfyldt · 2 på rette vej · …": a count per status that occurs, best first. */
export function statusCountLine(results: readonly GoalResult[], language: Language): string {
  const counts = new Map<StatusCode, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return STATUSES.filter((s) => counts.has(s.code))
    .map(
      (s) =>
        `${s.symbol} ${counts.get(s.code) ?? 0} ${inLanguage(s.label, language).toLowerCase()}`,
    )
    .join(' · ');
}

/**
 * The committee's status sheet (domain §6): title, subtitle, the count per status, the goals
 * grouped by theme with indsatsmål indented under their resultatmål, a legend with τ, notes on
 * the data, and a print layout of A4 landscape, one page wide, header row repeated.
 */
export function buildStatusSheet({ analysis, language, today }: ReportInput): SheetSpec {
  const t = (key: keyof typeof REPORT_TEXT): string => inLanguage(REPORT_TEXT[key], language);
  const sheet = new SheetBuilder(COLS);
  const full = (row: number): RangeRef => rangeOf(row, 0, 1, COLS);
  const { settings } = analysis;
  const period = formatPeriod(analysis.reportPeriod);

  sheet.set(0, 0, `${t('title')} – ${settings.planTitle}`);
  sheet.merge(full(0));
  sheet.style(full(0), {
    bold: true,
    fontSize: 16,
    fontColor: COLOURS.headerFill,
    vertical: 'center',
  });
  sheet.height(0, 26);
  const subtitle = [
    settings.municipality,
    `${t('followUp')} ${labelPeriod(analysis.reportPeriod, language)}`,
    `${t('generated')} ${formatDate(today, language)}`,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
  sheet.set(1, 0, subtitle);
  sheet.merge(full(1));
  sheet.style(full(1), { fontSize: 11, fontColor: COLOURS.muted });
  sheet.set(2, 0, statusCountLine(analysis.results, language));
  sheet.merge(full(2));
  sheet.style(full(2), { bold: true, fontSize: 11 });
  sheet.height(2, 20);
  sheet.height(3, 8);

  const headerRow = 4;
  const headers = [
    t('goal'),
    t('baseline'),
    t('target'),
    t('latest'),
    t('expectedNow'),
    t('attainment'),
    t('status'),
    t('comment'),
  ];
  headers.forEach((h, c) => sheet.set(headerRow, c, h));
  sheet.style(full(headerRow), {
    bold: true,
    fill: COLOURS.headerFill,
    fontColor: COLOURS.headerInk,
    wrap: true,
    vertical: 'center',
    fontSize: BODY_FONT,
  });
  sheet.style(rangeOf(headerRow, 1, 1, 5), { horizontal: 'right' });
  sheet.height(headerRow, 30);

  const resultByRow = new Map(analysis.results.map((r) => [r.row, r]));
  const dataBars: RangeRef[] = [];
  let row = headerRow + 1;
  for (const group of orderGoals(analysis.goals)) {
    sheet.set(row, 0, group.theme ?? t('otherGoals'));
    sheet.merge(full(row));
    sheet.style(full(row), {
      bold: true,
      fill: COLOURS.themeFill,
      fontSize: 11,
      vertical: 'center',
      borderTop: { style: 'thin', color: COLOURS.rule },
    });
    sheet.height(row, 20);
    row += 1;
    for (const { goal, depth } of group.goals) {
      const result = resultByRow.get(goal.origin.row);
      if (!result) continue;
      const cells = goalRowCells(goal, result, language);
      STATUS_COLUMNS.forEach((column, c) =>
        sheet.set(row, c, cells[column].value, cells[column].format),
      );
      sheet.style(full(row), {
        fontSize: BODY_FONT,
        vertical: 'top',
        borderBottom: { style: 'thin', color: COLOURS.faintRule },
      });
      sheet.style(rangeOf(row, 0), {
        wrap: true,
        horizontal: 'left',
        indent: depth * 2,
        bold: goal.level === 'result' && depth === 0,
      });
      sheet.style(rangeOf(row, 1, 1, 5), { horizontal: 'right' });
      sheet.style(rangeOf(row, 6), statusCellStyle(statusInfo(result.status).colour));
      sheet.style(rangeOf(row, 7), { wrap: true });
      // A target in words (a benchmark, a direction, a deadline) wraps in its column.
      if (typeof cells.target.value === 'string') sheet.style(rangeOf(row, 2), { wrap: true });
      const family = goal.targetType ? TARGET_TYPE_RULES[goal.targetType].family : null;
      const showsAttainment =
        family === 'progress' || (family === 'level' && goal.targetType !== 'benchmark');
      if (showsAttainment && typeof cells.attainment.value === 'number')
        dataBars.push(rangeOf(row, 5));
      const lines = Math.max(
        linesFor(
          typeof cells.goal.value === 'string' ? cells.goal.value : null,
          (WIDTHS[0] ?? 40) - depth * 3,
          goal.level === 'result' && depth === 0,
        ),
        linesFor(
          typeof cells.comment.value === 'string' ? cells.comment.value : null,
          WIDTHS[7] ?? 40,
        ),
      );
      sheet.height(row, Math.max(15, lines * LINE_HEIGHT + 3));
      row += 1;
    }
  }
  if (dataBars.length > 0) {
    sheet.conditionalFormats.push({
      kind: 'dataBar',
      ranges: dataBars,
      min: 0,
      max: 1,
      color: COLOURS.dataBar,
    });
  }

  row += 1;
  sheet.set(row, 0, t('legend'));
  sheet.style(full(row), { bold: true, fontSize: 11 });
  row += 1;
  for (const info of STATUSES) {
    sheet.set(row, 0, `${info.symbol} ${inLanguage(info.label, language)}`);
    sheet.set(row, 1, inLanguage(info.rule, language));
    sheet.merge(rangeOf(row, 1, 1, COLS - 1));
    sheet.style(rangeOf(row, 0), statusCellStyle(info.colour));
    sheet.style(full(row), { fontSize: BODY_FONT, vertical: 'center' });
    row += 1;
  }
  const tau = `${formatNumber(settings.tolerance * 100, language, 1)} %`;
  for (const note of [fill(t('tolerance'), { tau }), t('attainmentNote')]) {
    sheet.set(row, 0, note);
    sheet.merge(full(row));
    sheet.style(full(row), {
      fontSize: BODY_FONT,
      wrap: true,
      vertical: 'top',
      fontColor: COLOURS.muted,
    });
    sheet.height(
      row,
      linesFor(
        note,
        WIDTHS.reduce((a, b) => a + b, 0),
      ) *
        LINE_HEIGHT +
        4,
    );
    row += 1;
  }

  row = addDataNotes(sheet, analysis.findings, row, language);

  const lastRow = Math.max(row, sheet.rowCount) - 1;
  return sheet.build({
    name: generatedSheetName(t('status'), period),
    role: 'status',
    reportPeriod: period,
    columnWidths: WIDTHS,
    freezeRows: headerRow + 1,
    showGridlines: false,
    page: landscapeLayout(
      rangeOf(0, 0, lastRow + 1, COLS),
      { first: headerRow, last: headerRow },
      language,
      settings.planTitle,
    ),
    tabColor: COLOURS.headerFill,
  });
}

/** Lists the findings under the legend, so the committee sees what the figures rest on. */
function addDataNotes(
  sheet: SheetBuilder,
  findings: readonly Finding[],
  start: number,
  language: Language,
): number {
  if (findings.length === 0) return start;
  const t = (key: keyof typeof REPORT_TEXT): string => inLanguage(REPORT_TEXT[key], language);
  let row = start + 1;
  sheet.set(row, 0, t('dataNotes'));
  sheet.style(rangeOf(row, 0, 1, COLS), { bold: true, fontSize: 11 });
  row += 1;
  for (const finding of findings.slice(0, MAX_NOTES)) {
    const where = [
      inLanguage(TABLE_LABELS[finding.table], language),
      finding.row === null ? null : `${t('row')} ${finding.row}`,
      finding.address,
    ]
      .filter((p): p is string => p !== null)
      .join(', ');
    sheet.set(row, 0, `${t(finding.severity)} · ${where}`);
    sheet.set(row, 1, inLanguage(finding.message, language));
    sheet.merge(rangeOf(row, 1, 1, COLS - 1));
    sheet.style(rangeOf(row, 0, 1, COLS), { fontSize: BODY_FONT, wrap: true, vertical: 'top' });
    sheet.height(row, linesFor(inLanguage(finding.message, language), 150) * LINE_HEIGHT + 4);
    row += 1;
  }
  if (findings.length > MAX_NOTES) {
    sheet.set(row, 0, fill(t('moreNotes'), { n: String(findings.length - MAX_NOTES) }));
    sheet.style(rangeOf(row, 0, 1, COLS), { fontSize: BODY_FONT, italic: true });
    row += 1;
  }
  return row;
}
