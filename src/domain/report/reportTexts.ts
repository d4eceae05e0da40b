import type { LocalText } from '../text/localText';

/** Every fixed text of the report, in Danish and English. */
export const REPORT_TEXT = {
  title: { da: 'Status på mål', en: 'Goal status' },
  followUp: { da: 'opfølgning', en: 'follow-up' },
  generated: { da: 'dannet', en: 'generated' },
  otherGoals: { da: 'Øvrige mål', en: 'Other goals' },
  goal: { da: 'Mål', en: 'Goal' },
  baseline: { da: 'Baseline', en: 'Baseline' },
  target: { da: 'Målværdi', en: 'Target' },
  latest: { da: 'Seneste', en: 'Latest' },
  expectedNow: { da: 'Forventet nu', en: 'Expected now' },
  attainment: { da: 'Målopfyldelse', en: 'Attainment' },
  status: { da: 'Status', en: 'Status' },
  comment: { da: 'Kommentar', en: 'Comment' },
  legend: { da: 'Forklaring', en: 'Legend' },
  tolerance: {
    da: 'Tolerance τ = {tau}: gul betyder op til {tau} under det forventede (over det forventede for mål, hvor lavere er bedre).',
    en: 'Tolerance τ = {tau}: yellow means up to {tau} short of the expected value (above it where lower is better).',
  },
  attainmentNote: {
    da: 'Målopfyldelse: andel af vejen fra baseline til mål, eller faktisk i forhold til mål. Ved sammenligning vises forskellen til sammenligningsområdet, ved retningsmål ændringen fra baseline.',
    en: 'Attainment: the share of the way from baseline to target, or actual against target. For benchmarks the difference from the benchmark area is shown, for direction goals the change from the baseline.',
  },
  dataNotes: { da: 'Bemærkninger til data', en: 'Notes on the data' },
  moreNotes: { da: 'og {n} bemærkninger mere', en: 'and {n} more notes' },
  error: { da: 'Fejl', en: 'Error' },
  warning: { da: 'Advarsel', en: 'Warning' },
  row: { da: 'datarække', en: 'data row' },
  footer: { da: 'Side &P af &N', en: 'Page &P of &N' },
  deadline: { da: 'Frist', en: 'Deadline' },
  asGoodAs: { da: 'Mindst lige så godt som {area}', en: 'At least as good as {area}' },
  betterThanBaseline: { da: 'Bedre end baseline', en: 'Better than baseline' },
  charts: { da: 'Grafer', en: 'Charts' },
  chartData: { da: 'Data til graferne', en: 'Chart data' },
  period: { da: 'Periode', en: 'Period' },
  own: { da: 'Egne tal', en: 'Own figures' },
  targetLine: { da: 'Mål', en: 'Target' },
  baselineLine: { da: 'Baseline', en: 'Baseline' },
  statusByTheme: { da: 'Status pr. tema', en: 'Status by theme' },
  theme: { da: 'Tema', en: 'Theme' },
  noCharts: {
    da: 'Ingen mål har mindst to egne opfølgningstal endnu, så der er ingen kurver.',
    en: 'No goal has at least two own follow-up figures yet, so there are no line charts.',
  },
} satisfies Record<string, LocalText>;

/** Fills `{name}` placeholders in a text. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
