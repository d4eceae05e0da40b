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

const quote = (text: string): string => `"${text.replace(/"/g, "'")}"`;

/** The format of a goal's values: `#,##0`, `0.0" %"`, `#,##0" kr."` … */
export function unitFormat(unit: Unit | null, decimals: boolean, language: Language): string {
  if (unit === 'percent' || unit === 'percentage_points') {
    return `0.0${quote(UNIT_SUFFIX[unit]?.[language] ?? '')}`;
  }
  const number = decimals ? '#,##0.0' : '#,##0';
  const suffix = unit === null ? undefined : UNIT_SUFFIX[unit]?.[language];
  return suffix ? `${number}${quote(suffix)}` : number;
}

/** A format that shows the number followed by a note in brackets: `444 (2013)`. */
export function withNote(format: string, note: string): string {
  return `${format}${quote(` (${note})`)}`;
}

/** A format with an explicit sign: `+2,5 pct.-point`, `−3`. */
export function signedFormat(format: string): string {
  return `+${format};${quote('−')}${format};${format}`;
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
