import { FakeWorkbook } from '../fakes/excel';
import type { Excel } from './harness';
import { openInExcel } from './harness';

let excel: Excel;
afterEach(() => excel.uninstall());

const PLAN = [
  ['Id', 'Mål', 'Enhed', 'Måltype', 'Målværdi', 'Målperiode'],
  ['A1', 'Flere i job', 'antal', 'Minimum', 10, '2015'],
];
const FOLLOW_UP = [
  ['MålId', 'Periode', 'Værdi'],
  ['A1', '2015M06', 4],
];
const SETTINGS = [
  ['Nøgle', 'Værdi'],
  ['Kommune', 'Ishøj'],
];

/** A workbook whose input tables are Excel tables with Excel's default names. */
function tablesWithOtherNames(withSettings = true): FakeWorkbook {
  const workbook = new FakeWorkbook(['Mål', 'Tal', 'Opsætning']);
  const add = (sheet: string, rows: (string | number)[][], name: string) => {
    workbook.sheet(sheet).setValues('A1', rows);
    workbook.addTable(
      workbook.sheet(sheet),
      { row: 0, col: 0, rows: rows.length, cols: rows[0]?.length ?? 1 },
      true,
      name,
    );
  };
  add('Mål', PLAN, 'Tabel1');
  add('Tal', FOLLOW_UP, 'Tabel2');
  if (withSettings) add('Opsætning', SETTINGS, 'Tabel3');
  return workbook;
}

describe('finding the tables the way reading does', () => {
  it('counts tables found by their header row as present, so the pane offers no template over them', async () => {
    excel = openInExcel(tablesWithOtherNames());
    expect(await excel.actions.findTables()).toEqual({
      Plan: true,
      Opfolgning: true,
      Indstillinger: true,
    });
  });

  it('creates only what reading cannot find, so the user’s goals are never hidden by new tables', async () => {
    const workbook = tablesWithOtherNames(false);
    workbook.sheet('Opsætning').setValues('A1', [['Noter'], ['Ingen indstillinger her']]);
    excel = openInExcel(workbook);
    const tables = await excel.actions.createTemplate(false);
    expect(tables).toEqual({ Plan: true, Opfolgning: true, Indstillinger: true });
    expect(workbook.tables.filter((t) => !t.deleted).map((t) => t.name)).toEqual([
      'Tabel1',
      'Tabel2',
      'Indstillinger',
    ]);
    const analysis = await excel.actions.validate(null);
    expect(analysis.goals.map((g) => g.id)).toEqual(['A1']);
  });

  it('counts a plain range on a sheet named Plan as the plan, and does not cover it with a new table', async () => {
    const workbook = new FakeWorkbook(['Plan', 'Opfølgning']);
    workbook.sheet('Plan').setValues('A1', PLAN);
    workbook.sheet('Opfølgning').setValues('A1', FOLLOW_UP);
    excel = openInExcel(workbook);
    expect(await excel.actions.findTables()).toEqual({
      Plan: true,
      Opfolgning: true,
      Indstillinger: false,
    });
    await excel.actions.createTemplate(false);
    expect(workbook.tables.filter((t) => !t.deleted).map((t) => t.name)).toEqual(['Indstillinger']);
    expect((await excel.actions.validate(null)).goals.map((g) => g.id)).toEqual(['A1']);
  });
});

describe('saving settings where reading found them', () => {
  it('writes into a settings table found by its header row, and adds a missing key to it', async () => {
    const workbook = tablesWithOtherNames();
    excel = openInExcel(workbook);
    const analysis = await excel.actions.saveSettings(
      [
        { key: 'municipality', value: 'Vallensbæk' },
        { key: 'tolerance', value: 0.1 },
      ],
      null,
    );
    const sheet = workbook.sheet('Opsætning');
    expect(sheet.read('A2:B3')).toEqual([
      ['Kommune', 'Vallensbæk'],
      ['Tolerance', 0.1],
    ]);
    expect(workbook.table('Tabel3').box).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });
    expect(analysis.settings).toMatchObject({ municipality: 'Vallensbæk', tolerance: 0.1 });
  });

  it('writes into a plain range on a sheet named Indstillinger, text as text', async () => {
    const workbook = new FakeWorkbook(['Indstillinger']);
    workbook.sheet('Indstillinger').setValues('B2', SETTINGS);
    excel = openInExcel(workbook);
    await excel.actions.saveSettings(
      [
        { key: 'municipality', value: '-Ishøj' },
        { key: 'planTitle', value: '=Plan 2016' },
      ],
      null,
    );
    const sheet = workbook.sheet('Indstillinger');
    expect(sheet.read('B3:C4')).toEqual([
      ['Kommune', '-Ishøj'],
      ['Plantitel', '=Plan 2016'],
    ]);
    expect(sheet.cell('C3').formula).toBeNull();
    expect(sheet.cell('C4').formula).toBeNull();
  });
});
