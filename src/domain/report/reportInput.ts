import type { Analysis, CalendarDate } from '../analyzeWorkbook';
import type { Language } from '../text/localText';

/** What the report is made from: an analysis, the language, and the date it is made on. */
export interface ReportInput {
  readonly analysis: Analysis;
  readonly language: Language;
  readonly today: CalendarDate;
}
