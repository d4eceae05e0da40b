import ExcelJS from 'exceljs';
import { OoxmlPackage } from './package/ooxmlPackage';
import { WorkbookPart } from './package/workbookPart';

/** A file that is not a readable .xlsx workbook. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly reason: string) {
    super(`The file is not a readable .xlsx workbook: ${reason}`);
    this.name = 'UnreadableWorkbookError';
  }
}

export interface LoadedXlsx {
  readonly workbook: ExcelJS.Workbook;
  /** Names of the sheets PlanStatus generated earlier (by their tag). */
  readonly generatedSheets: ReadonlySet<string>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Loads an .xlsx workbook for reading; a file that is no such workbook is an {@link UnreadableWorkbookError}. */
export async function loadXlsx(data: Uint8Array): Promise<LoadedXlsx> {
  if (data.length < 4 || ZIP_MAGIC.some((byte, i) => data[i] !== byte)) {
    throw new UnreadableWorkbookError('it is not a zip package (an .xlsx file is one)');
  }
  let generated: string[];
  try {
    const pkg = await OoxmlPackage.load(data);
    const sheets = await (await WorkbookPart.open(pkg)).sheets();
    generated = sheets.filter((s) => s.tag !== null).map((s) => s.name);
  } catch (error) {
    throw new UnreadableWorkbookError(error instanceof Error ? error.message : String(error));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(error instanceof Error ? error.message : String(error));
  }
  return { workbook, generatedSheets: new Set(generated) };
}
