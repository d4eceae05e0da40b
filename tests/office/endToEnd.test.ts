import type { Analysis } from '../../src/domain/analyzeWorkbook';
import {
  OBSERVATION_COLUMNS,
  PLAN_COLUMNS,
  SETTINGS_COLUMNS,
} from '../../src/domain/model/columns';
import { buildReport } from '../../src/domain/report/buildReport';
import { buildResultsSheet, RESULTS_TABLE } from '../../src/domain/report/buildResultsSheet';
import { buildTemplate } from '../../src/domain/template/buildTemplate';
import { FULL_SUPPORT } from '../../src/office/apiSupport';
import { widthInPoints } from '../../src/office/renderSheet';
import type { FakeSheet } from '../fakes/excel';
import { formatBox } from '../fakes/excel';
import { asExpected, EXPECTED_RESULTS } from '../helpers/expectedResults';
import { TODAY } from '../helpers/fixtures';
import type { Excel } from './harness';
import { openInExcel } from './harness';
import { sheetDifferences } from './specMatch';

/*
 * The add-in's four actions, one after the other, on a new workbook in (fake) Excel: the
 * template with the worked example, validation, computation and the report.
 */

const INPUT_SHEETS = ['Plan', 'Opfølgning', 'Indstillinger'];
const template = buildTemplate({ example: true });

let excel: Excel;
let inputBefore: unknown;
const inputSnapshot = (): unknown => INPUT_SHEETS.map((s) => excel.workbook.sheet(s).snapshot());

beforeAll(() => {
  excel = openInExcel();
});

afterAll(() => excel.uninstall());

describe('createTemplate(true) on a new workbook', () => {
  beforeAll(async () => {
    await excel.actions.createTemplate(true);
  });

  it('adds one sheet per table after the existing sheet, and activates Plan', () => {
    expect(excel.workbook.sheetNames()).toEqual(['Ark1', ...INPUT_SHEETS]);
    expect(excel.workbook.activeSheet?.name).toBe('Plan');
  });

  it('makes the three tables with their names, ranges and style: finds none, writes, finds them', () => {
    expect(
      excel.workbook.tables.map((t) => [t.name, t.sheet.name, formatBox(t.box), t.style]),
    ).toEqual([
      ['Plan', 'Plan', 'A1:S25', 'TableStyleMedium2'],
      ['Opfolgning', 'Opfølgning', 'A1:F18', 'TableStyleMedium2'],
      ['Indstillinger', 'Indstillinger', 'A1:B5', 'TableStyleMedium2'],
    ]);
    // Two syncs to look for the tables, one to write them, two to find them again.
    expect(excel.takeSyncs().map((s) => [s.index, s.outcome])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'ok'],
      [4, 'ok'],
      [5, 'ok'],
    ]);
  });

  it('writes the Danish headers and the example rows as typed values', () => {
    const columns = [PLAN_COLUMNS, OBSERVATION_COLUMNS, SETTINGS_COLUMNS];
    template.forEach((table, i) => {
      const sheet = excel.workbook.sheet(table.sheet);
      const box = excel.workbook.table(table.name).box;
      const [header, ...rows] = sheet.readBox(box);
      expect(header).toEqual(columns[i]?.map((c) => c.da));
      expect(rows).toEqual(table.rows.map((row) => row.map((v) => v ?? '')));
    });
  });

  it('formats Ids, periods and other text columns as text, down to 500 spare rows', () => {
    const plan = excel.workbook.sheet('Plan');
    const letters = (sheet: FakeSheet, row: number, count: number): string[] =>
      Array.from({ length: count }, (_, c) => sheet.cellAt(row, c).numberFormat);
    const formats = template[0]?.columns.map((c) => c.format) ?? [];
    expect(letters(plan, 0, 19)).toEqual(new Array(19).fill('@'));
    expect(letters(plan, 1, 19)).toEqual(formats);
    expect(letters(plan, 524, 19)).toEqual(formats);
    expect(letters(plan, 525, 19)).toEqual(new Array(19).fill('General'));
    // Baselineperiode (L) and Målperiode (N) are text, Baseline (K) and Målværdi (M) are not.
    expect(['K', 'L', 'M', 'N'].map((c) => plan.cell(`${c}2`).numberFormat)).toEqual([
      'General',
      '@',
      'General',
      '@',
    ]);
    expect(excel.workbook.sheet('Opfølgning').cell('B2').numberFormat).toBe('@');
  });

  it('puts dropdown lists on every choice column and an input message on every column', () => {
    for (const table of template) {
      const sheet = excel.workbook.sheet(table.sheet);
      // The header, the data rows and 500 spare rows.
      const lastRow = table.rows.length + 500;
      table.columns.forEach((column, c) => {
        for (const row of [1, 100, lastRow]) {
          const validation = sheet.cellAt(row, c).validation;
          expect(validation?.prompt).toEqual({
            showPrompt: true,
            title: column.help.title.slice(0, 32),
            message: column.help.text.slice(0, 255),
          });
          expect(validation?.rule ?? null).toEqual(
            column.choices
              ? { list: { inCellDropDown: true, source: column.choices.join(',') } }
              : null,
          );
          expect(validation?.errorAlert?.style ?? null).toBe(column.choices ? 'Warning' : null);
        }
        expect(sheet.cellAt(0, c).validation).toBeNull();
        expect(sheet.cellAt(lastRow + 1, c).validation).toBeNull();
      });
    }
    const plan = excel.workbook.sheet('Plan');
    const listOf = (cell: string): string | undefined =>
      plan.cell(cell).validation?.rule?.list?.source;
    expect(listOf('I2')?.split(',')).toContain('Reduktion til');
    expect(listOf('H2')?.split(',')).toContain('personer');
    expect(listOf('J2')?.split(',')).toContain('Højere er bedre');
    expect(listOf('P2')?.split(',')).toEqual(expect.arrayContaining(['Niveau', 'Akkumuleret']));
  });

  it('freezes the header row and sets the column widths', () => {
    for (const table of template) {
      const sheet = excel.workbook.sheet(table.sheet);
      expect(sheet.frozenRows).toBe(1);
      expect(table.columns.map((_, c) => sheet.columnWidths.get(c))).toEqual(
        table.columns.map((column) => widthInPoints(column.width)),
      );
    }
  });
});

