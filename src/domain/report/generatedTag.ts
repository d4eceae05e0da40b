import type { SheetSpec } from './sheetSpec';

/**
 * A sheet PlanStatus generated carries a hidden, sheet-scoped defined name with this name, whose
 * value says what the sheet is (`status 2015M08`). Both hosts write and read the same tag, so a
 * report made by the command line is recognised (and replaced) by the add-in, and back.
 */
export const GENERATED_TAG = 'PlanStatus_Generated';

/** The tag of a sheet still being written; a later write removes such leftovers. */
export const PENDING_TAG = 'pending';

/** The tag a finished generated sheet carries: its role and report period. */
export function sheetTag(spec: SheetSpec): string {
  return `${spec.role} ${spec.reportPeriod}`;
}

/** The tag as a constant, the way a defined name stores it: `"status 2015M08"`. */
export function tagConstant(tag: string): string {
  return `"${tag.replace(/"/g, '""')}"`;
}

/** The tag as a formula, the way Office.js sets a name's value: `="status 2015M08"`. */
export function tagFormula(tag: string): string {
  return `=${tagConstant(tag)}`;
}

/** The tag in a defined name's value (with or without `=`), or null when it is none. */
export function tagOfFormula(formula: unknown): string | null {
  if (typeof formula !== 'string') return null;
  const match = /^=?"(.*)"$/.exec(formula.trim());
  return match ? (match[1] ?? '').replace(/""/g, '"') : null;
}
