import JSZip from 'jszip';
import { generateReport } from '../../src/app/useCases';
import { parsePeriod } from '../../src/domain/periods/parsePeriod';
import { OoxmlPackage } from '../../src/xlsx/package/ooxmlPackage';
import { removeGeneratedSheet } from '../../src/xlsx/package/sheetParts';
import { WorkbookPart } from '../../src/xlsx/package/workbookPart';
import { XlsxHost } from '../../src/xlsx/xlsxHost';
import { TODAY } from '../helpers/fixtures';
import {
  definedNames,
  excelWorkbook,
  exampleSheets,
  packageParts,
  packageProblems,
  sheetEntries,
  xlsxFromSheets,
} from '../helpers/xlsx';

async function report(data: Uint8Array, period?: string, language: 'da' | 'en' = 'da') {
  const host = new XlsxHost(data);
  const parsed = period === undefined ? null : parsePeriod(period);
  const reportPeriod = parsed?.ok ? parsed.period : null;
  const { sheetNames } = await generateReport(host, { today: TODAY, language, reportPeriod });
  return { data: host.data, sheetNames };
}

/** Rewrites the workbook part of a package. */
async function editWorkbookXml(data: Uint8Array, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('xl/workbook.xml')?.async('string');
  zip.file('xl/workbook.xml', edit(xml ?? ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const chartAndDrawingParts = (parts: Map<string, string>): string[] =>
  [...parts.keys()].filter((p) => /^xl\/(charts|drawings)\//.test(p)).sort();

const tags = (parts: Map<string, string>) =>
  definedNames(parts)
    .filter((n) => n.name === 'PlanStatus_Generated')
    .map((n) => [n.localSheetId, n.formula]);

let input: Buffer;
let first: Uint8Array;

beforeAll(async () => {
  input = await xlsxFromSheets(exampleSheets());
  first = (await report(input)).data;
});

describe('reporting again on a report', () => {
  let second: Uint8Array;
  let firstParts: Map<string, string>;
  let secondParts: Map<string, string>;
  beforeAll(async () => {
    second = (await report(first)).data;
    firstParts = await packageParts(first);
    secondParts = await packageParts(second);
  });

  it('replaces the generated sheets in their place: still exactly one of each', () => {
    expect(sheetEntries(secondParts).map((s) => s.name)).toEqual([
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
  });

  it('leaves no chart or drawing parts behind', () => {
    expect(chartAndDrawingParts(secondParts)).toEqual(chartAndDrawingParts(firstParts));
    expect(chartAndDrawingParts(secondParts)).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
  });

  it('has no dangling relationships or content-type overrides, and every part parses', () => {
    expect(packageProblems(secondParts)).toEqual([]);
  });

  it('has one tag, print area and print titles per generated sheet, as the first report had', () => {
    expect(tags(secondParts)).toEqual([
      ['3', '"status 2015M08"'],
      ['4', '"charts 2015M08"'],
    ]);
    expect(definedNames(secondParts)).toEqual(definedNames(firstParts));
  });

  it('writes the same parts as the first report, the same but for style indices and sheet ids', () => {
    expect([...secondParts.keys()].sort()).toEqual([...firstParts.keys()].sort());
    const withoutStyles = (text: string | undefined) =>
      (text ?? '').replace(/ (s|sheetId)="\d+"/g, '');
    for (const [path, text] of firstParts) {
      if (path === 'xl/styles.xml') continue;
      expect([path, withoutStyles(secondParts.get(path))]).toEqual([path, withoutStyles(text)]);
    }
  });

  it('still reads the input tables from the report, ignoring the generated sheets', async () => {
    const host = new XlsxHost(second);
    const { analysis } = await generateReport(host, { today: TODAY, language: 'da' });
    expect(analysis.results.find((r) => r.id === 'U3')?.status).toBe('off_track');
    expect(host.foundBy).toEqual({
      Plan: 'table name',
      Opfolgning: 'table name',
      Indstillinger: 'table name',
    });
  });

  it('adds the sheets of another period beside those of the first, with parts of their own', async () => {
    const { data, sheetNames } = await report(first, '2015M07');
    expect(sheetNames).toEqual(['Status 2015M07', 'Grafer 2015M07']);
    const parts = await packageParts(data);
    expect(sheetEntries(parts).map((s) => s.name)).toEqual([
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
      'Status 2015M07',
      'Grafer 2015M07',
    ]);
    expect(tags(parts)).toEqual([
      ['3', '"status 2015M08"'],
      ['4', '"charts 2015M08"'],
      ['5', '"status 2015M07"'],
      ['6', '"charts 2015M07"'],
    ]);
    expect(packageProblems(parts)).toEqual([]);
    const again = await packageParts((await report(data)).data);
    expect(sheetEntries(again).map((s) => s.name)).toEqual(sheetEntries(parts).map((s) => s.name));
    expect(packageProblems(again)).toEqual([]);
  });
});

describe('reporting again in another language', () => {
  it('replaces both generated sheets, whose names do not depend on the language', async () => {
    const english = await report(first, undefined, 'en');
    expect(english.sheetNames).toEqual(['Status 2015M08', 'Grafer 2015M08']);
    const parts = await packageParts(english.data);
    expect(sheetEntries(parts).map((s) => s.name)).toEqual([
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
    const workbook = await excelWorkbook(english.data);
    expect(workbook.getWorksheet('Status 2015M08')?.getCell('A1').value).toBe(
      'Goal status – Aktiveringsstrategi 2015',
    );
    expect(packageProblems(parts)).toEqual([]);
  });
});

describe("a user's sheet after the generated ones", () => {
  it('keeps its own sheet-scoped names pointing at it when the generated sheets are replaced', async () => {
    const withNotes = await xlsxFromSheets([...exampleSheets(), { name: 'Noter', rows: [['x']] }]);
    const once = (await report(withNotes)).data;
    // Move 'Noter' behind the generated sheets and give it a print area of its own.
    const moved = await editWorkbookXml(once, (xml) => {
      const notes = /<sheet [^>]*name="Noter"[^>]*\/>/.exec(xml)?.[0] ?? '';
      return xml
        .replace(notes, '')
        .replace('</sheets>', `${notes}</sheets>`)
        .replace(/localSheetId="4"/g, 'localSheetId="3"')
        .replace(/localSheetId="5"/g, 'localSheetId="4"')
        .replace(
          '</definedNames>',
          '<definedName name="_xlnm.Print_Area" localSheetId="5">Noter!$A$1:$C$10</definedName></definedNames>',
        );
    });
    const before = await packageParts(moved);
    expect(
      sheetEntries(before)
        .map((s) => s.name)
        .slice(3),
    ).toEqual(['Status 2015M08', 'Grafer 2015M08', 'Noter']);
    const after = await packageParts((await report(moved)).data);
    expect(
      sheetEntries(after)
        .map((s) => s.name)
        .slice(3),
    ).toEqual(['Status 2015M08', 'Grafer 2015M08', 'Noter']);
    const names = definedNames(after).map((n) => [n.name, n.localSheetId, n.formula]);
    expect(names).toContainEqual(['_xlnm.Print_Area', '5', 'Noter!$A$1:$C$10']);
    expect(names).toContainEqual(['_xlnm.Print_Area', '3', "'Status 2015M08'!$A$1:$H$49"]);
    expect(names).toContainEqual(['_xlnm.Print_Area', '4', "'Grafer 2015M08'!$A$1:$P$21"]);
    expect(tags(after)).toEqual([
      ['3', '"status 2015M08"'],
      ['4', '"charts 2015M08"'],
    ]);
    expect(names).toHaveLength(6);
    expect(packageProblems(after)).toEqual([]);
  });
});

describe("a user's own sheet named like a generated one", () => {
  let withUserSheet: Buffer;
  let userSheetPath: string;
  beforeAll(async () => {
    withUserSheet = await xlsxFromSheets([
      ...exampleSheets(),
      { name: 'Status 2015M08', rows: [['Mine egne noter'], [42]] },
    ]);
    const parts = await packageParts(withUserSheet);
    userSheetPath = sheetEntries(parts).find((s) => s.name === 'Status 2015M08')?.path ?? '';
  });

  it("is kept byte for byte, and the new status sheet is named 'Status 2015M08 (2)'", async () => {
    const { data, sheetNames } = await report(withUserSheet);
    expect(sheetNames).toEqual(['Status 2015M08 (2)', 'Grafer 2015M08']);
    const before = await packageParts(withUserSheet);
    const after = await packageParts(data);
    const entries = sheetEntries(after);
    expect(entries.map((s) => s.name)).toEqual([
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Status 2015M08 (2)',
      'Grafer 2015M08',
    ]);
    expect(entries.find((s) => s.name === 'Status 2015M08')?.path).toBe(userSheetPath);
    expect(after.get(userSheetPath)).toBe(before.get(userSheetPath));
    const workbook = await excelWorkbook(data);
    expect(workbook.getWorksheet('Status 2015M08')?.getCell('A1').value).toBe('Mine egne noter');
    expect(tags(after).map(([id]) => id)).toEqual(['4', '5']);
    expect(packageProblems(after)).toEqual([]);
  });

  it("is still kept when reporting again, which replaces the generated ' (2)'", async () => {
    const once = (await report(withUserSheet)).data;
    const { data, sheetNames } = await report(once);
    expect(sheetNames).toEqual(['Status 2015M08 (2)', 'Grafer 2015M08']);
    const after = await packageParts(data);
    expect(sheetEntries(after).map((s) => s.name)).toEqual([
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Status 2015M08 (2)',
      'Grafer 2015M08',
    ]);
    expect(after.get(userSheetPath)).toBe((await packageParts(withUserSheet)).get(userSheetPath));
  });

  it('makes the charts of a suffixed chart sheet refer to the suffixed name', async () => {
    const input2 = await xlsxFromSheets([
      ...exampleSheets(),
      { name: 'Grafer 2015M08', rows: [['Mine grafer']] },
    ]);
    const { data, sheetNames } = await report(input2);
    expect(sheetNames).toEqual(['Status 2015M08', 'Grafer 2015M08 (2)']);
    const parts = await packageParts(data);
    const formulas = [...parts]
      .filter(([path]) => path.startsWith('xl/charts/'))
      .flatMap(([, xml]) => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1] ?? ''));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f.startsWith("'Grafer 2015M08 (2)'!$")).toBe(true);
    expect(definedNames(parts).map((n) => n.formula)).toContain("'Grafer 2015M08 (2)'!$A$1:$P$21");
  });

  it('cannot be removed by removeGeneratedSheet, which refuses a sheet without the tag', async () => {
    const pkg = await OoxmlPackage.load(withUserSheet);
    const workbook = await WorkbookPart.open(pkg);
    const sheets = await workbook.sheets();
    const mine = sheets.find((s) => s.name === 'Status 2015M08');
    expect(mine?.tag).toBeNull();
    if (!mine) throw new Error('no sheet');
    await expect(removeGeneratedSheet(pkg, workbook, mine)).rejects.toThrow(
      "Refusing to remove the user's sheet 'Status 2015M08'",
    );
    workbook.save();
    const parts = await packageParts(await pkg.toBuffer());
    expect(sheetEntries(parts).map((s) => s.name)).toContain('Status 2015M08');
    expect(parts.get(userSheetPath)).toBe((await packageParts(withUserSheet)).get(userSheetPath));
  });
});

describe('the input workbook', () => {
  it('keeps its bytes when a report is made from it', async () => {
    const copy = Buffer.from(input);
    const host = new XlsxHost(input);
    await generateReport(host, { today: TODAY, language: 'da' });
    expect(Buffer.compare(input, copy)).toBe(0);
    expect(host.data).not.toBe(input);
  });
});
