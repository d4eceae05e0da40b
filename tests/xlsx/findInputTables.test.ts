import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import type { RawTable } from '../../src/domain/cells/rawTable';
import type { SheetSpec } from '../../src/domain/report/sheetSpec';
import { findInputTables } from '../../src/xlsx/findInputTables';
import { loadXlsx } from '../../src/xlsx/loadXlsx';
import { writeReportPackage } from '../../src/xlsx/package/writeReportPackage';
import { TODAY } from '../helpers/fixtures';
import { OBSERVATION_HEADERS, PLAN_HEADERS } from '../helpers/planBuilder';
import type { SheetInput } from '../helpers/xlsx';
import { exampleSheets, xlsxFromSheets } from '../helpers/xlsx';

const planRows = [
  [...PLAN_HEADERS],
  [
    'A1',
    'Job',
    null,
    null,
    null,
    'Flere i job',
    null,
    'personer',
    'Minimum',
    null,
    null,
    null,
    100,
    2015,
  ],
];
const observationRows = [
  [...OBSERVATION_HEADERS],
  ['A1', '2015M06', null, 60, null, 'Godt på vej'],
];
const settingsRows = [
  ['Nøgle', 'Værdi'],
  ['Kommune', 'Ishøj'],
  ['Tolerance', 0.25],
];

async function find(sheets: SheetInput[]) {
  const { workbook, generatedSheets } = await loadXlsx(await xlsxFromSheets(sheets));
  return findInputTables(workbook, generatedSheets);
}

const headerTexts = (table: RawTable | null): unknown[] =>
  table ? table.header.map((c) => c.value) : [];
const rowValues = (table: RawTable | null): unknown[][] =>
  table ? table.rows.map((row) => row.map((c) => c.value)) : [];

