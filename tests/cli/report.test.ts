import { excelWorkbook, exampleSheets, exampleXlsx, xlsxFromSheets } from '../helpers/xlsx';
import { fakeWorld, lines, run } from './fakeIo';

let example: Buffer;
beforeAll(async () => {
  example = await exampleXlsx();
});

const world = (libreOffice = false) =>
  fakeWorld({ files: { '/data/plan.xlsx': example }, libreOffice });

const sheetNames = async (data: Uint8Array | undefined): Promise<string[]> => {
  if (!data) throw new Error('no file');
  return (await excelWorkbook(data)).worksheets.map((s) => s.name);
};

describe('planstatus report', () => {
  it('writes FILE-status-P.xlsx beside FILE by default, with the two generated sheets', async () => {
    const result = await run(['report', '/data/plan.xlsx'], world());
    expect(result.code).toBe(0);
    expect([...result.files.keys()].sort()).toEqual([
      '/data/plan-status-2015M08.xlsx',
      '/data/plan.xlsx',
    ]);
    expect(await sheetNames(result.files.get('/data/plan-status-2015M08.xlsx'))).toEqual([
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
    expect(lines(result.stderr)).toEqual([
      "Skrev '/data/plan-status-2015M08.xlsx' med arkene 'Status 2015M08', 'Grafer 2015M08'.",
    ]);
    expect(result.stdout).toBe('');
  });

  it('names the default output after the report period given with --period', async () => {
    const result = await run(['report', '/data/plan.xlsx', '--period', '2015K2'], world());
    expect(result.code).toBe(0);
    expect(await sheetNames(result.files.get('/data/plan-status-2015K2.xlsx'))).toContain(
      'Status 2015K2',
    );
  });

  it('writes to OUT with --out and never changes the input', async () => {
    const w = world();
    const before = Buffer.from(example);
    const result = await run(['report', '/data/plan.xlsx', '--out', '/ud/rapport.xlsx'], w);
    expect(result.code).toBe(0);
    expect([...result.files.keys()].sort()).toEqual(['/data/plan.xlsx', '/ud/rapport.xlsx']);
    expect(Buffer.compare(Buffer.from(result.files.get('/data/plan.xlsx') ?? []), before)).toBe(0);
  });

  it.each(['/data/plan.xlsx', '/data/../data/plan.xlsx', '/data/./plan.xlsx'])(
    'refuses to write over the input (--out %s) with exit 1 and one line',
    async (out) => {
      const result = await run(['report', '/data/plan.xlsx', '--out', out], world());
      expect(result.code).toBe(1);
      expect(lines(result.stderr)).toEqual([
        'Rapporten skrives aldrig oven i inputfilen. Vælg et andet navn med --out.',
      ]);
      expect([...result.files.keys()]).toEqual(['/data/plan.xlsx']);
      expect(result.files.get('/data/plan.xlsx')).toBe(example);
    },
  );

  it('writes the report in English with --lang en', async () => {
    const result = await run(
      ['report', '/data/plan.xlsx', '--out', '/ud/en.xlsx', '--lang', 'en'],
      world(),
    );
    const workbook = await excelWorkbook(result.files.get('/ud/en.xlsx') ?? new Uint8Array());
    expect(workbook.getWorksheet('Status 2015M08')?.getCell('A1').value).toBe(
      'Goal status – Aktiveringsstrategi 2015',
    );
    expect(workbook.getWorksheet('Status 2015M08')?.getCell('G9').value).toBe('▼ Off track');
    expect(lines(result.stderr)[0]).toMatch(/^Wrote '\/ud\/en\.xlsx' with the sheets /);
  });

  it('still writes the report but exits 2 when the data has errors', async () => {
    const broken = await xlsxFromSheets(
      exampleSheets((tables) => {
        (tables.plan.rows[0] as unknown[])[8] = 'Hurtigst muligt';
      }),
    );
    const result = await run(
      ['report', 'plan.xlsx'],
      fakeWorld({ files: { 'plan.xlsx': broken } }),
    );
    expect(result.code).toBe(2);
    expect(await sheetNames(result.files.get('plan-status-2015M08.xlsx'))).toContain(
      'Status 2015M08',
    );
  });

  it('exits 1 with one line for a file that is not a workbook, writing nothing', async () => {
    const result = await run(
      ['report', 'plan.xlsx'],
      fakeWorld({ files: { 'plan.xlsx': new TextEncoder().encode('ikke en projektmappe') } }),
    );
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      "Kan ikke læse 'plan.xlsx': filen er ikke en .xlsx-projektmappe",
    ]);
    expect([...result.files.keys()]).toEqual(['plan.xlsx']);
  });

  describe('--pdf', () => {
    it('without LibreOffice exits 1 with the message, after writing the workbook', async () => {
      const result = await run(['report', '/data/plan.xlsx', '--pdf'], world(false));
      expect(result.code).toBe(1);
      expect(lines(result.stderr)).toEqual([
        "Skrev '/data/plan-status-2015M08.xlsx' med arkene 'Status 2015M08', 'Grafer 2015M08'.",
        'LibreOffice (soffice) findes ikke på maskinen, så der kan ikke laves PDF. Regnearket er skrevet.',
      ]);
      expect(result.files.has('/data/plan-status-2015M08.xlsx')).toBe(true);
      expect(result.files.has('/data/plan-status-2015M08.pdf')).toBe(false);
    });

    it('with LibreOffice converts a copy holding only the generated sheets and writes OUT.pdf', async () => {
      const result = await run(['report', '/data/plan.xlsx', '--pdf'], world(true));
      expect(result.code).toBe(0);
      expect(new TextDecoder().decode(result.files.get('/data/plan-status-2015M08.pdf'))).toBe(
        '%PDF-1.4 fake',
      );
      expect(result.converted).toHaveLength(1);
      expect(await sheetNames(result.converted[0])).toEqual(['Status 2015M08', 'Grafer 2015M08']);
      expect(lines(result.stderr)[1]).toBe("Skrev '/data/plan-status-2015M08.pdf'.");
    });
  });
});
