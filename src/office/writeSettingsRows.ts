import type { SettingValue } from '../domain/ports';
import { foldHeader, SETTING_KEYS } from '../domain/model/columns';
import { HostProblem } from './hostErrors';

/**
 * Writes settings into the `Indstillinger` table: the Værdi cell of each key's row, or a new
 * row for a key the table does not have. Text is written as text. Three syncs.
 */
export async function writeSettingsRows(
  context: Excel.RequestContext,
  values: readonly SettingValue[],
): Promise<void> {
  const table = context.workbook.tables.getItemOrNullObject('Indstillinger');
  await context.sync();
  if (table.isNullObject) {
    throw new HostProblem({
      da: "Tabellen 'Indstillinger' findes ikke. Opret skabelonen først.",
      en: "The table 'Indstillinger' does not exist. Create the template first.",
    });
  }
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values,rowIndex,columnIndex');
  await context.sync();
  const headers = (header.values[0] ?? []).map((h) => foldHeader(String(h)));
  const keyColumn = headers.findIndex((h) => h === 'nøgle' || h === 'key');
  const valueColumn = headers.findIndex((h) => h === 'værdi' || h === 'value');
  if (keyColumn < 0 || valueColumn < 0) {
    throw new HostProblem({
      da: "Tabellen 'Indstillinger' mangler kolonnerne Nøgle og Værdi.",
      en: "The table 'Indstillinger' lacks the columns Nøgle and Værdi.",
    });
  }
  const sheet = table.worksheet;
  const added: (string | number)[][] = [];
  for (const { key, value } of values) {
    const spec = SETTING_KEYS.find((k) => k.key === key);
    if (!spec) continue;
    const row = body.values.findIndex((r) => {
      const text = foldHeader(String(r[keyColumn] ?? ''));
      return text === foldHeader(spec.da) || text === foldHeader(spec.en);
    });
    const cellValue = value ?? '';
    if (row >= 0) {
      const cell = sheet.getCell(body.rowIndex + row, body.columnIndex + valueColumn);
      cell.numberFormat = [[typeof value === 'number' ? 'General' : '@']];
      cell.values = [[cellValue]];
    } else {
      const newRow: (string | number)[] = headers.map(() => '');
      newRow[keyColumn] = spec.da;
      newRow[valueColumn] = cellValue;
      added.push(newRow);
    }
  }
  if (added.length > 0) {
    // New rows take the formats of the row above, so they get their own before their values:
    // a text such as '-3 flere' must not become a formula, nor '2650' a number.
    table.rows.add(
      undefined,
      added.map((row) => row.map(() => '')),
    );
    const rows = sheet.getRangeByIndexes(
      body.rowIndex + body.values.length,
      body.columnIndex,
      added.length,
      headers.length,
    );
    rows.numberFormat = added.map((row) =>
      row.map((v) => (typeof v === 'number' ? 'General' : '@')),
    );
    rows.values = added;
  }
  await context.sync();
}
