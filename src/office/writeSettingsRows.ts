import { splitAddress } from '../domain/cells/address';
import type { RawTable } from '../domain/cells/rawTable';
import { headerMatches, SETTING_KEYS, SETTINGS_COLUMNS } from '../domain/model/columns';
import type { SettingValue } from '../domain/ports';
import type { TableChoice } from '../domain/reading/chooseInputTables';
import { HostProblem } from './hostErrors';
import { topLeftOf } from './officeValues';

const column = (table: RawTable, field: 'key' | 'value'): number => {
  const spec = SETTINGS_COLUMNS.find((c) => c.field === field);
  return table.header.findIndex(
    (cell) =>
      spec !== undefined && typeof cell.value === 'string' && headerMatches(cell.value, spec),
  );
};

const formatOf = (value: string | number): string => (typeof value === 'number' ? 'General' : '@');

/**
 * Writes settings where reading found `Indstillinger` (an Excel table by name or header, or a
 * sheet's range): the Værdi cell of each key's row, or a new row for a key it lacks. A cell gets
 * its number format before its value, so text stays text. One sync.
 */
export async function writeSettingsRows(
  context: Excel.RequestContext,
  choice: TableChoice | null,
  table: RawTable | null,
  values: readonly SettingValue[],
): Promise<void> {
  if (!choice || !table) {
    throw new HostProblem({
      da: "Tabellen 'Indstillinger' findes ikke. Opret skabelonen først.",
      en: "The table 'Indstillinger' does not exist. Create the template first.",
    });
  }
  const keyColumn = column(table, 'key');
  const valueColumn = column(table, 'value');
  const origin = topLeftOf(table.header[0]?.address ?? '');
  if (keyColumn < 0 || valueColumn < 0 || !origin) {
    throw new HostProblem({
      da: "Tabellen 'Indstillinger' mangler kolonnerne Nøgle og Værdi.",
      en: "The table 'Indstillinger' lacks the columns Nøgle and Værdi.",
    });
  }
  const sheet = context.workbook.worksheets.getItem(table.sheet);
  const added: (string | number)[][] = [];
  for (const { key, value } of values) {
    const spec = SETTING_KEYS.find((k) => k.key === key);
    if (!spec) continue;
    const row = table.rows.find((cells) => {
      const text = cells[keyColumn]?.value;
      return typeof text === 'string' && headerMatches(text, spec);
    });
    const cellValue = value ?? '';
    const target = row?.[valueColumn] ? splitAddress(row[valueColumn].address) : null;
    if (target) {
      const cell = sheet.getRange(target.cell);
      cell.numberFormat = [[formatOf(cellValue)]];
      cell.values = [[cellValue]];
    } else {
      const newRow: (string | number)[] = table.header.map(() => '');
      newRow[keyColumn] = spec.da;
      newRow[valueColumn] = cellValue;
      added.push(newRow);
    }
  }
  if (added.length > 0) {
    const width = table.header.length;
    if (choice.source === 'table') {
      // A row added to a table takes the formats of the row above, so it is added empty and
      // gets its own formats before its values: '-3 flere' must not become a formula.
      context.workbook.tables.getItem(choice.table).rows.add(
        undefined,
        added.map((row) => row.map(() => '')),
      );
    }
    const rows = sheet.getRangeByIndexes(
      origin.row + table.rows.length,
      origin.col - 1,
      added.length,
      width,
    );
    rows.numberFormat = added.map((row) => row.map(formatOf));
    rows.values = added;
  }
  await context.sync();
}
