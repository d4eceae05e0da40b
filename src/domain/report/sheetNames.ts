const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX = 31;

/** A valid Excel sheet name: forbidden characters replaced, at most 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Ark').slice(0, MAX);
}

/** The name a generated sheet gets: `Status 2015M08`, `Grafer 2015M08`. */
export function generatedSheetName(prefix: string, period: string): string {
  return cleanSheetName(`${prefix} ${period}`);
}

/**
 * Chooses where a generated sheet goes. A sheet by that name that was generated earlier is
 * replaced; a user's sheet by that name is never touched, and the new sheet gets a suffix
 * (`Status 2015M08 (2)`). Names compare case-insensitively, as Excel does.
 */
export function placeGeneratedSheet(
  wanted: string,
  existing: readonly { name: string; generated: boolean }[],
): { name: string; replaces: string | null } {
  const find = (name: string) => existing.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const base = cleanSheetName(wanted);
  for (let n = 1; n < 1000; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${base.slice(0, MAX - suffix.length)}${suffix}`;
    const sheet = find(name);
    if (!sheet) return { name, replaces: null };
    if (sheet.generated) return { name: sheet.name, replaces: sheet.name };
  }
  throw new Error(`No free sheet name for ${wanted}`);
}
