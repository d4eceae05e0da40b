import ExcelJS from 'exceljs';
import { columnLetters } from '../domain/cells/address';
import { isExcelError } from '../domain/cells/rawTable';
import type { RawValue } from '../domain/cells/rawTable';
import type { TemplateTable } from '../domain/template/buildTemplate';

/** Rows below the data that still get dropdowns and formats, so new rows work the same. */
const SPARE_ROWS = 500;

/** A validation as ExcelJS writes it; `any` carries only an input message. */
type Validation =
  | ExcelJS.DataValidation
  | (Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & { type: 'any'; formulae?: never });

/** ExcelJS has range data validations (`H2:H500`) but leaves them out of its type declarations. */
interface SheetWithValidations {
  dataValidations: { add(range: string, validation: Validation): void };
}

function cellValueOf(value: RawValue): ExcelJS.CellValue {
  if (value !== null && isExcelError(value)) return null;
  return value;
}

/**
 * Writes the template's tables into a new workbook: one sheet per table with an Excel table,
 * Danish headers, a frozen header row, column widths, text format where typed text must stay
 * text, dropdown lists and input messages on every column.
 */
export async function writeTemplate(tables: readonly TemplateTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PlanStatus';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = column.width;
      col.numFmt = column.format;
    });
    const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
    sheet.addTable({
      name: table.name,
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: rows.map((row) => row.map(cellValueOf)),
    });
    const last = rows.length + 1 + SPARE_ROWS;
    table.columns.forEach((column, i) => {
      const letter = columnLetters(i + 1);
      for (let r = 2; r <= last; r++) sheet.getCell(`${letter}${r}`).numFmt = column.format;
      const help = {
        promptTitle: column.help.title.slice(0, 32),
        prompt: column.help.text.slice(0, 255),
        showInputMessage: true,
      };
      const range = `${letter}2:${letter}${last}`;
      const validations = (sheet as unknown as SheetWithValidations).dataValidations;
      if (column.choices) {
        validations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.choices.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: column.header,
          ...(column.choiceError ? { error: column.choiceError } : {}),
          ...help,
        });
      } else {
        validations.add(range, { type: 'any', allowBlank: true, ...help });
      }
    });
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
