import { placeGeneratedSheet } from '../domain/report/sheetNames';
import type { SheetSpec } from '../domain/report/sheetSpec';
import type { ApiSupport } from './apiSupport';
import { renderSheet } from './renderSheet';
import { SyncBudget } from './syncBudget';
import type { WorkbookStructure } from './workbookStructure';
import { GENERATED_TAG, PENDING_TAG, sheetTag, tagFormula } from '../domain/report/generatedTag';

interface Planned {
  readonly spec: SheetSpec;
  readonly temporary: string;
  /** Where the sheet it replaces waits until the new one is in place. */
  readonly backup: string;
  readonly name: string;
  readonly replaces: string | null;
}

function plan(structure: WorkbookStructure, specs: readonly SheetSpec[]): Planned[] {
  const leftovers = new Set(
    structure.sheets.filter((s) => structure.tags.get(s.name) === PENDING_TAG).map((s) => s.name),
  );
  // Leftovers are deleted first, so places count among the sheets that remain.
  const kept = structure.sheets.filter((s) => !leftovers.has(s.name));
  const existing = kept.map((s) => ({ name: s.name, generated: structure.tags.has(s.name) }));
  const taken = new Set(structure.sheets.map((s) => s.name.toLowerCase()));
  return specs.map((spec, i) => {
    const place = placeGeneratedSheet(spec.name, existing);
    existing.push({ name: place.name, generated: false });
    const free = (stem: string): string => {
      let name = stem;
      for (let n = 2; taken.has(name.toLowerCase()) && !leftovers.has(name); n++)
        name = `${stem}.${n}`;
      taken.add(name.toLowerCase());
      return name;
    };
    const temporary = free(`~PlanStatus ${i + 1}`);
    const backup = free(`~PlanStatus old ${i + 1}`);
    return { spec, temporary, backup, name: place.name, replaces: place.replaces };
  });
}

/**
 * Puts the workbook back as it was after a failed write: new sheets are deleted (under their
 * temporary or final name) and a replaced sheet waiting under its backup name gets its name
 * back. A failure here is left for the next action: the new sheets keep their pending tag.
 */
async function restore(context: Excel.RequestContext, planned: readonly Planned[]): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    const found = planned.map((p) => ({
      p,
      temporary: sheets.getItemOrNullObject(p.temporary),
      backup: sheets.getItemOrNullObject(p.backup),
      final: sheets.getItemOrNullObject(p.name),
    }));
    await context.sync();
    for (const { p, temporary, backup, final } of found) {
      if (!temporary.isNullObject) temporary.delete();
      // The final name holds the new sheet only if the old one moved away, or there was none.
      const movedAway = p.replaces !== null && !backup.isNullObject;
      if (!final.isNullObject && (movedAway || p.replaces === null)) final.delete();
      if (movedAway && p.replaces !== null) backup.name = p.replaces;
    }
    await context.sync();
  } catch {
    // The new sheets keep their pending tag, so the next write removes them.
  }
}

/**
 * Writes generated sheets the safe way. Each is first written under a temporary name with a
 * `pending` tag; only when all of it is queued does an earlier generated sheet of the same name
 * step aside, the new one take its name, place and tag, and the old one get deleted. A user's
 * sheet is never deleted: a name it holds gets a suffix. If anything fails, the new sheets are
 * removed and a replaced sheet gets its name back, so the workbook is as it was. Small reports
 * take one sync; large ones one more per chunk under Excel on the web's 5 MB request limit.
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
    // The old sheet steps aside first and is deleted last, so a failure at any point here can
    // be undone: see restore().
    for (const { planned: p } of written) {
      if (p.replaces) context.workbook.worksheets.getItem(p.replaces).name = p.backup;
    }
    // Each new sheet takes the place of the one it replaces, just before it. The order of the
    // sheets is followed here as Excel will change it, queued command by queued command.
    const order = [
      ...structure.sheets
        .filter((s) => structure.tags.get(s.name) !== PENDING_TAG)
        .map((s) => s.name),
      ...written.map(({ planned: p }) => p.temporary),
    ];
    for (const { planned: p, sheet, tag } of written) {
      sheet.name = p.name;
      if (p.replaces) {
        order.splice(order.indexOf(p.temporary), 1);
        const position = order.indexOf(p.replaces);
        order.splice(position, 0, p.temporary);
        sheet.position = position;
      }
      tag.formula = tagFormula(sheetTag(p.spec));
    }
    for (const { planned: p } of written) {
      if (p.replaces) context.workbook.worksheets.getItem(p.backup).delete();
    }
    for (const { planned: p, tables } of written) {
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
    await restore(context, planned);
    throw error;
  }
  return planned.map((p) => p.name);
}
