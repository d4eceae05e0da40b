import { FakeWorkbook, installFakeOffice } from './index';

let workbook: FakeWorkbook;
let uninstall: () => void;

beforeEach(() => {
  workbook = new FakeWorkbook(['Tal']);
  uninstall = installFakeOffice(workbook);
});

afterEach(() => uninstall());

const write = (address: string, values: unknown[][], numberFormat?: string[][]): Promise<unknown> =>
  Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Tal').getRange(address);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
    await context.sync();
  });

const sheet = () => workbook.sheet('Tal');

describe('writing values', () => {
  it('refuses a 2-D array of the wrong shape with InvalidArgument, and writes nothing', async () => {
    await expect(write('A1:B2', [[1, 2]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write('A1:B2', [[1], [2]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write('A1', [1] as unknown as unknown[][])).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    expect(sheet().usedBox(false)).toBeNull();
  });

  it('takes [[x]] for a single cell', async () => {
    await write('C3', [['x']]);
    expect(sheet().read('C3')).toEqual([['x']]);
  });

  it('refuses a number format array of the wrong shape', async () => {
    await expect(write('A1:A2', [[1], [2]], [['@', '@']])).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
  });

  it('makes =1+1 a formula in a General cell, and keeps it as text in a @ cell', async () => {
    await write('A1', [['=1+1']]);
    await write('A2', [['=1+1']], [['@']]);
    expect(sheet().cell('A1')).toMatchObject({ formula: '=1+1', numberFormat: 'General' });
    expect(sheet().cell('A2')).toMatchObject({ value: '=1+1', formula: null, numberFormat: '@' });
  });

  it('takes text starting with +, - or @ as a formula unless it is a number or the cell is text', async () => {
    await write('A1:D1', [['+45 12 34', '-3 flere', '@x', '-3']]);
    await write('A2:D2', [['+45 12 34', '-3 flere', '@x', '-3']], [['@', '@', '@', '@']]);
    const row = (r: number) =>
      [0, 1, 2, 3].map((c) => {
        const cell = sheet().cellAt(r, c);
        return [cell.value, cell.formula];
      });
    expect(row(0)).toEqual([
      ['=+45 12 34', '=+45 12 34'],
      ['=-3 flere', '=-3 flere'],
      ['=@x', '=@x'],
      [-3, null],
    ]);
    expect(row(1)).toEqual([
      ['+45 12 34', null],
      ['-3 flere', null],
      ['@x', null],
      ['-3', null],
    ]);
  });

  it('uses the number format the cell has when the values are written, in queue order', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tal').getRange('A1');
      range.values = [['=2']];
      range.numberFormat = [['@']];
      await context.sync();
    });
    expect(sheet().cell('A1').formula).toBe('=2');
  });

  it('leaves a cell unchanged for null and clears it for an empty string', async () => {
    sheet().setValues('A1', [['a', 'b']]);
    await write('A1:B1', [[null, '']]);
    expect(sheet().read('A1:B1')).toEqual([['a', '']]);
  });

  it('refuses text longer than a cell holds', async () => {
    await expect(write('A1', [['x'.repeat(32_768)]])).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
  });
});

describe('reading values', () => {
  it("gives '' for empty cells, and numbers, booleans, text and error values as stored", async () => {
    sheet().setValues('A1', [[1.5, true, 'tekst', '#N/A']]);
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tal').getRange('A1:E2').load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      [1.5, true, 'tekst', '#N/A', ''],
      ['', '', '', '', ''],
    ]);
  });

  it('gives the address with the sheet name quoted as Excel does', async () => {
    workbook.addSheet('Min plan');
    workbook.addSheet('Opfølgning');
    const addresses = await Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem('Min plan').getRange('B3:C4').load('address');
      const b = context.workbook.worksheets.getItem('Opfølgning').getCell(0, 0).load('address');
      await context.sync();
      return [a.address, b.address];
    });
    expect(addresses).toEqual(["'Min plan'!B3:C4", 'Opfølgning!A1']);
  });

  it('gives the used range, or a null object on an empty sheet', async () => {
    sheet().setValues('B2', [[1, null, 'x']]);
    workbook.addSheet('Tom');
    const [used, empty] = await Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem('Tal').getUsedRangeOrNullObject(true);
      const b = context.workbook.worksheets.getItem('Tom').getUsedRangeOrNullObject(true);
      a.load('address');
      b.load('address');
      await context.sync();
      return [a.address, b.isNullObject];
    });
    expect(used).toBe('Tal!B2:D2');
    expect(empty).toBe(true);
  });
});

describe('tables and charts', () => {
  it('gives tables workbook-wide unique names', async () => {
    sheet().setValues('A1', [['a'], [1]]);
    sheet().setValues('C1', [['b'], [2]]);
    const add = (address: string, name: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tal').tables.add(address, true).name = name;
        await context.sync();
      });
    await add('A1:A2', 'Plan');
    await expect(add('C1:C2', 'plan')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(workbook.tables.map((t) => t.name)).toEqual(['Plan', 'Table2']);
  });

  it('adds table rows below the body, moving the cells under the table down', async () => {
    sheet().setValues('A1', [
      ['Nøgle', 'Værdi'],
      ['Kommune', 'Ishøj'],
      [null, null],
      ['under', null],
    ]);
    sheet().setNumberFormats('B2', [['@']]);
    workbook.addTable(sheet(), { row: 0, col: 0, rows: 2, cols: 2 }, true, 'Indstillinger');
    await Excel.run(async (context) => {
      context.workbook.tables.getItem('Indstillinger').rows.add(undefined, [['Plantitel', '-3']]);
      await context.sync();
    });
    expect(sheet().read('A1:B5')).toEqual([
      ['Nøgle', 'Værdi'],
      ['Kommune', 'Ishøj'],
      ['Plantitel', '-3'],
      ['', ''],
      ['under', ''],
    ]);
    expect(workbook.table('Indstillinger').box).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });
  });

  it('derives chart series from the block: first row names, first column categories', async () => {
    sheet().setValues('A1', [
      ['Periode', 'Ishøj', 'Mål'],
      ['jan. 2015', 40, 60],
      ['feb. 2015', 45, null],
    ]);
    const code = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Tal');
      const chart = ws.charts.add('Line', ws.getRange('A1:C3'), 'Columns');
      chart.series.getItemAt(1).format.line.color = '#FF0000';
      await context.sync();
      chart.series.getItemAt(2);
      return context.sync().then(
        () => 'resolved',
        (e: { code: string }) => e.code,
      );
    });
    const [chart] = sheet().charts;
    expect(chart?.categories).toEqual(['jan. 2015', 'feb. 2015']);
    expect(chart?.series.map((s) => [s.name, s.values, s.valuesReference, s.line.color])).toEqual([
      ['Ishøj', [40, 45], 'Tal!$B$2:$B$3', null],
      ['Mål', [60, ''], 'Tal!$C$2:$C$3', '#FF0000'],
    ]);
    expect(code).toBe('InvalidArgument');
  });
});
