import type { CalendarDate } from '../analyzeWorkbook';
import { DANISH_MONTHS, ENGLISH_MONTHS } from '../periods/monthNames';
import type { Language } from '../text/localText';

/** A date as a reader writes it: "22. november 2026" or "22 November 2026". */
export function formatDate(date: CalendarDate, language: Language): string {
  const months = language === 'da' ? DANISH_MONTHS : ENGLISH_MONTHS;
  const month = months[date.month - 1] ?? '';
  return language === 'da'
    ? `${date.day}. ${month} ${date.year}`
    : `${date.day} ${month} ${date.year}`;
}
