import type ExcelJS from 'exceljs';
import { generateReport } from '../../src/app/useCases';
import type { Analysis } from '../../src/domain/analyzeWorkbook';
import type { RawValue } from '../../src/domain/cells/rawTable';
import { XlsxHost } from '../../src/xlsx/xlsxHost';
import { TODAY } from '../helpers/fixtures';
import {
  elements,
  excelWorkbook,
  exampleSheets,
  firstElement,
  packageParts,
  parseStrict,
  sheetXml,
  worksheet,
  xlsxFromSheets,
} from '../helpers/xlsx';

const FORMULA_GOAL = '=HYPERLINK("http://x","y")';
const MARKUP_GOAL = '=Samarbejde <om> & "jobrotation" ]]>';
const HOSTILE = {
  goal: FORMULA_GOAL,
  theme: '@Virksomheder',
  comments: { U3: '+45 12 34', U4: '-3 flere', L2: '@jobcenter', U5: '=1+1', V3: '=cmd|x!A0' },
};

let input: Buffer;
let output: Uint8Array;
let analysis: Analysis;
let parts: Map<string, string>;
let result: ExcelJS.Workbook;

beforeAll(async () => {
  input = await xlsxFromSheets(
    exampleSheets((tables) => {
      const plan = tables.plan.rows as RawValue[][];
      const opfolgning = tables.opfolgning.rows as RawValue[][];
      for (const row of plan) {
        if (row[0] === 'U3') row[5] = HOSTILE.goal;
        if (row[0] === 'V3') row[5] = MARKUP_GOAL;
        if (typeof row[0] === 'string' && row[0].startsWith('V')) row[1] = HOSTILE.theme;
      }
      for (const row of opfolgning) {
        const comment = HOSTILE.comments[row[0] as keyof typeof HOSTILE.comments];
        if (comment !== undefined) row[5] = comment;
      }
    }),
  );
  const host = new XlsxHost(input);
  ({ analysis } = await generateReport(host, { today: TODAY, language: 'da' }));
  output = host.data;
  parts = await packageParts(output);
  result = await excelWorkbook(output);
});

/** Each cell of a worksheet part: its reference, type attribute, text and whether it has a formula. */
function cellsOf(
  xml: string,
): { ref: string; type: string | null; text: string; formula: boolean }[] {
  return elements(parseStrict(xml), 'c').map((c) => ({
    ref: c.getAttribute('r') ?? '',
    type: c.getAttribute('t'),
    text: c.textContent ?? '',
    formula: elements(c, 'f').length > 0,
  }));
}

describe('text that starts with =, +, - or @ stays text', () => {
  it('is read from the input as text, not as a formula or a number', () => {
    const u3 = analysis.goals.find((g) => g.id === 'U3');
    expect(u3?.text).toBe(FORMULA_GOAL);
    expect(analysis.goals.filter((g) => g.theme === HOSTILE.theme).map((g) => g.id)).toEqual([
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
    ]);
    for (const [id, comment] of Object.entries(HOSTILE.comments)) {
      expect(analysis.results.find((r) => r.id === id)?.comment).toBe(comment);
    }
  });

  it('does not change the evaluation: U3 is still 37 against 60', () => {
    expect(analysis.results.find((r) => r.id === 'U3')).toMatchObject({
      status: 'off_track',
      actual: 37,
      expected: 60,
    });
  });

  it('is written as an inline string without a formula in the status sheet', () => {
    const cells = cellsOf(sheetXml(parts, 'Status 2015M08'));
    expect(cells.filter((c) => c.formula)).toEqual([]);
    const expected = [`U3: ${FORMULA_GOAL}`, HOSTILE.theme, ...Object.values(HOSTILE.comments)];
    for (const text of expected) {
      const cell = cells.find((c) => c.text === text);
      expect(cell).toMatchObject({ type: 'inlineStr', formula: false });
    }
    expect(sheetXml(parts, 'Status 2015M08')).not.toMatch(/<f[\s>]/);
  });

  it('is written as an inline string without a formula in the chart sheet', () => {
    const xml = sheetXml(parts, 'Grafer 2015M08');
    const cells = cellsOf(xml);
    expect(cells.find((c) => c.text === HOSTILE.theme)).toMatchObject({ type: 'inlineStr' });
    expect(xml).not.toMatch(/<f[\s>]/);
  });

  it('is escaped in the chart XML, which parses and shows the text as written', () => {
    const charts = [...parts].filter(([path]) => /^xl\/charts\/chart\d+\.xml$/.test(path));
    const titles = charts.map(([path, xml]) =>
      elements(firstElement(parseStrict(xml, path), 'title'), 't')
        .map((t) => t.textContent)
        .join(''),
    );
    expect(titles).toContain(`V3 ${MARKUP_GOAL}`);
    expect(cellsOf(sheetXml(parts, 'Grafer 2015M08')).map((c) => c.text)).toContain(
      `V3 ${MARKUP_GOAL}`,
    );
  });

  it('reads back with ExcelJS as plain text cells', () => {
    const sheet = worksheet(result, 'Status 2015M08');
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy();
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    expect(texts).toContain(`U3: ${FORMULA_GOAL}`);
    for (const comment of Object.values(HOSTILE.comments)) expect(texts).toContain(comment);
    expect(texts).toContain(HOSTILE.theme);
  });

  it('keeps the input sheets as they were written', async () => {
    const before = await packageParts(input);
    for (const [path, text] of before) {
      if (path.startsWith('xl/worksheets/') || path === 'xl/sharedStrings.xml')
        expect(parts.get(path)).toBe(text);
    }
  });
});
