import type { Language } from '../text/localText';
import { DANISH_MONTHS, DANISH_MONTHS_SHORT, ENGLISH_MONTHS } from './monthNames';
import type { Period } from './period';
import { yearMonth } from './period';

function monthName(month: number, language: Language): string {
  return (language === 'da' ? DANISH_MONTHS : ENGLISH_MONTHS)[month - 1] ?? '';
}

function shortMonth(month: number, language: Language): string {
  return language === 'da'
    ? (DANISH_MONTHS_SHORT[month - 1] ?? '')
    : (ENGLISH_MONTHS[month - 1] ?? '').slice(0, 3);
}

/**
 * The label a reader sees: `2015H1` → "1. halvår 2015", `2015K3` → "3. kvartal 2015",
 * `2015M07` → "juli 2015", `2015M01-2015M07` → "jan.–jul. 2015" (English: "H1 2015",
 * "Q3 2015", "July 2015", "Jan–Jul 2015"). With `short`, a month is abbreviated: "jul. 2015".
 */
export function labelPeriod(
  period: Period,
  language: Language = 'da',
  options: { readonly short?: boolean } = {},
): string {
  const start = yearMonth(period.start);
  const end = yearMonth(period.end);
  const da = language === 'da';
  switch (period.kind) {
    case 'year':
      return String(start.year);
    case 'half': {
      const h = Math.ceil(start.month / 6);
      return da ? `${h}. halvår ${start.year}` : `H${h} ${start.year}`;
    }
    case 'quarter': {
      const q = Math.ceil(start.month / 3);
      return da ? `${q}. kvartal ${start.year}` : `Q${q} ${start.year}`;
    }
    case 'month':
      return options.short
        ? `${shortMonth(start.month, language)} ${start.year}`
        : `${monthName(start.month, language)} ${start.year}`;
    case 'span': {
      if (start.month === 1 && end.month === 12) return `${start.year}–${end.year}`;
      const from = shortMonth(start.month, language);
      const to = shortMonth(end.month, language);
      return start.year === end.year
        ? `${from}–${to} ${end.year}`
        : `${from} ${start.year}–${to} ${end.year}`;
    }
  }
}
