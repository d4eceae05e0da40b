import type { AddinHost, SettingValue } from '../domain/ports';
import { splitAddress } from '../domain/cells/address';
import type { RawWorkbook } from '../domain/cells/rawTable';
import type { TableName } from '../domain/findings/finding';
import { foldHeader } from '../domain/model/columns';
import type { SheetSpec } from '../domain/report/sheetSpec';
import type { TemplateTable } from '../domain/template/buildTemplate';
import type { ApiSupport } from './apiSupport';
import { HostProblem } from './hostErrors';
import { readInputTables } from './readInputTables';
import type { WorkbookStructure } from './workbookStructure';
import { loadSheetsAndTables, loadStructure } from './workbookStructure';
import { writeGeneratedSheets } from './writeGeneratedSheets';
import { writeSettingsRows } from './writeSettingsRows';
import { writeTemplateTables } from './writeTemplateTables';

const TABLE_NAMES: Record<TableName, readonly string[]> = {
  Plan: ['plan'],
  Opfolgning: ['opfolgning', 'opfølgning'],
  Indstillinger: ['indstillinger', 'settings'],
};

/**
 * The workbook open in Excel, for one user action: every method works through the action's
 * request context. What one call learns about the workbook's sheets (read with the input) is
 * kept for the next, so an action that reads and then writes needs no extra round trip.
 */
export class OfficeWorkbookHost implements AddinHost {
  private structure: WorkbookStructure | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly support: ApiSupport,
  ) {}

  async readInput(): Promise<RawWorkbook> {
    const lists = await loadSheetsAndTables(this.context);
    const { raw, structure } = await readInputTables(this.context, lists);
    this.structure = structure;
    return raw;
  }

  async writeGeneratedSheets(sheets: readonly SheetSpec[]): Promise<string[]> {
    const structure = this.structure ?? (await loadStructure(this.context));
    this.structure = null;
    return writeGeneratedSheets(this.context, structure, sheets, this.support);
  }

  async writeTemplate(tables: readonly TemplateTable[]): Promise<void> {
    const lists = await loadSheetsAndTables(this.context);
    this.structure = null;
    await writeTemplateTables(this.context, lists, tables, this.support);
  }

  async findTables(): Promise<Record<TableName, boolean>> {
    const lists = await loadSheetsAndTables(this.context);
    const has = (kind: TableName): boolean =>
      lists.tables.some((t) => TABLE_NAMES[kind].includes(foldHeader(t.name))) ||
      lists.sheets.some((s) => TABLE_NAMES[kind].includes(foldHeader(s.name)));
    return {
      Plan: has('Plan'),
      Opfolgning: has('Opfolgning'),
      Indstillinger: has('Indstillinger'),
    };
  }

  async selectCell(address: string): Promise<void> {
    const split = splitAddress(address);
    if (!split) {
      throw new HostProblem({
        da: `Cellen '${address}' kan ikke findes.`,
        en: `The cell '${address}' cannot be found.`,
      });
    }
    const context = this.context;
    const sheet = context.workbook.worksheets.getItemOrNullObject(split.sheet);
    await context.sync();
    if (sheet.isNullObject) {
      throw new HostProblem({
        da: `Arket '${split.sheet}' findes ikke længere. Validér igen.`,
        en: `The sheet '${split.sheet}' no longer exists. Validate again.`,
      });
    }
    sheet.activate();
    sheet.getRange(split.cell).select();
    await context.sync();
  }

  async writeSettings(values: readonly SettingValue[]): Promise<void> {
    this.structure = null;
    await writeSettingsRows(this.context, values);
  }
}
