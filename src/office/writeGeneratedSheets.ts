import { placeGeneratedSheet } from '../domain/report/sheetNames';
import type { SheetSpec } from '../domain/report/sheetSpec';
import type { ApiSupport } from './apiSupport';
import { renderSheet } from './renderSheet';
import { SyncBudget } from './syncBudget';
import type { WorkbookStructure } from './workbookStructure';
import { GENERATED_TAG, PENDING_TAG, tagFormula } from './workbookStructure';

/** The tag a finished generated sheet carries: its role and report period. */
export function sheetTag(spec: SheetSpec): string {
  return `${spec.role} ${spec.reportPeriod}`;
}

interface Planned {
  readonly spec: SheetSpec;
  readonly temporary: string;
  readonly name: string;
  readonly replaces: string | null;
  readonly position: number | null;
}

function plan(structure: WorkbookStructure, specs: readonly SheetSpec[]): Planned[] {
  const leftovers = new Set(
    structure.sheets.filter((s) => structure.tags.get(s.name) === PENDING_TAG).map((s) => s.name),
  );
  const existing = structure.sheets
    .filter((s) => !leftovers.has(s.name))
    .map((s) => ({ name: s.name, generated: structure.tags.has(s.name) }));
  const taken = new Set(structure.sheets.map((s) => s.name.toLowerCase()));
  return specs.map((spec, i) => {
    const place = placeGeneratedSheet(spec.name, existing);
    existing.push({ name: place.name, generated: false });
    let temporary = `~PlanStatus ${i + 1}`;
    for (let n = 2; taken.has(temporary.toLowerCase()) && !leftovers.has(temporary); n++)
      temporary = `~PlanStatus ${i + 1}.${n}`;
    taken.add(temporary.toLowerCase());
    const old = structure.sheets.find((s) => s.name === place.replaces);
    return {
      spec,
      temporary,
      name: place.name,
      replaces: place.replaces,
      position: old ? old.position : null,
    };
  });
}

/** Deletes sheets left half-written; a failure to do so is left for the next action's clean-up. */
async function removeTemporary(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<void> {
  try {
    const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // The sheets keep their pending tag, so the next write removes them.
  }
}

/**
 * Writes generated sheets the safe way. Each is first written under a temporary name with a
 * `pending` tag; only when all of it is queued are earlier generated sheets of the same name
 * deleted, the new ones renamed into place and tagged. A user's sheet is never deleted: a name
 * it holds gets a suffix. If anything fails, the new sheets are removed and the workbook is as
 * it was. Small reports take one sync; large ones one more per ~4 MB written.
 */
export async function writeGeneratedSheets(
  context: Excel.RequestContext,
  structure: WorkbookStructure,
  specs: readonly SheetSpec[],
  support: ApiSupport,
): Promise<string[]> {
  const budget = new SyncBudget(context);
  const planned = plan(structure, specs);
  for (const leftover of structure.sheets.filter(
    (s) => structure.tags.get(s.name) === PENDING_TAG,
  )) {
    context.workbook.worksheets.getItem(leftover.name).delete();
  }
  const replaced = new Set(planned.map((p) => p.replaces));
  const tableNames = new Set(
    structure.tables.filter((t) => !replaced.has(t.sheet)).map((t) => t.name.toLowerCase()),
  );
  try {
    const written: {
      planned: Planned;
      sheet: Excel.Worksheet;
      tag: Excel.NamedItem;
      tables: Excel.Table[];
    }[] = [];
    for (const p of planned) {
      const sheet = context.workbook.worksheets.add(p.temporary);
      const tag = sheet.names.add(GENERATED_TAG, tagFormula(PENDING_TAG));
      tag.visible = false;
      const tables = await renderSheet(sheet, p.spec, support, budget);
      tables.forEach((table, i) => (table.name = `${p.spec.tables[i]?.name ?? 'PlanStatus'}Ny`));
      written.push({ planned: p, sheet, tag, tables });
    }
    for (const { planned: p, sheet, tag, tables } of written) {
      if (p.replaces) context.workbook.worksheets.getItem(p.replaces).delete();
      sheet.name = p.name;
      if (p.position !== null) sheet.position = p.position;
      tag.formula = tagFormula(sheetTag(p.spec));
      tables.forEach((table, i) => {
        let name = p.spec.tables[i]?.name ?? 'PlanStatus';
        for (let n = 2; tableNames.has(name.toLowerCase()); n++)
          name = `${p.spec.tables[i]?.name ?? 'PlanStatus'}${n}`;
        tableNames.add(name.toLowerCase());
        table.name = name;
      });
    }
    written[0]?.sheet.activate();
    await context.sync();
  } catch (error) {
    await removeTemporary(
      context,
      planned.map((p) => p.temporary),
    );
    throw error;
  }
  return planned.map((p) => p.name);
}
