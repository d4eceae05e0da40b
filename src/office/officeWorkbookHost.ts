import type { AddinHost, SettingValue } from '../domain/ports';
import { splitAddress } from '../domain/cells/address';
import type { RawWorkbook } from '../domain/cells/rawTable';
import type { TableName } from '../domain/findings/finding';
import type { SheetSpec } from '../domain/report/sheetSpec';
import type { TemplateTable } from '../domain/template/buildTemplate';
import type { ApiSupport } from './apiSupport';
import { HostProblem } from './hostErrors';
import type { InputTables } from './readInputTables';
import { readInputTables } from './readInputTables';
import type { WorkbookStructure } from './workbookStructure';
import { loadSheetsAndTables, loadStructure } from './workbookStructure';
import { writeGeneratedSheets } from './writeGeneratedSheets';
import { writeSettingsRows } from './writeSettingsRows';
import { writeTemplateTables } from './writeTemplateTables';

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

  /** What the last reading found, until something is written. */
  private found: InputTables | null = null;

  /** Finds and reads the input tables; remembers them, and the sheets, until the next write. */
  private async discover(): Promise<InputTables> {
    if (this.found) return this.found;
    const lists = await loadSheetsAndTables(this.context);
    this.found = await readInputTables(this.context, lists);
    this.structure = this.found.structure;
    return this.found;
  }

  async readInput(): Promise<RawWorkbook> {
    this.found = null;
    return (await this.discover()).raw;
  }

  async writeGeneratedSheets(sheets: readonly SheetSpec[]): Promise<string[]> {
    const structure = this.structure ?? (await loadStructure(this.context));
    this.structure = null;
    this.found = null;
    return writeGeneratedSheets(this.context, structure, sheets, this.support);
  }

  async writeTemplate(tables: readonly TemplateTable[]): Promise<void> {
    const { choices, structure } = await this.discover();
    this.structure = null;
    this.found = null;
    // A table found any way (by name, header or sheet) is the user's: never made again.
    const missing = tables.filter((t) => choices[t.name] === null);
    await writeTemplateTables(this.context, structure, missing, this.support);
  }

  async findTables(): Promise<Record<TableName, boolean>> {
    const { choices } = await this.discover();
    return {
      Plan: choices.Plan !== null,
      Opfolgning: choices.Opfolgning !== null,
      Indstillinger: choices.Indstillinger !== null,
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
    const { choices, raw } = await this.discover();
    this.structure = null;
    this.found = null;
    await writeSettingsRows(this.context, choices.Indstillinger, raw.indstillinger, values);
  }
}