describe('validate', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    excel.takeSyncs();
    inputBefore = inputSnapshot();
    analysis = await excel.actions.validate(null);
  });

  it('gives exactly the worked example results, every row of expected.csv', () => {
    expect(asExpected(analysis.results)).toEqual(EXPECTED_RESULTS);
  });

  it('finds the one L1 warning, at Plan!O8', () => {
    expect(analysis.findings.map((f) => [f.severity, f.code, f.goalId, f.address])).toEqual([
      ['warning', 'PLAN_END_VALUE_MISMATCH', 'L1', 'Plan!O8'],
    ]);
  });

  it('reads in two syncs and changes nothing', () => {
    expect(excel.takeSyncs().map((s) => s.index)).toEqual([1, 2]);
    expect(inputSnapshot()).toEqual(inputBefore);
  });
});

describe('compute', () => {
  let analysis: Analysis;
  let sheetName: string;
  beforeAll(async () => {
    ({ analysis, sheetName } = await excel.actions.compute(null, 'da'));
  });

  it("adds a 'Beregning' sheet with the table PlanStatusBeregning, one row per goal", () => {
    expect(sheetName).toBe('Beregning');
    expect(excel.workbook.sheetNames()).toEqual(['Ark1', ...INPUT_SHEETS, 'Beregning']);
    const table = excel.workbook.table(RESULTS_TABLE);
    expect([table.sheet.name, formatBox(table.box)]).toEqual(['Beregning', 'A1:M25']);
    const ids = table.sheet.readBox({ ...table.bodyBox, cols: 1 }).map((r) => r[0]);
    expect(ids).toEqual(analysis.results.map((r) => r.id));
  });

  it('draws the results sheet exactly as the domain describes it', () => {
    const spec = buildResultsSheet(analysis, 'da');
    expect(sheetDifferences(excel.workbook.sheet('Beregning'), spec, FULL_SUPPORT)).toEqual([]);
  });

  it('tags the sheet as generated with a hidden sheet-scoped name', () => {
    expect(
      excel.workbook.sheet('Beregning').names.map((n) => [n.name, n.formula, n.visible]),
    ).toEqual([['PlanStatus_Generated', '="results 2015M08"', false]]);
  });

  it('leaves every cell of the input tables as it was, in three syncs', () => {
    expect(inputSnapshot()).toEqual(inputBefore);
    expect(excel.takeSyncs().map((s) => [s.index, s.outcome])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'ok'],
    ]);
  });
});

