import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import type { RawTable, RawWorkbook } from '../../src/domain/cells/rawTable';
import { isExcelError } from '../../src/domain/cells/rawTable';
import type { FoundBy } from '../../src/office/readInputTables';
import { readInputTables } from '../../src/office/readInputTables';
import { loadSheetsAndTables } from '../../src/office/workbookStructure';
import type { Box } from '../fakes/excel';
import { FakeWorkbook, installFakeOffice } from '../fakes/excel';
import { exampleWorkbook, TODAY } from '../helpers/fixtures';

/*
 * How the Office host finds and reads the input tables: by table name, by header row, or from
 * the used range of a sheet with the table's name; and how cell values come through.
 */

const example = exampleWorkbook();

/** Puts a table read from the fixtures onto a sheet at a cell, as an Excel table or a plain range. */
function put(
  workbook: FakeWorkbook,
  sheetName: string,
  table: RawTable | null,
  at: { row: number; col: number },
  tableName: string | null,
): void {
  if (!table) throw new Error('No table in the fixture');
  const sheet = workbook.findSheet(sheetName) ?? workbook.addSheet(sheetName);
  const rows = [table.header, ...table.rows].map((row) =>
    row.map((cell) => (isExcelError(cell.value) ? cell.value.error : cell.value)),
  );
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.writableCell(at.row + r, at.col + c);
      cell.value = value ?? '';
    }),
  );
  const box: Box = { row: at.row, col: at.col, rows: rows.length, cols: rows[0]?.length ?? 1 };
  if (tableName) workbook.addTable(sheet, box, true, tableName);
}

function exampleIn(names: { plan: string | null; opfolgning: string; indstillinger: string }) {
  const workbook = new FakeWorkbook(['Ark1']);
  put(workbook, 'Plan', example.plan, { row: 0, col: 0 }, names.plan);
  put(workbook, 'Opfølgning', example.opfolgning, { row: 0, col: 0 }, names.opfolgning);
  put(workbook, 'Indstillinger', example.indstillinger, { row: 0, col: 0 }, names.indstillinger);
  return workbook;
}

async function read(
  workbook: FakeWorkbook,
): Promise<{ raw: RawWorkbook; foundBy: Partial<Record<string, FoundBy>>; syncs: number }> {
  const uninstall = installFakeOffice(workbook);
  const before = workbook.syncs.length;
  try {
    const { raw, foundBy } = await Excel.run(async (context) =>
      readInputTables(context, await loadSheetsAndTables(context)),
    );
    return { raw, foundBy, syncs: workbook.syncs.length - before };
  } finally {
    uninstall();
  }
}

const statuses = (raw: RawWorkbook): string[] =>
  analyzeWorkbook(raw, { today: TODAY }).results.map((r) => `${r.id} ${r.status}`);
const expectedStatuses = statuses(example);

describe('finding the tables', () => {
  it('finds them by table name, in two syncs', async () => {
    const { raw, foundBy, syncs } = await read(
      exampleIn({ plan: 'Plan', opfolgning: 'Opfolgning', indstillinger: 'Indstillinger' }),
    );
    expect(foundBy).toEqual({
      Plan: 'table name',
      Opfolgning: 'table name',
      Indstillinger: 'table name',
    });
    expect(syncs).toBe(2);
    expect(raw.plan?.rows).toHaveLength(24);
    expect(statuses(raw)).toEqual(expectedStatuses);
  });

  it('finds tables with other names by their header row, in one extra sync', async () => {
    const workbook = exampleIn({ plan: 'Tabel1', opfolgning: 'Tabel2', indstillinger: 'Tabel3' });
    workbook.renameSheet(workbook.sheet('Plan'), 'Mål');
    workbook.renameSheet(workbook.sheet('Opfølgning'), 'Tal');
    const { raw, foundBy, syncs } = await read(workbook);
    expect(foundBy).toEqual({
      Plan: 'header row',
      Opfolgning: 'header row',
      Indstillinger: 'header row',
    });
    expect(syncs).toBe(3);
    expect(raw.plan?.header[0]?.address).toBe('Mål!A1');
    expect(statuses(raw)).toEqual(expectedStatuses);
  });

  it('reads the used range of a sheet named Plan without a table, from its header row on', async () => {
    const workbook = new FakeWorkbook(['Plan']);
    workbook.sheet('Plan').setValues('A1', [['Beskæftigelsesplan 2015']]);
    put(workbook, 'Plan', example.plan, { row: 2, col: 1 }, null);
    put(workbook, 'Opfølgning', example.opfolgning, { row: 0, col: 0 }, 'Opfolgning');
    put(workbook, 'Indstillinger', example.indstillinger, { row: 0, col: 0 }, 'Indstillinger');
    const { raw, foundBy, syncs } = await read(workbook);
    expect(foundBy.Plan).toBe('sheet name');
    expect(syncs).toBe(2);
    // The title in A1 makes the used range start in column A; the header row is found below it.
    expect(raw.plan?.header.find((c) => c.value === 'Id')?.address).toBe('Plan!B3');
    const analysis = analyzeWorkbook(raw, { today: TODAY });
    expect(analysis.findings.map((f) => [f.goalId, f.address])).toEqual([['L1', 'Plan!P10']]);
    expect(statuses(raw)).toEqual(expectedStatuses);
  });
});

describe('cell values', () => {
  it("reads '' as an empty cell and '#N/A' as an error value, which the checks report", async () => {
    const workbook = exampleIn({
      plan: 'Plan',
      opfolgning: 'Opfolgning',
      indstillinger: 'Indstillinger',
    });
    workbook.sheet('Opfølgning').setValues('D2', [['#N/A']]);
    const { raw } = await read(workbook);
    const u3 = raw.opfolgning?.rows[0];
    expect(u3?.map((c) => c.value)).toEqual([
      'U3',
      'aug 2015',
      null,
      { error: '#N/A' },
      null,
      expect.stringMatching(/^Aktuelt har 8/),
    ]);
    const analysis = analyzeWorkbook(raw, { today: TODAY });
    expect(
      analysis.findings.filter((f) => f.code === 'CELL_ERROR_VALUE').map((f) => f.address),
    ).toEqual(['Opfølgning!D2']);
  });

  it('reads a percent-formatted cell with its format: 0.37 as 37 %', async () => {
    const workbook = exampleIn({
      plan: 'Plan',
      opfolgning: 'Opfolgning',
      indstillinger: 'Indstillinger',
    });
    workbook
      .sheet('Opfølgning')
      .setValues('D2', [[0.37]])
      .setNumberFormats('D2', [['0%']]);
    const { raw } = await read(workbook);
    expect(raw.opfolgning?.rows[0]?.[3]).toEqual({
      value: 0.37,
      format: '0%',
      address: 'Opfølgning!D2',
    });
    const u3 = analyzeWorkbook(raw, { today: TODAY }).results.find((r) => r.id === 'U3');
    expect([u3?.actual, u3?.status]).toEqual([37, 'off_track']);
  });
});
