import type { Unit } from '../model/vocabulary';
import type { Language } from '../text/localText';

/**
 * Excel number format codes for the report. Codes are written the way Excel stores them
 * (`,` groups thousands, `.` marks decimals); Excel shows them the Danish way (1.234,5) on a
 * Danish machine. Units that are signs go into the format as quoted text, so cells stay numbers.
 */

const UNIT_SUFFIX: Partial<Record<Unit, Record<Language, string>>> = {
  percent: { da: ' %', en: ' %' },
  percentage_points: { da: ' pct.-point', en: ' pp' },
  dkk: { da: ' kr.', en: ' DKK' },
};

/** Short names of the counting units, shown after a target so its unit is on the sheet. */
const COUNT_UNIT: Partial<Record<Unit, Record<Language, string>>> = {
  persons: { da: ' personer', en: ' persons' },
  full_year_persons: { da: ' helårspers.', en: ' full-year pers.' },
  full_time_persons: { da: ' fuldtidspers.', en: ' full-time pers.' },
  courses: { da: ' forløb', en: ' courses' },
};

/** Excel limits a number format to 255 characters. */
const MAX_FORMAT = 255;

/**
 * The format of a goal's value, with everything shown after the number in ONE quoted literal:
 * `#,##0`, `0.0" %"`, `#,##0" kr."`, `#,##0" personer (dec. 2015)"`. With `countUnit`, a counting
 * unit is named too; with `note`, a bracketed note (usually the period) follows.
 */
export function unitFormat(
  unit: Unit | null,
  decimals: boolean,
  language: Language,
  options: { readonly note?: string; readonly countUnit?: boolean } = {},
): string {
  const percentLike = unit === 'percent' || unit === 'percentage_points';
  const number = percentLike ? '0.0' : decimals ? '#,##0.0' : '#,##0';
  const sign = unit === null ? '' : (UNIT_SUFFIX[unit]?.[language] ?? '');
  const counted = options.countUnit && unit !== null ? (COUNT_UNIT[unit]?.[language] ?? '') : '';
  const note = options.note ? ` (${options.note})` : '';
  const suffix = `${sign}${counted}${note}`.replace(/"/g, "'");
  if (suffix === '') return number;
  return `${number}"${suffix.slice(0, MAX_FORMAT - number.length - 2)}"`;
}

/** A format with an explicit sign: `+2,5 pct.-point`, `−3`. */
export function signedFormat(format: string): string {
  return `+${format};"−"${format};${format}`;
}

/** Målopfyldelse: a fraction shown as a whole percentage, `62 %`. */
export const ATTAINMENT_FORMAT = '0 %';

/** A relative change with its sign, `+12 %`. */
export const CHANGE_FORMAT = signedFormat('0 %');

/** The unit of a difference: a difference of percentages is in percentage points. */
export function differenceUnit(unit: Unit | null): Unit | null {
  return unit === 'percent' ? 'percentage_points' : unit;
}

/** True when a value needs a decimal to be shown honestly (17,7 rather than 18). */
export function needsDecimals(values: readonly (number | null)[]): boolean {
  return values.some((v) => v !== null && Math.abs(v - Math.round(v)) > 1e-9);
}
