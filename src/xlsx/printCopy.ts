import ExcelJS from 'exceljs';
import type { SheetSpec } from '../domain/report/sheetSpec';
import { OoxmlPackage } from './package/ooxmlPackage';
import { removeSheet } from './package/sheetParts';
import { WorkbookPart } from './package/workbookPart';
import { writeReportPackage } from './package/writeReportPackage';

const BLANK = 'PlanStatusBlank';

/**
 * A workbook with only the generated sheets, for printing the report to PDF without the
 * user's input sheets.
 */
export async function printCopy(specs: readonly SheetSpec[]): Promise<Buffer> {
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet(BLANK);
  const { data } = await writeReportPackage(new Uint8Array(await empty.xlsx.writeBuffer()), specs);
  const pkg = await OoxmlPackage.load(data);
  const workbook = await WorkbookPart.open(pkg);
  const blank = (await workbook.sheets()).find((s) => s.name === BLANK);
  if (blank) await removeSheet(pkg, workbook, blank);
  workbook.save();
  return pkg.toBuffer();
}
