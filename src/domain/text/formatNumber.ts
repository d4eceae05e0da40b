import { round10 } from '../cells/roundNumber';
import type { Language } from './localText';

/**
 * Formats a number for messages and explanations: Danish style (`1.071.224,5`) or English
 * (`1,071,224.5`), with at most `maxDecimals` decimals and no trailing zeros.
 *
 * @example formatNumber(5.8333, 'da', 1) === '5,8'
 */
export function formatNumber(value: number, language: Language, maxDecimals = 2): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const group = language === 'da' ? '.' : ',';
  const decimal = language === 'da' ? ',' : '.';
  const negative = value < 0;
  // Round half up on the value as the domain compares it, so 9.85 shows as 9,9 (not 9,8).
  const factor = 10 ** maxDecimals;
  const fixed = (Math.round(round10(Math.abs(value)) * factor) / factor).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const text = trimmed ? `${grouped}${decimal}${trimmed}` : grouped;
  return negative && text !== '0' ? `−${text}` : text;
}

/** Formats a fraction as a whole percentage: 0.617 → "62 %". */
export function formatPercent(fraction: number, language: Language): string {
  return `${formatNumber(fraction * 100, language, 0)} %`;
}
