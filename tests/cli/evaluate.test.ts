import JSZip from 'jszip';
import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import { exampleWorkbook, TODAY } from '../helpers/fixtures';
import { exampleSheets, exampleXlsx, xlsxFromSheets } from '../helpers/xlsx';
import { fakeWorld, lines, run } from './fakeIo';

const RESULT_KEYS = [
  'id',
  'status',
  'final',
  'actual',
  'actualPeriod',
  'expected',
  'attainment',
  'q',
  'deviation',
  'benchmark',
  'comment',
  'explanation',
];
const FINDING_KEYS = ['severity', 'code', 'table', 'row', 'column', 'address', 'message'];

interface JsonResult {
  readonly [key: string]: unknown;
  readonly id: string;
  readonly explanation: string;
}
interface JsonOutput {
  readonly reportPeriod: string;
  readonly results: JsonResult[];
  readonly findings: Record<string, unknown>[];
}

let example: Buffer;
beforeAll(async () => {
  example = await exampleXlsx();
});

const world = () => fakeWorld({ files: { 'plan.xlsx': example } });

describe('planstatus evaluate FILE --json', () => {
  let out: JsonOutput;
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(['evaluate', 'plan.xlsx', '--json'], world());
    out = JSON.parse(result.stdout) as JsonOutput;
  });

  it('exits 0 for the worked example, which has warnings only', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prints exactly the documented keys', () => {
    expect(Object.keys(out)).toEqual(['reportPeriod', 'results', 'findings']);
    expect(out.results).toHaveLength(24);
    for (const r of out.results) expect(Object.keys(r)).toEqual(RESULT_KEYS);
    expect(out.findings).toHaveLength(1);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS);
      expect(Object.keys(f.message as object)).toEqual(['da', 'en']);
    }
  });

  it('reports on 2015M08', () => {
    expect(out.reportPeriod).toBe('2015M08');
  });

  it('gives U3 as JSON numbers: attainment the fraction 0.617, not 61.7', () => {
    expect(out.results.find((r) => r.id === 'U3')).toEqual({
      id: 'U3',
      status: 'off_track',
      final: false,
      actual: 37,
      actualPeriod: '2015M08',
      expected: 60,
      attainment: 0.617,
      q: 0.617,
      deviation: -23,
      benchmark: null,
      comment:
        'Aktuelt har 8 afsluttet brobygningsforløbet, 2 er startet i uddannelse og 1 er gået i job. 4 er fortsat i gang.',
      explanation: expect.any(String) as unknown,
    });
    expect(result.stdout).toContain('"attainment": 0.617,');
  });

  it('writes null where a field does not apply (U1 has no data, L3 is a milestone)', () => {
    expect(out.results.find((r) => r.id === 'U1')).toMatchObject({
      status: 'no_data',
      actual: null,
      actualPeriod: null,
      expected: null,
      attainment: null,
      q: null,
      deviation: null,
      benchmark: null,
      comment: null,
    });
    expect(out.results.find((r) => r.id === 'L3')).toMatchObject({
      status: 'met',
      final: true,
      actual: null,
      expected: null,
      attainment: null,
    });
  });

  it('rounds numbers to three decimals (LY2 expected 2.917, V3 attainment 1.08)', () => {
    expect(out.results.find((r) => r.id === 'LY2')?.expected).toBe(2.917);
    expect(out.results.find((r) => r.id === 'V3')?.attainment).toBe(1.08);
  });

  it('gives the L1 warning with its place and both languages', () => {
    expect(out.findings[0]).toEqual({
      severity: 'warning',
      code: 'PLAN_END_VALUE_MISMATCH',
      table: 'Plan',
      row: 7,
      column: 'Slutværdi',
      address: 'Plan!O8',
      message: {
        da: 'Slutværdien 388 passer ikke til målet: 15 % mindre end 438 er 372,3. Beregningen bruger 372,3.',
        en: 'The end value 388 does not match the target: 15 % less than 438 is 372.3. The computation uses 372.3.',
      },
    });
  });

  it('gives the explanations in Danish by default and in English with --lang en', async () => {
    const analysis = analyzeWorkbook(exampleWorkbook(), { today: TODAY });
    expect(out.results.map((r) => r.explanation)).toEqual(
      analysis.results.map((r) => r.explanation.da),
    );
    const en = await run(['evaluate', 'plan.xlsx', '--json', '--lang', 'en'], world());
    const english = JSON.parse(en.stdout) as JsonOutput;
    expect(english.results.map((r) => r.explanation)).toEqual(
      analysis.results.map((r) => r.explanation.en),
    );
    expect(english.results.find((r) => r.id === 'LY3')?.explanation).toBe(
      '7 of 12 months: expected 5.8 of 10, actual 4.',
    );
    expect(out.results.find((r) => r.id === 'LY3')?.explanation).toBe(
      '7 af 12 måneder: forventet 5,8 af 10, faktisk 4.',
    );
  });

  it('--period 2015M07 changes the report period and the results', async () => {
    const july = await run(['evaluate', 'plan.xlsx', '--json', '--period', '2015M07'], world());
    expect(july.code).toBe(0);
    const parsed = JSON.parse(july.stdout) as JsonOutput;
    expect(parsed.reportPeriod).toBe('2015M07');
    expect(parsed.results.find((r) => r.id === 'U3')).toMatchObject({
      status: 'no_data',
      actual: null,
    });
  });

  it('accepts a period as a user writes it (--period "juli 2015")', async () => {
    const july = await run(['evaluate', 'plan.xlsx', '--json', '--period', 'juli 2015'], world());
    expect((JSON.parse(july.stdout) as JsonOutput).reportPeriod).toBe('2015M07');
  });
});

