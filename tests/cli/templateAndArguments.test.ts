import { CLI_TEXT } from '../../src/cli/cliTexts';
import { excelWorkbook } from '../helpers/xlsx';
import { fakeWorld, lines, run } from './fakeIo';

describe('planstatus template', () => {
  it('writes a blank template with the three tables', async () => {
    const result = await run(['template', 'ny.xlsx'], fakeWorld());
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toEqual(["Skrev skabelonen 'ny.xlsx'."]);
    const workbook = await excelWorkbook(result.files.get('ny.xlsx') ?? new Uint8Array());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Plan', 'Opfølgning', 'Indstillinger']);
    expect(workbook.getWorksheet('Plan')?.getCell('A2').value ?? null).toBeNull();
  });

  it('fills in the worked example with --example, which evaluates to the example results', async () => {
    const world = fakeWorld();
    expect((await run(['template', 'eks.xlsx', '--example'], world)).code).toBe(0);
    const evaluated = await run(['evaluate', 'eks.xlsx', '--json'], world);
    expect(evaluated.code).toBe(0);
    const out = JSON.parse(evaluated.stdout) as {
      reportPeriod: string;
      results: { id: string; status: string }[];
    };
    expect(out.reportPeriod).toBe('2015M08');
    expect(out.results.find((r) => r.id === 'U3')?.status).toBe('off_track');
    expect(out.results).toHaveLength(24);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const mine = new TextEncoder().encode('mit eget');
    const result = await run(['template', 'ny.xlsx'], fakeWorld({ files: { 'ny.xlsx': mine } }));
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      "'ny.xlsx' findes allerede. Brug --force for at overskrive den.",
    ]);
    expect(result.files.get('ny.xlsx')).toBe(mine);
  });

  it('overwrites an existing file with --force', async () => {
    const mine = new TextEncoder().encode('mit eget');
    const result = await run(
      ['template', 'ny.xlsx', '--force'],
      fakeWorld({ files: { 'ny.xlsx': mine } }),
    );
    expect(result.code).toBe(0);
    const data = result.files.get('ny.xlsx');
    expect(data).not.toBe(mine);
    expect((await excelWorkbook(data ?? new Uint8Array())).worksheets).toHaveLength(3);
  });

  it('exits 1 when no file is given', async () => {
    const result = await run(['template'], fakeWorld());
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(['Angiv en .xlsx-fil.']);
  });
});

describe('planstatus --help', () => {
  it('prints the usage on stdout and exits 0', async () => {
    const result = await run(['--help'], fakeWorld());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(CLI_TEXT.usage.da);
    expect(result.stdout).toMatch(/^planstatus – /);
    expect(result.stderr).toBe('');
  });

  it('prints the usage in English with --lang en', async () => {
    const result = await run(['-h', '--lang', 'en'], fakeWorld());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(CLI_TEXT.usage.en);
  });

  it.each([
    ['evaluate', CLI_TEXT.evaluateHelp.da],
    ['report', CLI_TEXT.reportHelp.da],
    ['template', CLI_TEXT.templateHelp.da],
  ])('prints the help of %s on stdout and exits 0', async (command, help) => {
    const result = await run([command, '--help'], fakeWorld());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(help);
    expect(result.stdout.startsWith(`planstatus ${command} `)).toBe(true);
    expect(result.stderr).toBe('');
  });

  it('prints a command help even when a file is given', async () => {
    const result = await run(['report', 'plan.xlsx', '--help', '--lang', 'en'], fakeWorld());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(CLI_TEXT.reportHelp.en);
  });
});

describe('bad arguments', () => {
  it('shows the usage on stderr and exits 1 without a command', async () => {
    const result = await run([], fakeWorld());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(CLI_TEXT.usage.da);
  });

  it.each(['frobnicate', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    "exits 1 for the unknown command '%s'",
    async (command) => {
      const result = await run([command, 'plan.xlsx'], fakeWorld());
      expect(result.code).toBe(1);
      expect(lines(result.stderr)[0]).toBe(`Ukendt kommando '${command}'.`);
      expect(result.stdout).toBe('');
    },
  );

  it.each([
    [['evaluate', 'plan.xlsx', '--bogus']],
    [['evaluate', 'plan.xlsx', '-x']],
    [['evaluate', 'plan.xlsx', '--period']],
    [['report', 'plan.xlsx', '--json=ja']],
  ])('exits 1 with one line for an unknown or incomplete option: %j', async (args) => {
    const result = await run(args, fakeWorld());
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(lines(result.stderr)[0]).toMatch(/^Ugyldige argumenter: /);
    expect(result.stdout).toBe('');
  });

  it('exits 1 for an extra file argument', async () => {
    const result = await run(['evaluate', 'a.xlsx', 'b.xlsx'], fakeWorld());
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(['Ugyldige argumenter: b.xlsx']);
  });

  it("exits 1 for a language other than 'da' or 'en'", async () => {
    const result = await run(['evaluate', 'plan.xlsx', '--lang', 'de'], fakeWorld());
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(["Sproget skal være 'da' eller 'en'."]);
  });
});
