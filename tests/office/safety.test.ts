import { UserProblem } from '../../src/domain/userProblem';
import { describeHostError, HostProblem } from '../../src/office/hostErrors';
import { FakeWorkbook } from '../fakes/excel';
import type { Excel } from './harness';
import { exampleInExcel, openInExcel, rejectionOf } from './harness';
import { largePlanWorkbook } from './largePlan';

/*
 * What the Office host promises about the user's workbook: generated sheets replace only
 * generated sheets, a failure leaves nothing behind, text stays text, the template never
 * overwrites, and settings are written where they belong.
 */

let excel: Excel;
afterEach(() => excel.uninstall());

const generatedTags = (workbook: FakeWorkbook): [string, string, boolean][] =>
  workbook.sheets.flatMap((s) =>
    s.names
      .filter((n) => n.name === 'PlanStatus_Generated')
      .map((n): [string, string, boolean] => [s.name, n.formula, n.visible]),
  );

/** Every cell of a sheet that holds a formula. */
const formulasOn = (workbook: FakeWorkbook, sheet: string): string[] =>
  [...workbook.sheet(sheet).cells.values()].flatMap((c) => (c.formula === null ? [] : [c.formula]));

describe('regenerating', () => {
  it("keeps a user's sheet named 'Status 2015M08' untouched and names the new one 'Status 2015M08 (2)'", async () => {
    excel = await exampleInExcel();
    const mine = excel.workbook.addSheet('Status 2015M08');
    mine.setValues('A1', [['Mine egne noter'], [42]]);
    const before = mine.snapshot();
    const { sheetNames } = await excel.actions.report(null, 'da');
    expect(sheetNames).toEqual(['Status 2015M08 (2)', 'Grafer 2015M08']);
    expect(excel.workbook.sheet('Status 2015M08').snapshot()).toEqual(before);
    expect(generatedTags(excel.workbook)).toEqual([
      ['Status 2015M08 (2)', '="status 2015M08"', false],
      ['Grafer 2015M08', '="charts 2015M08"', false],
    ]);
  });

  it('replaces only the tagged sheets, in their places, and keeps the results table name', async () => {
    excel = await exampleInExcel();
    excel.workbook.addSheet('Status 2015M08').setValues('A1', [['Mine egne noter']]);
    await excel.actions.compute(null, 'da');
    await excel.actions.report(null, 'da');
    excel.workbook.addSheet('Bagefter');
    const userSheet = excel.workbook.sheet('Status 2015M08').snapshot();
    const order = excel.workbook.sheetNames();
    await excel.actions.compute(null, 'da');
    const { sheetNames } = await excel.actions.report(null, 'da');
    expect(sheetNames).toEqual(['Status 2015M08 (2)', 'Grafer 2015M08']);
    expect(excel.workbook.sheetNames()).toEqual(order);
    expect(order).toEqual([
      'Ark1',
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Beregning',
      'Status 2015M08 (2)',
      'Grafer 2015M08',
      'Bagefter',
    ]);
    expect(excel.workbook.sheet('Status 2015M08').snapshot()).toEqual(userSheet);
    expect(excel.workbook.tables.map((t) => t.name)).toEqual([
      'Plan',
      'Opfolgning',
      'Indstillinger',
      'PlanStatusBeregning',
    ]);
    expect(generatedTags(excel.workbook).map(([sheet]) => sheet)).toEqual([
      'Beregning',
      'Status 2015M08 (2)',
      'Grafer 2015M08',
    ]);
  });

  it("removes a leftover 'pending' sheet of a crashed run on the next report", async () => {
    excel = await exampleInExcel();
    const leftover = excel.workbook.addSheet('~PlanStatus 1');
    leftover.setValues('A1', [['halvt skrevet']]);
    excel.workbook.addName(leftover, 'PlanStatus_Generated', '="pending"', '').visible = false;
    const other = excel.workbook.addSheet('~PlanStatus 7');
    other.setValues('A1', [['et andet halvt ark']]);
    excel.workbook.addName(other, 'PlanStatus_Generated', '="pending"', '').visible = false;
    await excel.actions.report(null, 'da');
    expect(excel.workbook.sheetNames()).toEqual([
      'Ark1',
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
    expect(generatedTags(excel.workbook).map(([, formula]) => formula)).toEqual([
      '="status 2015M08"',
      '="charts 2015M08"',
    ]);
  });
  it('keeps the places of the replaced sheets when a leftover sits before them', async () => {
    excel = await exampleInExcel();
    await excel.actions.report(null, 'da');
    const leftover = excel.workbook.addSheet('~PlanStatus 1');
    excel.workbook.addName(leftover, 'PlanStatus_Generated', '="pending"', '').visible = false;
    excel.workbook.moveSheet(leftover, 1);
    excel.workbook.addSheet('Sidst');
    await excel.actions.report(null, 'da');
    expect(excel.workbook.sheetNames()).toEqual([
      'Ark1',
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
      'Sidst',
    ]);
    expect(generatedTags(excel.workbook).map(([, formula]) => formula)).toEqual([
      '="status 2015M08"',
      '="charts 2015M08"',
    ]);
  });
});

describe('a failure midway', () => {
  it('when the second chart cannot be added, leaves the workbook exactly as it was', async () => {
    excel = await exampleInExcel();
    await excel.actions.report(null, 'da');
    const before = excel.workbook.snapshot();
    excel.takeSyncs();
    excel.workbook.failCommand('ChartCollection.add', 2);
    const error = await rejectionOf(excel.actions.report(null, 'da'));
    expect(error).toBeInstanceOf(HostProblem);
    expect((error as HostProblem).cause).toMatchObject({ code: 'GeneralException' });
    expect(describeHostError(error).da).toMatch(/^Excel kunne ikke udføre handlingen\./);
    expect(excel.workbook.snapshot()).toEqual(before);
    // The failed sync had written the temporary sheets; the clean-up removed them.
    expect(excel.takeSyncs().map((s) => [s.index, s.outcome])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'GeneralException'],
      [4, 'ok'],
      [5, 'ok'],
    ]);
  });

  it.each([
    ['the old sheet cannot step aside', 'Worksheet.name', 1],
    ['the new sheet cannot take its name', 'Worksheet.name', 2],
    ['the old sheet cannot be deleted', 'Worksheet.delete', 1],
  ])(
    'when %s in the last step of a regeneration, gives the old report back its place',
    async (_what, command, occurrence) => {
      excel = await exampleInExcel();
      await excel.actions.report(null, 'da');
      const before = excel.workbook.snapshot();
      excel.workbook.failCommand(command, occurrence);
      await rejectionOf(excel.actions.report(null, 'da'));
      expect(excel.workbook.snapshot()).toEqual(before);
    },
  );

  it('when a chunk of a large report fails, removes the sheets written so far', async () => {
    excel = openInExcel(largePlanWorkbook(600));
    const before = excel.workbook.snapshot();
    // Syncs 1–2 read; 3 and 4 write chunks; 5 fails.
    excel.workbook.failSync(5, 'RequestAborted');
    const error = await rejectionOf(excel.actions.report(null, 'da'));
    expect((error as HostProblem).cause).toMatchObject({ code: 'RequestAborted' });
    const syncs = excel.takeSyncs();
    expect(syncs.slice(0, 5).map((s) => s.outcome)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'RequestAborted',
    ]);
    expect(syncs.slice(5).map((s) => s.outcome)).toEqual(['ok', 'ok']);
    expect(excel.workbook.snapshot()).toEqual(before);
  });

  it('when the clean-up itself fails, leaves pending sheets that the next report removes', async () => {
    excel = await exampleInExcel();
    excel.workbook.failCommand('ChartCollection.add', 1);
    // The report's third sync fails at the chart; the clean-up's first sync (the fourth) too.
    excel.workbook.failSync(4);
    await rejectionOf(excel.actions.report(null, 'da'));
    expect(excel.workbook.sheetNames()).toEqual([
      'Ark1',
      'Plan',
      'Opfølgning',
      'Indstillinger',
      '~PlanStatus 1',
      '~PlanStatus 2',
    ]);
    expect(generatedTags(excel.workbook).map(([, formula]) => formula)).toEqual([
      '="pending"',
      '="pending"',
    ]);
    await excel.actions.report(null, 'da');
    expect(excel.workbook.sheetNames()).toEqual([
      'Ark1',
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
  });
});

describe('hostile text', () => {
  const HOSTILE = {
    goal: '=HYPERLINK("http://x","y")',
    theme: '@Virksomheder',
    comments: { U3: '+45', U4: '-3 flere', L2: '@x', U5: '=1+1' },
  } as const;

  beforeEach(async () => {
    excel = await exampleInExcel();
    const plan = excel.workbook.sheet('Plan');
    const planRows = plan.read('A2:A25').map((r) => r[0]);
    planRows.forEach((id, i) => {
      if (id === 'U3') plan.setValues(`F${i + 2}`, [[HOSTILE.goal]]);
      if (typeof id === 'string' && id.startsWith('V'))
        plan.setValues(`B${i + 2}`, [[HOSTILE.theme]]);
    });
    const follow = excel.workbook.sheet('Opfølgning');
    follow
      .read('A2:A18')
      .map((r) => r[0])
      .forEach((id, i) => {
        const comment = HOSTILE.comments[id as keyof typeof HOSTILE.comments];
        if (comment !== undefined) follow.setValues(`F${i + 2}`, [[comment]]);
      });
  });

  it('stays text in the status sheet, the chart sheet and Beregning: no cell becomes a formula', async () => {
    await excel.actions.compute(null, 'da');
    await excel.actions.report(null, 'da');
    for (const sheet of ['Beregning', 'Status 2015M08', 'Grafer 2015M08']) {
      expect([sheet, formulasOn(excel.workbook, sheet)]).toEqual([sheet, []]);
    }
  });

  it('shows each hostile text as written, formatted as text', async () => {
    await excel.actions.compute(null, 'da');
    await excel.actions.report(null, 'da');
    const textCells = (sheet: string): Map<string, string> => {
      const found = new Map<string, string>();
      for (const cell of excel.workbook.sheet(sheet).cells.values()) {
        if (typeof cell.value === 'string') found.set(cell.value, cell.numberFormat);
      }
      return found;
    };
    const status = textCells('Status 2015M08');
    const results = textCells('Beregning');
    for (const comment of Object.values(HOSTILE.comments)) {
      expect([comment, status.get(comment), results.get(comment)]).toEqual([comment, '@', '@']);
    }
    expect(status.get(HOSTILE.theme)).toBe('@');
    expect([...status.keys()].filter((v) => v.includes(HOSTILE.goal))).toEqual([
      `U3: ${HOSTILE.goal}`,
    ]);
  });
});

describe('the template', () => {
  it('creates only the tables that are missing, and never touches an existing one', async () => {
    const workbook = new FakeWorkbook(['Min plan', 'Indstillinger']);
    workbook.sheet('Min plan').setValues('B2', [
      ['Id', 'Mål', 'Måltype', 'Målperiode'],
      ['A1', 'Et mål', 'Minimum', '2015'],
    ]);
    workbook.addTable(
      workbook.sheet('Min plan'),
      { row: 1, col: 1, rows: 2, cols: 4 },
      true,
      'Plan',
    );
    workbook.sheet('Indstillinger').setValues('A1', [['Noter']]);
    excel = openInExcel(workbook);
    const before = workbook.snapshot();
    await excel.actions.createTemplate(false);
    // The sheet named Indstillinger is where reading looks for the settings, so it counts as
    // present: a second settings table would hide it.
    expect(workbook.sheetNames()).toEqual(['Min plan', 'Indstillinger', 'Opfølgning']);
    expect(workbook.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ['Plan', 'Min plan'],
      ['Opfolgning', 'Opfølgning'],
    ]);
    expect(workbook.sheet('Min plan').snapshot()).toEqual(
      (before as { sheets: unknown[] }).sheets[0],
    );
    expect(workbook.sheet('Indstillinger').snapshot()).toEqual(
      (before as { sheets: unknown[] }).sheets[1],
    );
  });

  it('refuses the example when one of the tables exists, changing nothing', async () => {
    const workbook = new FakeWorkbook(['Ark1']);
    workbook.sheet('Ark1').setValues('A1', [
      ['Nøgle', 'Værdi'],
      ['Kommune', 'Ishøj'],
    ]);
    workbook.addTable(
      workbook.sheet('Ark1'),
      { row: 0, col: 0, rows: 2, cols: 2 },
      true,
      'Indstillinger',
    );
    excel = openInExcel(workbook);
    const before = workbook.snapshot();
    const error = await rejectionOf(excel.actions.createTemplate(true));
    expect(error).toBeInstanceOf(UserProblem);
    expect(describeHostError(error).da).toMatch(/^Eksemplet indsættes kun i en projektmappe uden/);
    expect(workbook.snapshot()).toEqual(before);
    // Two syncs to look for the tables; nothing written.
    expect(excel.takeSyncs()).toHaveLength(2);
  });
});

