import { GENERATED_TAG, tagOfFormula } from '../domain/report/generatedTag';

export interface SheetsAndTables {
  readonly sheets: readonly { readonly name: string; readonly position: number }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
}

export interface WorkbookStructure extends SheetsAndTables {
  /** Generated sheets by name, with their tag (`status 2015M08`, or `pending`). */
  readonly tags: ReadonlyMap<string, string>;
}

/** Loads the names of the sheets and tables: one sync. */
export async function loadSheetsAndTables(context: Excel.RequestContext): Promise<SheetsAndTables> {
  const sheets = context.workbook.worksheets.load('items/name,items/position');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  await context.sync();
  return {
    sheets: sheets.items.map((ws) => ({ name: ws.name, position: ws.position })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}

/**
 * Queues the loading of every sheet's tag, to ride along with the next sync; the returned
 * function gives the structure once that sync is done.
 */
export function queueTags(
  context: Excel.RequestContext,
  lists: SheetsAndTables,
): () => WorkbookStructure {
  const items = lists.sheets.map((s) => ({
    name: s.name,
    item: context.workbook.worksheets
      .getItem(s.name)
      .names.getItemOrNullObject(GENERATED_TAG)
      .load('formula'),
  }));
  return () => {
    const tags = new Map<string, string>();
    for (const { name, item } of items) {
      const tag = item.isNullObject ? null : tagOfFormula(item.formula);
      if (tag !== null) tags.set(name, tag);
    }
    return { ...lists, tags };
  };
}

/** Sheets, tables and tags: two syncs. */
export async function loadStructure(context: Excel.RequestContext): Promise<WorkbookStructure> {
  const lists = await loadSheetsAndTables(context);
  const structure = queueTags(context, lists);
  await context.sync();
  return structure();
}
