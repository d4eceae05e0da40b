import type { Period } from './period';
import { yearMonth } from './period';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The canonical form of a month: `2015M07`. */
export function formatMonth(month: number): string {
  const { year, month: m } = yearMonth(month);
  return `${year}M${pad(m)}`;
}

/**
 * The canonical text of a period: `2015`, `2015H1`, `2015K3`, `2015M07`, `2015M01-2015M07`.
 * Parsing it gives the same period back.
 */
export function formatPeriod(period: Period): string {
  const { year, month } = yearMonth(period.start);
  switch (period.kind) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}H${Math.ceil(month / 6)}`;
    case 'quarter':
      return `${year}K${Math.ceil(month / 3)}`;
    case 'month':
      return formatMonth(period.start);
    case 'span':
      return `${formatMonth(period.start)}-${formatMonth(period.end)}`;
  }
}
