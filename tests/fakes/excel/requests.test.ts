import { CODES, FakeWorkbook, installFakeOffice } from './index';

let workbook: FakeWorkbook;
let uninstall: () => void;

beforeEach(() => {
  workbook = new FakeWorkbook(['Plan', 'Noter']);
  workbook.sheet('Plan').setValues('A1', [
    ['Id', 'Mål'],
    ['U1', 'Flere i job'],
  ]);
  workbook.addTable(workbook.sheet('Plan'), { row: 0, col: 0, rows: 2, cols: 2 }, true, 'Plan');
  uninstall = installFakeOffice(workbook);
});

afterEach(() => uninstall());

const codeOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error as { code?: unknown }).code,
  );

describe('reading before loading', () => {
  it('throws PropertyNotLoaded for a property never loaded', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      await context.sync();
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('throws for a loaded property until the sync is done, then reads the value', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A2:B2').load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['U1', 'Flere i job']]);
    });
  });

  it('throws on collection items until they are loaded and synced', async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Plan', 'Noter']);
    });
  });

  it('loads navigation paths (items/worksheet/name) and nothing beyond them', async () => {
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load('items/name,items/worksheet/name');
      await context.sync();
      const [table] = tables.items;
      expect(table?.name).toBe('Plan');
      expect(table?.worksheet.name).toBe('Plan');
      expect(() => table?.worksheet.position).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      expect(() => table?.style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('fails the sync when a property name is not part of the type', async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.load('items/colour');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('has no members beyond what it implements, and refuses to set read-only ones', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      expect(() => (sheet as unknown as Record<string, unknown>).colour).toThrow(
        /no Worksheet\.colour/,
      );
      const range = sheet.getRange('A1');
      expect(() => {
        (range as unknown as { address: string }).address = 'B2';
      }).toThrow(/cannot be set/);
      await context.sync();
    });
  });
});

describe('null objects', () => {
  it('makes isNullObject readable only after a sync', async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Ingen');
      const found = context.workbook.worksheets.getItemOrNullObject('plan');
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
    });
  });

  it('fails the sync with ItemNotFound when getItem finds nothing', async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.tables.getItem('Opfolgning').getDataBodyRange().load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('loads nothing from a null object, and refuses changes to one', async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        const name = context.workbook.worksheets
          .getItem('Plan')
          .names.getItemOrNullObject('Mærke')
          .load('formula');
        await context.sync();
        expect(name.isNullObject).toBe(true);
        expect(() => name.formula).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
        name.visible = false;
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });
});

describe('queued commands', () => {
  it('change nothing before the sync, and run in order at the sync', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Ny');
      sheet.name = 'Omdøbt';
      sheet.position = 0;
      expect(workbook.sheetNames()).toEqual(['Plan', 'Noter']);
      await context.sync();
      expect(workbook.sheetNames()).toEqual(['Omdøbt', 'Plan', 'Noter']);
    });
  });

  it('keep the commands before a failing one (no rollback) and skip the rest', async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('Første');
        context.workbook.worksheets.add('noter');
        context.workbook.worksheets.add('Tredje');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
    expect(workbook.sheetNames()).toEqual(['Plan', 'Noter', 'Første']);
    expect(workbook.syncs.at(-1)).toMatchObject({ commands: 3, outcome: 'ItemAlreadyExists' });
  });

  it('keep the loaded data of a failed sync unreadable', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('A1').load('values');
      context.workbook.worksheets.getItem('Ingen').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('sync what the batch leaves queued when Excel.run returns, and end the context', async () => {
    let kept: Excel.Worksheet | null = null;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem('Noter');
      kept.tabColor = '#FF0000';
      return Promise.resolve();
    });
    expect(workbook.sheet('Noter').tabColor).toBe('#FF0000');
    expect(() => {
      if (kept) kept.tabColor = '#00FF00';
    }).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });

  it('fail a command whose API set this Excel lacks with ApiNotFound', async () => {
    uninstall();
    uninstall = installFakeOffice(workbook, { apiSets: { ExcelApi: '1.7' } });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Plan').showGridlines = false;
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(workbook.sheet('Plan').showGridlines).toBe(true);
  });
});

describe('planned faults', () => {
  it('fail the chosen occurrence of a command, keeping what came before', async () => {
    workbook.sheet('Noter').setValues('A1', [
      ['', 'Tal'],
      ['a', 1],
      ['b', 2],
    ]);
    workbook.failCommand('ChartCollection.add', 2);
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Noter');
        for (let i = 0; i < 3; i++) sheet.charts.add('Line', sheet.getRange('A1:B3'), 'Columns');
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    expect(workbook.sheet('Noter').charts).toHaveLength(1);
  });

  it('reject the first sync of each run while a cell is being edited', async () => {
    workbook.simulateCellEditing(2);
    const attempt = (): Promise<unknown> =>
      codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(`Ark ${workbook.runs}`);
          await context.sync();
        }),
      );
    expect(await attempt()).toBe('InvalidOperationInCellEditMode');
    expect(await attempt()).toBe('InvalidOperationInCellEditMode');
    expect(await attempt()).toBe('resolved');
    expect(workbook.sheetNames()).toEqual(['Plan', 'Noter', 'Ark 3']);
  });

  it('reject a chosen sync before any of its commands run', async () => {
    workbook.failSync(2, 'Conflict');
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('En');
      await context.sync();
      context.workbook.worksheets.add('To');
      await expect(context.sync()).rejects.toMatchObject({ code: 'Conflict' });
    });
    expect(workbook.sheetNames()).toEqual(['Plan', 'Noter', 'En']);
  });

  it('refuse a batch that returns no promise', async () => {
    const run = Excel.run as unknown as (batch: () => unknown) => Promise<unknown>;
    expect(await codeOf(run(() => 1))).toBe(CODES.runMustReturnPromise);
  });
});
