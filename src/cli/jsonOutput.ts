import type { Analysis } from '../domain/analyzeWorkbook';
import type { Finding } from '../domain/findings/finding';
import type { GoalResult } from '../domain/model/goalResult';
import { formatPeriod } from '../domain/periods/formatPeriod';
import type { Language } from '../domain/text/localText';
import { inLanguage } from '../domain/text/localText';

/** Numbers in the JSON carry three decimals, as the worked example's expected results do. */
const round3 = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 1000) / 1000 + 0;

function resultJson(r: GoalResult, language: Language) {
  return {
    id: r.id,
    status: r.status,
    final: r.final,
    actual: round3(r.actual),
    actualPeriod: r.actualPeriod ? formatPeriod(r.actualPeriod) : null,
    expected: round3(r.expected),
    attainment: round3(r.attainment),
    q: round3(r.q),
    deviation: round3(r.deviation),
    benchmark: round3(r.benchmark),
    comment: r.comment,
    explanation: inLanguage(r.explanation, language),
  };
}

function findingJson(f: Finding) {
  return {
    severity: f.severity,
    code: f.code,
    table: f.table,
    row: f.row,
    column: f.column,
    address: f.address,
    message: { da: f.message.da, en: f.message.en },
  };
}

/** The `evaluate --json` document: report period, one result per goal, every finding. */
export function evaluationJson(analysis: Analysis, language: Language) {
  return {
    reportPeriod: formatPeriod(analysis.reportPeriod),
    results: analysis.results.map((r) => resultJson(r, language)),
    findings: analysis.findings.map(findingJson),
  };
}
