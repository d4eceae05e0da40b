/** How a number written as text was read. */
export interface ParsedNumberText {
  readonly value: number;
  /** True when the text was only a valid number the English way (`7.7`, `1,071,224`). */
  readonly english: boolean;
  /** True when the text carried a percent sign. */
  readonly percent: boolean;
}

const MINUS = /^[-−–]/;
const DANISH = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,2}(?: \d{3})+|\d+)(?:,\d+)?$|^,\d+$/;
const ENGLISH = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/**
 * Reads a number written as text, the Danish way whenever the text is a valid Danish number
 * (`1.071.224`, `7,7`, `1,500` → 1.5, `−3,5`), else the English way (`7.7`, `1,071.5`).
 * A sign, surrounding spaces, a `%` or a `kr.` unit are allowed. Returns null for anything else.
 *
 * @example parseNumberText('1.500') → { value: 1500, english: false, percent: false }
 */
export function parseNumberText(text: string): ParsedNumberText | null {
  let body = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
  } else {
    const unit = /\s*kr\.?$/i.exec(body);
    if (unit) body = body.slice(0, unit.index);
    else if (/^kr\.?\s*/i.test(body)) body = body.replace(/^kr\.?\s*/i, '');
  }
  let sign = 1;
  if (body.startsWith('+')) body = body.slice(1).trimStart();
  else if (MINUS.test(body)) {
    sign = -1;
    body = body.slice(1).trimStart();
  }
  if (body === '') return null;
  if (DANISH.test(body)) {
    const normal = body.replace(/[. ]/g, '').replace(',', '.');
    return finite(sign * Number(normal), false, percent);
  }
  if (ENGLISH.test(body)) return finite(sign * Number(body.replace(/,/g, '')), true, percent);
  return null;
}

function finite(value: number, english: boolean, percent: boolean): ParsedNumberText | null {
  // `+ 0` turns −0 into 0; digits beyond double range are not a usable number.
  return Number.isFinite(value) ? { value: value + 0, english, percent } : null;
}