describe('planstatus evaluate: exit codes and failures', () => {
  it('exits 2 and still prints the JSON when the data has errors', async () => {
    const broken = await xlsxFromSheets(
      exampleSheets((tables) => {
        const u1 = tables.plan.rows[0] as unknown[];
        u1[8] = 'Hurtigst muligt';
      }),
    );
    const result = await run(
      ['evaluate', 'plan.xlsx', '--json'],
      fakeWorld({ files: { 'plan.xlsx': broken } }),
    );
    expect(result.code).toBe(2);
    const out = JSON.parse(result.stdout) as JsonOutput;
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_VALUE', table: 'Plan', row: 1, column: 'Måltype' }),
    ]);
    expect(out.results.find((r) => r.id === 'U1')?.status).toBe('invalid');
    expect(out.results.find((r) => r.id === 'U3')?.status).toBe('off_track');
  });

  it('exits 2 without --json too, listing the error', async () => {
    const noPlan = await xlsxFromSheets(exampleSheets().filter((s) => s.name !== 'Opfølgning'));
    const result = await run(
      ['evaluate', 'plan.xlsx'],
      fakeWorld({ files: { 'plan.xlsx': noPlan } }),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Tabellen 'Opfolgning' findes ikke.");
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array]>([
    ['a file that is not a workbook', () => new TextEncoder().encode('Id;Mål\nU1;x\n')],
    ['an empty file', () => new Uint8Array()],
    ['random bytes', () => Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)],
    ['a truncated workbook', () => example.subarray(0, Math.floor(example.length / 2))],
    [
      'a zip whose workbook part is not XML',
      () => {
        const zip = new JSZip();
        zip.file('xl/workbook.xml', '<workbook><sheets>');
        return zip.generateAsync({ type: 'uint8array' });
      },
    ],
  ])('exits 1 with one line on stderr and no stack trace for %s', async (_name, make) => {
    const data = await make();
    const result = await run(
      ['evaluate', 'plan.xlsx', '--json'],
      fakeWorld({ files: { 'plan.xlsx': data } }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      "Kan ikke læse 'plan.xlsx': filen er ikke en .xlsx-projektmappe",
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(jest.spyOn(console, 'error')).not.toHaveBeenCalled();
  });

  it('exits 1 with one line on stderr for a missing file', async () => {
    const result = await run(['evaluate', 'findes-ikke.xlsx'], fakeWorld());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual(["Kan ikke læse 'findes-ikke.xlsx': ENOENT"]);
  });

  it('says it in English with --lang en', async () => {
    const result = await run(['evaluate', 'findes-ikke.xlsx', '--lang', 'en'], fakeWorld());
    expect(lines(result.stderr)).toEqual(["Cannot read 'findes-ikke.xlsx': ENOENT"]);
  });

  it.each(['2015M13', 'august', '2015-2014', ''])(
    "exits 1 with one line for the bad period '%s'",
    async (period) => {
      const result = await run(['evaluate', 'plan.xlsx', '--period', period], world());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        `Perioden '${period}' kan ikke læses. Skriv fx 2015M08 eller 2015K2.`,
      ]);
    },
  );

  it('exits 1 when no file is given', async () => {
    const result = await run(['evaluate'], fakeWorld());
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(['Angiv en .xlsx-fil.']);
  });
});

describe('planstatus evaluate FILE (readable output)', () => {
  it('lists each goal with its Danish status label and the count per status', async () => {
    const result = await run(['evaluate', 'plan.xlsx'], world());
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('Status på mål – Aktiveringsstrategi 2015');
    expect(out[1]).toBe('Ishøj · opfølgning august 2015');
    expect(out.find((l) => l.startsWith('U3 '))).toMatch(/^U3\s+▼ Ikke på rette vej\s+\S/);
    expect(out.find((l) => l.startsWith('L3 '))).toMatch(/^L3\s+✔ Opfyldt\s+\S/);
    expect(out.find((l) => l.startsWith('V5 '))).toMatch(/^V5\s+● I risiko\s+\S/);
    expect(out.find((l) => l.startsWith('U1 '))).toMatch(/^U1\s+– Ingen data\s+\S/);
    expect(out).toContain(
      '✔ 6 opfyldt · ▲ 4 på rette vej · ● 1 i risiko · ▼ 4 ikke på rette vej · ○ 1 ikke startet · – 8 ingen data',
    );
    expect(out).toContain('Fund: 0 fejl og 1 advarsler');
    expect(out.filter((l) => /^[A-Z]+\d+ /.test(l))).toHaveLength(24);
  });

  it('uses the English labels with --lang en', async () => {
    const result = await run(['evaluate', 'plan.xlsx', '--lang', 'en'], world());
    expect(result.stdout).toMatch(/^U3\s+▼ Off track\s+/m);
    expect(result.stdout).toContain('Findings: 0 errors and 1 warnings');
  });
});