describe('selecting a cell', () => {
  it("activates Plan and selects M8 for 'Plan!M8'", async () => {
    excel = await exampleInExcel();
    excel.workbook.activate(excel.workbook.sheet('Ark1'));
    await excel.actions.selectCell('Plan!M8');
    expect(excel.workbook.activeSheet?.name).toBe('Plan');
    expect(excel.workbook.selection).toMatchObject({
      sheet: { name: 'Plan' },
      box: { row: 7, col: 12, rows: 1, cols: 1 },
    });
  });

  it('finds a sheet whose name needs quotes', async () => {
    excel = openInExcel(new FakeWorkbook(['Ark1', "Mit 'plan' ark"]));
    await excel.actions.selectCell("'Mit ''plan'' ark'!B3:C4");
    expect(excel.workbook.selection).toMatchObject({
      sheet: { name: "Mit 'plan' ark" },
      box: { row: 2, col: 1, rows: 2, cols: 2 },
    });
  });

  it('gives a HostProblem in Danish for a sheet that is gone, or an address that is none', async () => {
    excel = await exampleInExcel();
    const gone = await rejectionOf(excel.actions.selectCell('Slettet!A1'));
    expect(gone).toBeInstanceOf(HostProblem);
    expect(describeHostError(gone).da).toBe("Arket 'Slettet' findes ikke længere. Validér igen.");
    const bad = await rejectionOf(excel.actions.selectCell('ikke en celle'));
    expect(describeHostError(bad).da).toBe("Cellen 'ikke en celle' kan ikke findes.");
    expect(excel.workbook.selection).toBeNull();
  });
});

