import { FakeWorkbook, installFakeOffice } from './index';

/*
 * The fake refuses what Excel refuses, so that a host test cannot pass with a value Excel
 * would reject: each case fails its sync with InvalidArgument and changes nothing after it.
 */

let workbook: FakeWorkbook;
let uninstall: () => void;

beforeEach(() => {
  workbook = new FakeWorkbook(['Ark', 'Tal']);
  workbook.sheet('Tal').setValues('A1', [
    ['', 'Tal'],
    ['a', 1],
  ]);
  uninstall = installFakeOffice(workbook);
});

afterEach(() => uninstall());

const codeOf = (change: (sheet: Excel.Worksheet) => void): Promise<unknown> =>
  Excel.run(async (context) => {
    change(context.workbook.worksheets.getItem('Ark'));
    await context.sync();
  }).then(
    () => 'resolved',
    (error: { code?: unknown }) => error.code,
  );

it.each<[string, (sheet: Excel.Worksheet) => void]>([
  [
    'an unknown alignment',
    (s) => (s.getRange('A1').format.horizontalAlignment = 'Middle' as 'Center'),
  ],
  ['a colour that is none', (s) => (s.getRange('A1').format.fill.color = 'rgb(1,2,3)')],
  ['a font size of 0', (s) => (s.getRange('A1').format.font.size = 0)],
  [
    'a dropdown list over 255 characters',
    (s) =>
      (s.getRange('A1:A9').dataValidation.rule = {
        list: { inCellDropDown: true, source: 'x,'.repeat(128) + 'y' },
      }),
  ],
  [
    'an input message title over 32 characters',
    (s) =>
      (s.getRange('A1').dataValidation.prompt = {
        showPrompt: true,
        title: 'x'.repeat(33),
        message: '',
      }),
  ],
  [
    'an error message over 225 characters',
    (s) =>
      (s.getRange('A1').dataValidation.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: '',
        message: 'x'.repeat(226),
      }),
  ],
  ['print title rows that are not whole rows', (s) => s.pageLayout.setPrintTitleRows('A5:H5')],
  ['a table name that is a cell reference', (s) => (s.tables.add('A1:B2', true).name = 'AB12')],
  ['a sheet name with a colon', (s) => (s.name = 'Status: 2015')],
  ['a sheet position beyond the last sheet', (s) => (s.position = 2)],
  [
    'a data bar bound of text',
    (s) =>
      (s.getRange('A1:A5').conditionalFormats.add('DataBar').dataBar.lowerBoundRule = {
        type: 'Number',
        formula: 'lav',
      }),
  ],
])('refuses %s with InvalidArgument', async (_what, change) => {
  expect(await codeOf(change)).toBe('InvalidArgument');
});

it('refuses markers on the series of a bar chart', async () => {
  const code = await codeOf((s) => {
    const source = s.context.workbook.worksheets.getItem('Tal').getRange('A1:B2');
    s.charts.add('BarStacked', source, 'Columns').series.getItemAt(0).markerStyle = 'Circle';
  });
  expect(code).toBe('InvalidArgument');
});

it('accepts what Excel accepts: #RRGGBB colours, whole print title rows, a 255-character list', async () => {
  const code = await codeOf((s) => {
    s.getRange('A1').format.fill.color = '#c6efce';
    s.pageLayout.setPrintTitleRows('$5:$5');
    s.getRange('A1:A9').dataValidation.rule = {
      list: { inCellDropDown: true, source: 'x,'.repeat(127) + 'y' },
    };
  });
  expect(code).toBe('resolved');
  const sheet = workbook.sheet('Ark');
  expect([sheet.cell('A1').format.fill, sheet.pageLayout.printTitleRows]).toEqual([
    '#C6EFCE',
    '$5:$5',
  ]);
});

it('reads back a property set on the proxy without a load, as Office.js keeps it locally', async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark');
    sheet.name = 'Omdøbt';
    expect(sheet.name).toBe('Omdøbt');
    expect(() => sheet.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
  });
  expect(workbook.sheetNames()).toEqual(['Omdøbt', 'Tal']);
});

it('keeps sheet-scoped names per sheet and drops them with their sheet', async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark');
    const name = sheet.names.add('Mærke', '="x"');
    name.visible = false;
    context.workbook.worksheets.getItem('Tal').names.add('Mærke', '="y"');
    await context.sync();
    name.formula = '="z"';
    await context.sync();
  });
  expect(workbook.sheet('Ark').names.map((n) => [n.name, n.formula, n.visible])).toEqual([
    ['Mærke', '="z"', false],
  ]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Tal').delete();
    const gone = context.workbook.worksheets.getItem('Ark').names.getItemOrNullObject('Andet');
    await context.sync();
    expect(gone.isNullObject).toBe(true);
  });
  expect(workbook.sheetNames()).toEqual(['Ark']);
});
