import type { RawWorkbook } from '../domain/cells/rawTable';
import type { SheetSpec } from '../domain/report/sheetSpec';
import type { TemplateTable } from '../domain/template/buildTemplate';

/**
 * What a use case needs from where the workbook lives: Excel through Office.js, or an .xlsx
 * file. Hosts draw what the domain decides; they hold no business rule.
 */
export interface WorkbookHost {
  /** Reads `Plan`, `Opfolgning` and `Indstillinger` (a table not found is null). */
  readInput(): Promise<RawWorkbook>;
  /**
   * Adds generated sheets. A generated sheet of the same name is replaced; a user's sheet of
   * that name is kept and the new sheet gets a suffix. Returns the names the sheets got. On
   * failure nothing is left half-written.
   */
  writeGeneratedSheets(sheets: readonly SheetSpec[]): Promise<string[]>;
  /** Creates the three input tables, empty or with example rows. */
  writeTemplate(tables: readonly TemplateTable[]): Promise<void>;
}