describe('report', () => {
  let analysis: Analysis;
  let sheetNames: string[];
  beforeAll(async () => {
    ({ analysis, sheetNames } = await excel.actions.report(null, 'da'));
  });

  const spec = () => buildReport({ analysis, language: 'da', today: TODAY });
  const status = () => excel.workbook.sheet('Status 2015M08');
  const charts = () => excel.workbook.sheet('Grafer 2015M08');

  it("adds 'Status 2015M08' and 'Grafer 2015M08' after the other sheets and activates the status", () => {
    expect(sheetNames).toEqual(['Status 2015M08', 'Grafer 2015M08']);
    expect(excel.workbook.sheetNames()).toEqual([
      'Ark1',
      ...INPUT_SHEETS,
      'Beregning',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
    expect(excel.workbook.activeSheet?.name).toBe('Status 2015M08');
  });

  it('draws the status sheet exactly as the report model says', () => {
    expect(sheetDifferences(status(), spec().status, FULL_SUPPORT)).toEqual([]);
  });

  it('draws the chart sheet exactly as the report model says', () => {
    expect(sheetDifferences(charts(), spec().charts, FULL_SUPPORT)).toEqual([]);
  });

  it('prints A4 landscape, one page wide, with the header row repeated and "Side x af y"', () => {
    const page = status().pageLayout;
    expect([page.orientation, page.paperSize, page.zoom, page.printTitleRows]).toEqual([
      'Landscape',
      'A4',
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
      '$5:$5',
    ]);
    expect(page.defaultForAllPages.centerFooter).toBe('Side &P af &N');
    expect(status().frozenRows).toBe(5);
  });

  it('fills status cells in their colour: U3 off track in red, L2 on track in green', () => {
    const rowOf = (id: string): number =>
      status()
        .readBox({ row: 0, col: 0, rows: 60, cols: 1 })
        .findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(`${id}: `));
    const statusCell = (id: string) => status().cellAt(rowOf(id), 6);
    expect(statusCell('U3').format).toMatchObject({
      fill: '#FFC7CE',
      fontColor: '#9C0006',
      bold: true,
    });
    expect(statusCell('U3').value).toBe('▼ Ikke på rette vej');
    expect(statusCell('L2').format).toMatchObject({ fill: '#C6EFCE', fontColor: '#006100' });
    expect(statusCell('L2').value).toBe('▲ På rette vej');
    expect(status().conditionalFormats).toHaveLength(
      spec().status.conditionalFormats[0]?.ranges.length ?? 0,
    );
  });

  it('draws one stacked bar of status per theme and a line chart for V3', () => {
    const drawn = charts().charts;
    expect(drawn.filter((c) => c.chartType === 'BarStacked').map((c) => c.title.text)).toEqual([
      'Status pr. tema',
    ]);
    const v3 = drawn.find((c) => c.title.text.startsWith('V3'));
    expect(v3?.chartType).toBe('Line');
    expect(v3?.series.map((s) => s.name)).toEqual(
      spec()
        .charts.charts.find((c) => c.title.startsWith('V3'))
        ?.series.map((s) => s.name),
    );
    expect(drawn).toHaveLength(spec().charts.charts.length);
  });

  it('leaves the input tables and the results sheet as they were, in three syncs', () => {
    expect(inputSnapshot()).toEqual(inputBefore);
    expect(excel.takeSyncs().map((s) => [s.index, s.outcome])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'ok'],
    ]);
  });
});
