import type ExcelJS from 'exceljs';
import { analyze } from '../../src/app/useCases';
import { parseCsv } from '../../src/domain/cells/parseCsv';
import { formatPeriod } from '../../src/domain/periods/formatPeriod';
import { buildTemplate } from '../../src/domain/template/buildTemplate';
import { writeTemplate } from '../../src/xlsx/writeTemplate';
import { XlsxHost } from '../../src/xlsx/xlsxHost';
import { asExpected, EXPECTED_RESULTS } from '../helpers/expectedResults';
import { readFixture, TODAY } from '../helpers/fixtures';
import { OBSERVATION_HEADERS, PLAN_HEADERS } from '../helpers/planBuilder';
import { excelWorkbook, worksheet } from '../helpers/xlsx';

interface LoadedTable {
  readonly name: string;
  readonly ref: string;
  readonly headers: string[];
}

/** The Excel tables of a sheet as ExcelJS loads them. */
function tablesOf(sheet: ExcelJS.Worksheet): LoadedTable[] {
  return sheet.getTables().map((t) => {
    const model = (
      t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }
    ).table;
    return { name: model.name, ref: model.tableRef, headers: model.columns.map((c) => c.name) };
  });
}

/** The 1-based column of a header in row 1. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found === 0) throw new Error(`No column '${header}' in ${sheet.name}`);
  return found;
}

const validationAt = (sheet: ExcelJS.Worksheet, header: string, row: number) =>
  sheet.getCell(row, columnOf(sheet, header)).dataValidation;

const listOf = (validation: ExcelJS.DataValidation): string[] =>
  (validation.formulae?.[0] as string).replace(/^"|"$/g, '').split(',');

describe('the blank template read back with ExcelJS', () => {
  let workbook: ExcelJS.Workbook;
  let data: Buffer;
  beforeAll(async () => {
    data = await writeTemplate(buildTemplate({ example: false }));
    workbook = await excelWorkbook(data);
  });

  it('has the sheets Plan, Opfølgning and Indstillinger, each with its Excel table at A1', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Plan', 'Opfølgning', 'Indstillinger']);
    expect(tablesOf(worksheet(workbook, 'Plan'))).toEqual([
      { name: 'Plan', ref: 'A1:S2', headers: [...PLAN_HEADERS] },
    ]);
    expect(tablesOf(worksheet(workbook, 'Opfølgning'))).toEqual([
      { name: 'Opfolgning', ref: 'A1:F2', headers: [...OBSERVATION_HEADERS] },
    ]);
    expect(tablesOf(worksheet(workbook, 'Indstillinger'))).toEqual([
      { name: 'Indstillinger', ref: 'A1:B5', headers: ['Nøgle', 'Værdi'] },
    ]);
  });

  it('lists the setting keys with the default tolerance 0,25', () => {
    const sheet = worksheet(workbook, 'Indstillinger');
    const rows = [2, 3, 4, 5].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 2).value]);
    expect(rows).toEqual([
      ['Kommune', null],
      ['Plantitel', null],
      ['Tolerance', 0.25],
      ['Rapportperiode', null],
    ]);
  });

  it('freezes the header row of every sheet', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    }
  });

  it.each([
    ['Plan', 'Niveau', ['Resultatmål', 'Indsatsmål']],
    [
      'Plan',
      'Enhed',
      [
        'antal',
        'personer',
        'helårspersoner',
        'fuldtidspersoner',
        'forløb',
        'procent',
        'procentpoint',
        'kr.',
      ],
    ],
    [
      'Plan',
      'Måltype',
      [
        'Reduktion til',
        'Stigning til',
        'Reduktion pct',
        'Stigning pct',
        'Minimum',
        'Maksimum',
        'Fasthold',
        'Benchmark',
        'Retning',
        'Milepæl',
      ],
    ],
    ['Plan', 'Retning', ['Højere er bedre', 'Lavere er bedre']],
    ['Plan', 'Opgørelse', ['Niveau', 'Akkumuleret']],
    [
      'Opfølgning',
      'Milepælsstatus',
      ['Ikke startet', 'Igangsat', 'Gennemført', 'Forsinket', 'Opgivet'],
    ],
    ['Indstillinger', 'Nøgle', ['Kommune', 'Plantitel', 'Tolerance', 'Rapportperiode']],
  ])('offers a dropdown list on %s.%s with an input message', (sheetName, header, choices) => {
    const sheet = worksheet(workbook, sheetName);
    for (const row of [2, 300]) {
      const validation = validationAt(sheet, header, row);
      expect(validation).toMatchObject({
        type: 'list',
        allowBlank: true,
        showInputMessage: true,
        promptTitle: header,
      });
      expect(listOf(validation)).toEqual(choices);
      expect(validation.prompt?.length ?? 0).toBeGreaterThan(0);
      expect(validation.prompt?.length ?? 0).toBeLessThanOrEqual(255);
      expect(listOf(validation).join(',').length).toBeLessThanOrEqual(255);
    }
  });

  it('gives every column an input message, free columns without a list', () => {
    const mål = validationAt(worksheet(workbook, 'Plan'), 'Mål', 2);
    expect(mål.type).not.toBe('list');
    expect(mål).toMatchObject({ showInputMessage: true, promptTitle: 'Mål' });
    expect(mål.prompt).toBe('Målet, som udvalget læser det.');
    for (const sheet of workbook.worksheets) {
      sheet.getRow(1).eachCell((_, col) => {
        const validation = sheet.getCell(2, col).dataValidation;
        expect((validation.promptTitle ?? '').length).toBeGreaterThan(0);
        expect((validation.promptTitle ?? '').length).toBeLessThanOrEqual(32);
      });
    }
  });

  it.each([
    ['Plan', 'Baselineperiode'],
    ['Plan', 'Målperiode'],
    ['Plan', 'Id'],
    ['Opfølgning', 'Periode'],
    ['Opfølgning', 'MålId'],
  ])(
    'formats %s.%s as text (@) so that typed periods and Ids stay as typed',
    (sheetName, header) => {
      const sheet = worksheet(workbook, sheetName);
      for (const row of [2, 100, 500])
        expect(sheet.getCell(row, columnOf(sheet, header)).numFmt).toBe('@');
    },
  );

  it.each([
    ['Plan', 'Baseline'],
    ['Plan', 'Målværdi'],
    ['Opfølgning', 'Værdi'],
  ])('leaves the number column %s.%s in the General format', (sheetName, header) => {
    const sheet = worksheet(workbook, sheetName);
    expect(sheet.getCell(2, columnOf(sheet, header)).numFmt ?? 'General').toBe('General');
  });

  it('reads back as an empty plan with no errors', async () => {
    const analysis = await analyze(new XlsxHost(data), { today: TODAY });
    expect(analysis.goals).toEqual([]);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the template with --example read back', () => {
  let data: Buffer;
  beforeAll(async () => {
    data = await writeTemplate(buildTemplate({ example: true }));
  });

  it('holds the worked example as 24 goals and 17 follow-up rows in the Excel tables', async () => {
    const workbook = await excelWorkbook(data);
    expect(tablesOf(worksheet(workbook, 'Plan'))[0]?.ref).toBe('A1:S25');
    expect(tablesOf(worksheet(workbook, 'Opfølgning'))[0]?.ref).toBe('A1:F18');
    const plan = worksheet(workbook, 'Plan');
    expect(plan.getCell('A2').value).toBe('U1');
    expect(plan.getCell(2, columnOf(plan, 'Baseline')).value).toBe(444);
    expect(plan.getCell(2, columnOf(plan, 'Målperiode')).value).toBe('dec. 2015');
  });

  it('gives exactly the results of expected.csv for every goal', async () => {
    const analysis = await analyze(new XlsxHost(data), { today: TODAY });
    expect(formatPeriod(analysis.reportPeriod)).toBe('2015M08');
    expect(asExpected(analysis.results)).toEqual(EXPECTED_RESULTS);
  });

  it('has exactly the findings of findings.csv: the L1 end value warning', async () => {
    const analysis = await analyze(new XlsxHost(data), { today: TODAY });
    const [, ...rows] = parseCsv(readFixture('ishoj-2015', 'findings.csv'));
    expect(analysis.findings.map((f) => [f.severity, f.table, String(f.row)])).toEqual(rows);
    expect(analysis.findings[0]).toMatchObject({
      code: 'PLAN_END_VALUE_MISMATCH',
      address: 'Plan!O8',
    });
  });
});
