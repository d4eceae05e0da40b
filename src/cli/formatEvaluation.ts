import type { Analysis } from '../domain/analyzeWorkbook';
import { countBySeverity } from '../domain/findings/finding';
import { statusInfo } from '../domain/model/status';
import { TABLE_LABELS } from '../domain/model/tableLabels';
import { labelPeriod } from '../domain/periods/labelPeriod';
import { statusCountLine } from '../domain/report/buildStatusSheet';
import { fill, REPORT_TEXT } from '../domain/report/reportTexts';
import type { Language } from '../domain/text/localText';
import { inLanguage } from '../domain/text/localText';
import { CLI_TEXT } from './cliTexts';

const pad = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - [...text].length));

/** The readable evaluation: one line per goal with its status and how it was reached, then the findings. */
export function formatEvaluation(analysis: Analysis, language: Language): string {
  const t = (text: { da: string; en: string }): string => inLanguage(text, language);
  const lines: string[] = [];
  lines.push(`${t(REPORT_TEXT.title)} – ${analysis.settings.planTitle}`);
  const place = analysis.settings.municipality ? `${analysis.settings.municipality} · ` : '';
  lines.push(
    `${place}${t(REPORT_TEXT.followUp)} ${labelPeriod(analysis.reportPeriod, language)}`,
    '',
  );
  const idWidth = Math.max(2, ...analysis.results.map((r) => [...r.id].length)) + 2;
  const statusWidth = 22;
  for (const r of analysis.results) {
    const info = statusInfo(r.status);
    const status = `${info.symbol} ${t(info.label)}`;
    lines.push(`${pad(r.id, idWidth)}${pad(status, statusWidth)}${t(r.explanation)}`);
  }
  lines.push('', statusCountLine(analysis.results, language));
  const counts = countBySeverity(analysis.findings);
  lines.push(
    fill(t(CLI_TEXT.findings), { errors: String(counts.error), warnings: String(counts.warning) }),
  );
  for (const f of analysis.findings) {
    const where = [
      t(TABLE_LABELS[f.table]),
      f.row === null ? null : `${t(CLI_TEXT.row)} ${f.row}`,
      f.address,
    ]
      .filter((p): p is string => p !== null)
      .join(', ');
    lines.push(`  ${pad(t(CLI_TEXT[f.severity]), 10)}${where}: ${t(f.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