describe('writing settings', () => {
  it('updates Kommune, Plantitel and Tolerance in their rows, text as text', async () => {
    excel = await exampleInExcel();
    await excel.actions.saveSettings(
      [
        { key: 'municipality', value: 'Vallensbæk' },
        { key: 'planTitle', value: '=Plan for 2016' },
        { key: 'tolerance', value: 0.1 },
      ],
      null,
    );
    const sheet = excel.workbook.sheet('Indstillinger');
    const cells = ['B2', 'B3', 'B4', 'B5'].map((a) => {
      const c = sheet.cell(a);
      return [c.value, c.formula, c.numberFormat];
    });
    expect(cells).toEqual([
      ['Vallensbæk', null, '@'],
      ['=Plan for 2016', null, '@'],
      [0.1, null, 'General'],
      ['2015M08', null, '@'],
    ]);
    expect(excel.workbook.table('Indstillinger').box.rows).toBe(5);
  });

  it('adds rows for missing keys, writing text as text even under a General row', async () => {
    const workbook = new FakeWorkbook(['Indstillinger']);
    workbook.sheet('Indstillinger').setValues('A1', [
      ['Nøgle', 'Værdi'],
      ['Tolerance', 0.25],
    ]);
    workbook.addTable(
      workbook.sheet('Indstillinger'),
      { row: 0, col: 0, rows: 2, cols: 2 },
      true,
      'Indstillinger',
    );
    excel = openInExcel(workbook);
    await excel.actions.saveSettings(
      [
        { key: 'planTitle', value: '-3 flere i job' },
        { key: 'municipality', value: '2650' },
        { key: 'tolerance', value: 0.3 },
      ],
      null,
    );
    const sheet = workbook.sheet('Indstillinger');
    expect(workbook.table('Indstillinger').box.rows).toBe(4);
    expect(
      [0, 1, 2, 3].map((r) => {
        const value = sheet.cellAt(r, 1);
        return [sheet.cellAt(r, 0).value, value.value, value.formula, value.numberFormat];
      }),
    ).toEqual([
      ['Nøgle', 'Værdi', null, 'General'],
      ['Tolerance', 0.3, null, 'General'],
      ['Plantitel', '-3 flere i job', null, '@'],
      ['Kommune', '2650', null, '@'],
    ]);
  });

  it("gives a HostProblem when there is no table 'Indstillinger'", async () => {
    excel = openInExcel(new FakeWorkbook(['Ark1']));
    const error = await rejectionOf(
      excel.actions.saveSettings([{ key: 'municipality', value: 'x' }], null),
    );
    expect(describeHostError(error).da).toBe(
      "Tabellen 'Indstillinger' findes ikke. Opret skabelonen først.",
    );
  });
});

describe('the order of the sheets', () => {
  it('keeps every sheet in its place when a report is made again, a sheet of the user’s between them', async () => {
    excel = await exampleInExcel();
    await excel.actions.report(null, 'da');
    const notes = excel.workbook.addSheet('Mine noter');
    excel.workbook.moveSheet(notes, excel.workbook.sheetNames().indexOf('Grafer 2015M08'));
    const before = excel.workbook.sheetNames();
    expect(before.slice(-3)).toEqual(['Status 2015M08', 'Mine noter', 'Grafer 2015M08']);
    await excel.actions.report(null, 'da');
    expect(excel.workbook.sheetNames()).toEqual(before);
  });
});