describe('findInputTables: finding Plan, Opfolgning and Indstillinger in a workbook', () => {
  it('finds the three tables by their Excel table names, whatever their sheets are called', async () => {
    const found = await find([
      { name: 'Mål', table: 'Plan', rows: planRows },
      { name: 'Tal', table: 'Opfolgning', rows: observationRows },
      { name: 'Opsætning', table: 'Indstillinger', rows: settingsRows },
    ]);
    expect(found.foundBy).toEqual({
      Plan: 'table name',
      Opfolgning: 'table name',
      Indstillinger: 'table name',
    });
    expect(found.raw.plan?.sheet).toBe('Mål');
    expect(headerTexts(found.raw.plan)).toEqual([...PLAN_HEADERS]);
    expect(rowValues(found.raw.opfolgning)).toEqual([
      ['A1', '2015M06', null, 60, null, 'Godt på vej'],
    ]);
    expect(found.raw.plan?.rows[0]?.[0]?.address).toBe('Mål!A2');
  });

  it("reads a sheet with the table's name from its header row, below a title row", async () => {
    const found = await find([
      { name: 'Noter', rows: [['Intet at se her']] },
      { name: 'Plan', rows: [['Beskæftigelsesplanen'], [], ...planRows] },
      {
        name: 'Opfølgning',
        rows: [['Opfølgning pr. måned'], ...observationRows],
        origin: { row: 3, col: 2 },
      },
      { name: 'Indstillinger', rows: settingsRows },
    ]);
    expect(found.foundBy).toEqual({
      Plan: 'sheet name',
      Opfolgning: 'sheet name',
      Indstillinger: 'sheet name',
    });
    expect(found.raw.plan?.header[0]?.address).toBe('Plan!A3');
    expect(rowValues(found.raw.plan)[0]?.slice(0, 2)).toEqual(['A1', 'Job']);
    expect(found.raw.opfolgning?.header[0]?.address).toBe('Opfølgning!B4');
    expect(rowValues(found.raw.opfolgning)).toEqual([
      ['A1', '2015M06', null, 60, null, 'Godt på vej'],
    ]);

    const analysis = analyzeWorkbook(found.raw, { today: TODAY });
    expect(analysis.findings).toEqual([]);
    expect(analysis.results.map((r) => [r.id, r.status, r.actual])).toEqual([
      ['A1', 'off_track', 60],
    ]);
  });

  it('does not read a plain range on a sheet with another name, as the add-in cannot either', async () => {
    const found = await find([{ name: 'Beskæftigelsesplan 2015', rows: planRows }]);
    expect(found.raw.plan).toBeNull();
    expect(analyzeWorkbook(found.raw, { today: TODAY }).findings.map((f) => f.code)).toContain(
      'TABLE_MISSING',
    );
  });

  it('reads plain ranges at A1 of sheets named Plan, Opfølgning and Indstillinger', async () => {
    const found = await find([
      { name: 'Plan', rows: planRows },
      { name: 'Opfølgning', rows: observationRows },
      { name: 'Indstillinger', rows: settingsRows },
    ]);
    expect(found.raw.plan?.sheet).toBe('Plan');
    expect(found.raw.opfolgning?.sheet).toBe('Opfølgning');
    expect(found.raw.indstillinger?.sheet).toBe('Indstillinger');
    expect(analyzeWorkbook(found.raw, { today: TODAY }).results[0]?.status).toBe('off_track');
  });

  it('reads a Plan sheet that lacks a required column and reports TABLE_MISSING_COLUMN, not a crash', async () => {
    const without = (rows: unknown[][], header: string) => {
      const i = PLAN_HEADERS.indexOf(header as (typeof PLAN_HEADERS)[number]);
      return rows.map((row) => row.filter((_, c) => c !== i));
    };
    const found = await find([
      { name: 'Plan', rows: without(planRows, 'Måltype') as SheetInput['rows'] },
      { name: 'Opfølgning', rows: observationRows },
      { name: 'Indstillinger', rows: settingsRows },
    ]);
    expect(found.foundBy.Plan).toBe('sheet name');
    const analysis = analyzeWorkbook(found.raw, { today: TODAY });
    const missing = analysis.findings.filter((f) => f.code === 'TABLE_MISSING_COLUMN');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', table: 'Plan', column: 'Måltype' });
  });

  it('reads an Opfølgning sheet without a Værdi column, and reports the value each numeric goal lacks', async () => {
    const found = await find([
      { name: 'Plan', rows: planRows },
      { name: 'Opfølgning', rows: observationRows.map((row) => row.slice(0, 3)) },
    ]);
    expect(found.foundBy.Opfolgning).toBe('sheet name');
    const analysis = analyzeWorkbook(found.raw, { today: TODAY });
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({
        code: 'OBS_VALUE_MISSING',
        table: 'Opfolgning',
        row: 1,
        severity: 'error',
      }),
    );
  });

  it('gives TABLE_MISSING for Opfolgning when the workbook has none', async () => {
    const found = await find([
      { name: 'Plan', table: 'Plan', rows: planRows },
      { name: 'Indstillinger', table: 'Indstillinger', rows: settingsRows },
    ]);
    expect(found.raw.opfolgning).toBeNull();
    expect(found.foundBy.Opfolgning).toBeUndefined();
    const analysis = analyzeWorkbook(found.raw, { today: TODAY });
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({
        code: 'TABLE_MISSING',
        severity: 'error',
        table: 'Opfolgning',
        row: null,
      }),
    );
    expect(analysis.results.map((r) => r.status)).toEqual(['no_data']);
  });

  it('never reads a generated sheet as input, even one that looks like a Plan', async () => {
    const sheets = exampleSheets().filter((s) => s.name !== 'Plan');
    const input = await xlsxFromSheets(sheets);
    const fake: SheetSpec = {
      name: 'Plan',
      role: 'results',
      reportPeriod: '2015M08',
      values: planRows,
      numberFormats: planRows.map((row) => row.map(() => 'General')),
      styles: [],
      merges: [],
      columnWidths: PLAN_HEADERS.map(() => 10),
      rowHeights: planRows.map(() => null),
      freezeRows: 0,
      showGridlines: true,
      page: {
        orientation: 'landscape',
        paperSize: 'A4',
        fitToPagesWide: 1,
        repeatRows: null,
        printArea: { row: 0, col: 0, rows: 2, cols: PLAN_HEADERS.length },
        footer: { left: '', center: '', right: '' },
        margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
        centerHorizontally: false,
      },
      conditionalFormats: [],
      charts: [],
      tables: [],
      tabColor: null,
    };
    const { data, names } = await writeReportPackage(input, [fake]);
    expect(names).toEqual(['Plan']);
    const { workbook, generatedSheets } = await loadXlsx(data);
    expect([...generatedSheets]).toEqual(['Plan']);
    expect(findInputTables(workbook).raw.plan?.sheet).toBe('Plan');
    const found = findInputTables(workbook, generatedSheets);
    expect(found.raw.plan).toBeNull();
    expect(found.raw.opfolgning?.sheet).toBe('Opfølgning');
  });
});
