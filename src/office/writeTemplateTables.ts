import { columnLetters } from '../domain/cells/address';
import { isExcelError } from '../domain/cells/rawTable';
import type { TableName } from '../domain/findings/finding';
import type { TemplateTable } from '../domain/template/buildTemplate';
import type { ApiSupport } from './apiSupport';
import { widthInPoints } from './renderSheet';
import type { SheetsAndTables } from './workbookStructure';

/** Rows under the data that get the same formats and dropdowns, so new rows work alike. */
const SPARE_ROWS = 500;

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function freeSheetName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Creates the template's tables that the workbook does not have yet, each on a new sheet:
 * text format where typed text must stay text, values, an Excel table with the table's name,
 * widths, frozen header, and (ExcelApi 1.8) dropdown lists and input messages. A table of that
 * name that exists already is left alone. One sync.
 */
export async function writeTemplateTables(
  context: Excel.RequestContext,
  lists: SheetsAndTables,
  tables: readonly TemplateTable[],
  support: ApiSupport,
): Promise<{ created: TableName[]; kept: TableName[] }> {
  const exists = (name: TableName): boolean => lists.tables.some((t) => sameName(t.name, name));
  const taken = new Set(lists.sheets.map((s) => s.name.toLowerCase()));
  const created: TableName[] = [];
  const kept: TableName[] = [];
  let first: Excel.Worksheet | null = null;
  for (const table of tables) {
    if (exists(table.name)) {
      kept.push(table.name);
      continue;
    }
    const sheet = context.workbook.worksheets.add(freeSheetName(table.sheet, taken));
    first ??= sheet;
    const cols = table.columns.length;
    const dataRows = Math.max(1, table.rows.length);
    const lastColumn = columnLetters(cols);
    table.columns.forEach((column, c) => {
      const letter = columnLetters(c + 1);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(column.width);
    });
    const formatRows = 1 + dataRows + SPARE_ROWS;
    sheet.getRange(`A1:${lastColumn}${formatRows}`).numberFormat = Array.from(
      { length: formatRows },
      (_, r) => table.columns.map((column) => (r === 0 ? '@' : column.format)),
    );
    const body = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
    sheet.getRange(`A1:${lastColumn}${dataRows + 1}`).values = [
      table.columns.map((column) => column.header),
      ...body.map((row) =>
        row.map((value) => (value === null || isExcelError(value) ? '' : value)),
      ),
    ];
    const excelTable = sheet.tables.add(`A1:${lastColumn}${dataRows + 1}`, true);
    excelTable.name = table.name;
    excelTable.style = 'TableStyleMedium2';
    sheet.freezePanes.freezeRows(1);
    if (support.api18) {
      table.columns.forEach((column, c) => {
        const letter = columnLetters(c + 1);
        const validation = sheet.getRange(`${letter}2:${letter}${formatRows}`).dataValidation;
        if (column.choices) {
          validation.rule = { list: { inCellDropDown: true, source: column.choices.join(',') } };
          validation.errorAlert = {
            showAlert: true,
            style: 'Warning',
            title: column.header,
            message: column.choiceError ?? '',
          };
        }
        validation.prompt = {
          showPrompt: true,
          title: column.help.title.slice(0, 32),
          message: column.help.text.slice(0, 255),
        };
      });
    }
    created.push(table.name);
  }
  first?.activate();
  await context.sync();
  return { created, kept };
}
