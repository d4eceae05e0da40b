import type { Unit } from '../model/vocabulary';
import { formatNumber } from '../text/formatNumber';
import type { Language, LocalText } from '../text/localText';

const SUFFIX: Partial<Record<Unit, LocalText>> = {
  percent: { da: ' %', en: ' %' },
  percentage_points: { da: ' pct.-point', en: ' pp' },
  dkk: { da: ' kr.', en: ' DKK' },
};

/** A value with its unit where the unit is a sign (`37 %`, `4,3 pct.-point`), one decimal. */
export function formatValue(value: number, unit: Unit | null, language: Language): string {
  const suffix = unit === null ? '' : (SUFFIX[unit]?.[language] ?? '');
  return `${formatNumber(value, language, 1)}${suffix}`;
}

/** {@link formatValue} in both languages. */
export function valueText(value: number, unit: Unit | null): LocalText {
  return { da: formatValue(value, unit, 'da'), en: formatValue(value, unit, 'en') };
}
