import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import { buildResultsSheet, RESULTS_TABLE } from '../../src/domain/report/buildResultsSheet';
import { writeReportPackage } from '../../src/xlsx/package/writeReportPackage';
import { exampleWorkbook, TODAY } from '../helpers/fixtures';
import {
  excelWorkbook,
  exampleXlsx,
  packageParts,
  packageProblems,
  worksheet,
} from '../helpers/xlsx';

const results = buildResultsSheet(analyzeWorkbook(exampleWorkbook(), { today: TODAY }), 'da');

/** The Excel tables of a sheet as ExcelJS loads them: name and reference. */
function tablesOf(sheet: ReturnType<typeof worksheet>): { name: string; ref: string }[] {
  return sheet.getTables().map((t) => {
    const model = (t as unknown as { table: { name: string; tableRef: string } }).table;
    return { name: model.name, ref: model.tableRef };
  });
}

describe('a generated sheet with an Excel table, written into an .xlsx package', () => {
  it('holds the results as an Excel table with the header row and one row per goal', async () => {
    const { data, names } = await writeReportPackage(await exampleXlsx(), [results]);
    expect(names).toEqual(['Beregning']);
    const sheet = worksheet(await excelWorkbook(data), 'Beregning');
    expect(tablesOf(sheet)).toEqual([{ name: RESULTS_TABLE, ref: 'A1:M25' }]);
    expect(sheet.getCell('A2').value).toBe('U1');
    expect(packageProblems(await packageParts(data))).toEqual([]);
  });

  it('replaces the table with its sheet when written again, leaving no table part behind', async () => {
    const input = await exampleXlsx();
    const tableParts = (parts: Map<string, string>) =>
      [...parts.keys()].filter((p) => p.startsWith('xl/tables/'));
    const inputTables = tableParts(await packageParts(input)).length;
    const once = (await writeReportPackage(input, [results])).data;
    const twice = (await writeReportPackage(once, [results])).data;
    const parts = await packageParts(twice);
    expect(tableParts(parts)).toHaveLength(inputTables + 1);
    expect(packageProblems(parts)).toEqual([]);
    expect(tablesOf(worksheet(await excelWorkbook(twice), 'Beregning'))).toEqual([
      { name: RESULTS_TABLE, ref: 'A1:M25' },
    ]);
  });
});
