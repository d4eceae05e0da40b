import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import { buildReport } from '../../src/domain/report/buildReport';
import { loadXlsx } from '../../src/xlsx/loadXlsx';
import { printCopy } from '../../src/xlsx/printCopy';
import { exampleWorkbook, TODAY } from '../helpers/fixtures';
import {
  definedNames,
  excelWorkbook,
  packageParts,
  packageProblems,
  sheetEntries,
  worksheet,
} from '../helpers/xlsx';

describe('printCopy: a workbook to print the report from', () => {
  const analysis = analyzeWorkbook(exampleWorkbook(), { today: TODAY });
  const report = buildReport({ analysis, language: 'da', today: TODAY });
  let data: Buffer;
  let parts: Map<string, string>;
  beforeAll(async () => {
    data = await printCopy([report.status, report.charts]);
    parts = await packageParts(data);
  });

  it('contains only the two generated sheets, in order', async () => {
    expect(sheetEntries(parts).map((s) => s.name)).toEqual(['Status 2015M08', 'Grafer 2015M08']);
    const workbook = await excelWorkbook(data);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Status 2015M08', 'Grafer 2015M08']);
    expect(worksheet(workbook, 'Status 2015M08').getCell('A1').value).toBe(
      'Status på mål – Aktiveringsstrategi 2015',
    );
  });

  it('keeps no part of the blank sheet it started from (its name stays only in docProps/app.xml)', () => {
    const worksheets = [...parts.keys()].filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(worksheets).toHaveLength(2);
    expect(sheetEntries(parts).every((s) => parts.has(s.path))).toBe(true);
    const mentions = [...parts].filter(([, text]) => text.includes('PlanStatusBlank'));
    expect(mentions.map(([path]) => path)).toEqual(['docProps/app.xml']);
  });

  it('keeps the print areas, print titles and tags on the right sheets', () => {
    expect(definedNames(parts).map((n) => [n.name, n.localSheetId, n.formula])).toEqual([
      ['_xlnm.Print_Area', '0', "'Status 2015M08'!$A$1:$H$49"],
      ['_xlnm.Print_Titles', '0', "'Status 2015M08'!$5:$5"],
      ['PlanStatus_Generated', '0', '"status 2015M08"'],
      ['_xlnm.Print_Area', '1', "'Grafer 2015M08'!$A$1:$P$21"],
      ['PlanStatus_Generated', '1', '"charts 2015M08"'],
    ]);
  });

  it('is a sound package with the charts', async () => {
    expect(packageProblems(parts)).toEqual([]);
    expect([...parts.keys()].filter((p) => p.startsWith('xl/charts/')).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
    ]);
    const { generatedSheets } = await loadXlsx(data);
    expect([...generatedSheets]).toEqual(['Status 2015M08', 'Grafer 2015M08']);
  });
});
