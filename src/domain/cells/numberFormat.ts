/** Removes the parts of a format code that are not placeholders: quoted text, escapes, [..]. */
function placeholders(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
}

/** The section of a format code that applies to positive numbers. */
function firstSection(format: string): string {
  return placeholders(format).split(';')[0] ?? '';
}

/** True when a number format shows the value as a percentage (`0%`, `0.0 %`). */
export function isPercentFormat(format: string): boolean {
  return firstSection(format).includes('%');
}

/** True when a number format shows the value as a date (`dd-mm-yyyy`, `mmm yy`, `m/d/yyyy`). */
export function isDateFormat(format: string): boolean {
  const section = firstSection(format).toLowerCase();
  if (section === 'general' || section === 'standard') return false;
  return /[dmy]/.test(section);
}
