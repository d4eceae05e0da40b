import type { WorkbookHost } from '../domain/ports';
import type { RawWorkbook } from '../domain/cells/rawTable';
import type { SheetSpec } from '../domain/report/sheetSpec';
import type { TemplateTable } from '../domain/template/buildTemplate';
import { findInputTables } from './findInputTables';
import type { FoundTables } from './findInputTables';
import { loadXlsx } from './loadXlsx';
import { writeReportPackage } from './package/writeReportPackage';
import { writeTemplate } from './writeTemplate';

/**
 * A workbook held in memory as .xlsx bytes. Reading never changes the bytes; writing makes new
 * bytes, which the caller saves where it wants (never over the input file).
 */
export class XlsxHost implements WorkbookHost {
  private found: FoundTables | null = null;

  constructor(private bytes: Uint8Array) {}

  /** The workbook as it is now. */
  get data(): Uint8Array {
    return this.bytes;
  }

  /** How each input table was found, after {@link readInput}. */
  get foundBy(): FoundTables['foundBy'] {
    return this.found?.foundBy ?? {};
  }

  async readInput(): Promise<RawWorkbook> {
    const { workbook, generatedSheets } = await loadXlsx(this.bytes);
    this.found = findInputTables(workbook, generatedSheets);
    return this.found.raw;
  }

  async writeGeneratedSheets(sheets: readonly SheetSpec[]): Promise<string[]> {
    const { data, names } = await writeReportPackage(this.bytes, sheets);
    this.bytes = data;
    return names;
  }

  async writeTemplate(tables: readonly TemplateTable[]): Promise<void> {
    this.bytes = await writeTemplate(tables);
  }
}
