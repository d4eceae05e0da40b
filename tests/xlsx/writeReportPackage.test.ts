import type ExcelJS from 'exceljs';
import { generateReport } from '../../src/app/useCases';
import { columnLetters } from '../../src/domain/cells/address';
import type { Report } from '../../src/domain/report/buildReport';
import type { RangeRef, SheetSpec } from '../../src/domain/report/sheetSpec';
import { buildTemplate } from '../../src/domain/template/buildTemplate';
import { writeTemplate } from '../../src/xlsx/writeTemplate';
import { XlsxHost } from '../../src/xlsx/xlsxHost';
import { TODAY } from '../helpers/fixtures';
import type { XmlEl } from '../helpers/xlsx';
import {
  contentTypeOf,
  definedNames,
  elements,
  excelWorkbook,
  firstElement,
  packageParts,
  packageProblems,
  parseStrict,
  relsOf,
  resolvePart,
  sheetEntries,
  sheetXml,
  worksheet,
} from '../helpers/xlsx';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

const a1 = (row: number, col: number): string => `${columnLetters(col + 1)}${row + 1}`;
const a1Range = (r: RangeRef): string =>
  r.rows === 1 && r.cols === 1
    ? a1(r.row, r.col)
    : `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
const absolute = (sheet: string, r: RangeRef): string => {
  const abs = (row: number, col: number) => `$${columnLetters(col + 1)}$${row + 1}`;
  const end = abs(r.row + r.rows - 1, r.col + r.cols - 1);
  const start = abs(r.row, r.col);
  return `'${sheet}'!${r.rows === 1 && r.cols === 1 ? start : `${start}:${end}`}`;
};

let input: Buffer;
let output: Uint8Array;
let report: Report;
let names: string[];
let parts: Map<string, string>;
let inputParts: Map<string, string>;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  input = await writeTemplate(buildTemplate({ example: true }));
  const host = new XlsxHost(input);
  const generated = await generateReport(host, { today: TODAY, language: 'da' });
  report = generated.report;
  names = generated.sheetNames;
  output = host.data;
  parts = await packageParts(output);
  inputParts = await packageParts(input);
  workbook = await excelWorkbook(output);
});

/** Checks every cell of a generated sheet against its spec: value and number format. */
function expectCellsAsSpec(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const wrong: string[] = [];
  spec.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      if (cell.master.address !== cell.address) {
        // ExcelJS shows a merged cell's master value in the other cells of the merge.
        if (value !== null) wrong.push(`${a1(r, c)}: a value inside a merge`);
        return;
      }
      const format = spec.numberFormats[r]?.[c] ?? 'General';
      const actualFormat = cell.numFmt ?? 'General';
      if ((cell.value ?? null) !== value || actualFormat !== format) {
        wrong.push(
          `${a1(r, c)}: ${String(cell.value)} [${actualFormat}] ≠ ${String(value)} [${format}]`,
        );
      }
    }),
  );
  expect(wrong).toEqual([]);
}

describe('writeReportPackage: the report written into a copy of the template with the worked example', () => {
  it("adds 'Status 2015M08' and 'Grafer 2015M08' after the input sheets", () => {
    expect(names).toEqual(['Status 2015M08', 'Grafer 2015M08']);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Plan',
      'Opfølgning',
      'Indstillinger',
      'Status 2015M08',
      'Grafer 2015M08',
    ]);
  });

  it('writes every cell of the status sheet with the value and number format of the model', () => {
    expectCellsAsSpec(worksheet(workbook, 'Status 2015M08'), report.status);
  });

  it('writes every cell of the chart sheet with the value and number format of the model', () => {
    expectCellsAsSpec(worksheet(workbook, 'Grafer 2015M08'), report.charts);
  });

  it("keeps U3's figures as numbers: 37 as '37,0 % (aug. 2015)' and 0,617 as '62 %'", () => {
    const sheet = worksheet(workbook, 'Status 2015M08');
    expect(sheet.getCell('D9').value).toBe(37);
    expect(sheet.getCell('D9').numFmt).toBe('0.0" % (aug. 2015)"');
    expect(sheet.getCell('F9').value).toBeCloseTo(0.6167, 4);
    expect(sheet.getCell('F9').numFmt).toBe('0 %');
    expect(sheet.getCell('G9').value).toBe('▼ Ikke på rette vej');
  });

  it('merges the cells the model merges, and no others', () => {
    for (const spec of [report.status, report.charts]) {
      const sheet = worksheet(workbook, spec.name);
      const merges = (sheet.model as unknown as { merges: string[] }).merges;
      expect([...merges].sort()).toEqual(spec.merges.map(a1Range).sort());
    }
  });

  it('sets the column widths of the model (in characters, with Excel’s padding)', () => {
    for (const spec of [report.status, report.charts]) {
      const sheet = worksheet(workbook, spec.name);
      spec.columnWidths.forEach((width, i) => {
        const actual = sheet.getColumn(i + 1).width ?? 0;
        expect(actual).toBeGreaterThanOrEqual(width);
        expect(actual).toBeLessThan(width + 1);
      });
    }
  });

  it('sets the row heights the model gives', () => {
    const sheet = worksheet(workbook, 'Status 2015M08');
    report.status.rowHeights.forEach((height, r) => {
      if (height !== null) expect(sheet.getRow(r + 1).height).toBeCloseTo(height, 2);
    });
  });

  it('freezes the status sheet below the header row and hides the gridlines', () => {
    const [view] = worksheet(workbook, 'Status 2015M08').views;
    expect(view).toMatchObject({
      state: 'frozen',
      ySplit: 5,
      topLeftCell: 'A6',
      showGridLines: false,
    });
    expect(worksheet(workbook, 'Grafer 2015M08').views[0]).toMatchObject({
      state: 'normal',
      showGridLines: false,
    });
  });

  it('prints the status sheet A4 landscape, one page wide, header row repeated, print area = used range', () => {
    const sheet = worksheet(workbook, 'Status 2015M08');
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: 'A1:H49',
      printTitlesRow: '5:5',
      horizontalCentered: true,
    });
    expect(sheet.pageSetup.margins).toEqual({
      left: 0.5,
      right: 0.5,
      top: 0.6,
      bottom: 0.6,
      header: 0.3,
      footer: 0.3,
    });
    expect(sheet.headerFooter.oddFooter).toBe('&LAktiveringsstrategi 2015&CSide &P af &N&R');
  });

  it('prints the chart sheet A4 landscape, one page wide, without the chart data', () => {
    expect(worksheet(workbook, 'Grafer 2015M08').pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: 'A1:P21',
    });
  });

  it('fills the status cell and indents indsatsmål as the model says', () => {
    const sheet = worksheet(workbook, 'Status 2015M08');
    expect(sheet.getCell('G9').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFC7CE' },
    });
    expect(sheet.getCell('G9').font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
    expect(sheet.getCell('A9').alignment).toMatchObject({ indent: 2, wrapText: true });
    expect(sheet.getCell('A8').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('A8').alignment.indent ?? 0).toBe(0);
    expect(sheet.getCell('A8').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A5').fill).toMatchObject({ fgColor: { argb: 'FF1F4E79' } });
    expect(sheet.getCell('A5').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
  });

  it('puts the data bars on the attainment cells of the model', () => {
    const sheet = worksheet(workbook, 'Status 2015M08');
    const formats = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    const [bars] = report.status.conditionalFormats;
    expect(formats.map((f) => [f.ref, f.rules.map((r) => r.type)])).toEqual([
      [(bars?.ranges ?? []).map(a1Range).join(' '), ['dataBar']],
    ]);
  });

  it('tags both generated sheets with the sheet-scoped, hidden name PlanStatus_Generated', () => {
    const tags = definedNames(parts).filter((n) => n.name === 'PlanStatus_Generated');
    expect(tags).toEqual([
      {
        name: 'PlanStatus_Generated',
        localSheetId: '3',
        hidden: true,
        formula: '"status 2015M08"',
      },
      {
        name: 'PlanStatus_Generated',
        localSheetId: '4',
        hidden: true,
        formula: '"charts 2015M08"',
      },
    ]);
  });

  it('defines the print areas and print titles as sheet-scoped names', () => {
    const print = definedNames(parts)
      .filter((n) => n.name.startsWith('_xlnm.'))
      .map((n) => [n.name, n.localSheetId, n.formula]);
    expect(print).toEqual([
      ['_xlnm.Print_Area', '3', "'Status 2015M08'!$A$1:$H$49"],
      ['_xlnm.Print_Titles', '3', "'Status 2015M08'!$5:$5"],
      ['_xlnm.Print_Area', '4', "'Grafer 2015M08'!$A$1:$P$21"],
    ]);
  });

  it('is a sound package: every XML part parses, every relationship and content type has its part', () => {
    expect(packageProblems(parts)).toEqual([]);
    expect(packageProblems(inputParts)).toEqual([]);
  });

  it('leaves every part of the input untouched except the workbook, its relationships, the content types and the styles', () => {
    const changed = [...inputParts]
      .filter(([path, text]) => parts.get(path) !== text)
      .map(([p]) => p);
    expect(changed.sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
      ].sort(),
    );
  });

  it("keeps every cell format of the input's styles at its index", () => {
    const xfs = (text: string | undefined): string[] => {
      const doc = parseStrict(text ?? '', 'styles');
      const cellXfs = elements(doc, 'cellXfs')[0];
      return cellXfs ? elements(cellXfs, 'xf').map((xf) => xf.toString()) : [];
    };
    const before = xfs(inputParts.get('xl/styles.xml'));
    const after = xfs(parts.get('xl/styles.xml'));
    expect(before.length).toBeGreaterThan(0);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('writes each generated worksheet part with the worksheet content type', () => {
    const sheets = sheetEntries(parts);
    for (const name of ['Status 2015M08', 'Grafer 2015M08']) {
      const entry = sheets.find((s) => s.name === name);
      expect(entry && contentTypeOf(parts, entry.path)).toBe(CT.worksheet);
    }
  });

  it('gives the status sheet no drawing and the chart sheet one drawing with two charts', () => {
    const status = sheetEntries(parts).find((s) => s.name === 'Status 2015M08');
    expect(status && relsOf(parts, status.path)).toEqual([]);
    expect(sheetXml(parts, 'Status 2015M08')).not.toContain('<drawing');

    const charts = sheetEntries(parts).find((s) => s.name === 'Grafer 2015M08');
    const rels = charts ? relsOf(parts, charts.path) : [];
    expect(rels.map((r) => r.type)).toEqual([`${REL}/drawing`]);
    const drawing = resolvePart(charts?.path ?? '', rels[0]?.target ?? '');
    expect(contentTypeOf(parts, drawing)).toBe(CT.drawing);
    const sheetDoc = parseStrict(sheetXml(parts, 'Grafer 2015M08'));
    const drawingRef = elements(sheetDoc, 'drawing')[0]?.getAttributeNS(REL, 'id');
    expect(drawingRef).toBe(rels[0]?.id);

    const chartParts = [...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(chartParts.sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    for (const chart of chartParts) expect(contentTypeOf(parts, chart)).toBe(CT.chart);
    expect(relsOf(parts, drawing).map((r) => [r.type, resolvePart(drawing, r.target)])).toEqual([
      [`${REL}/chart`, 'xl/charts/chart1.xml'],
      [`${REL}/chart`, 'xl/charts/chart2.xml'],
    ]);
  });

  describe('the charts, in the order the drawing places them', () => {
    const placed = (): { anchor: XmlEl; chart: ReturnType<typeof parseStrict> }[] => {
      const sheet = sheetEntries(parts).find((s) => s.name === 'Grafer 2015M08');
      const rel = sheet ? relsOf(parts, sheet.path)[0] : undefined;
      const drawingPath = resolvePart(sheet?.path ?? '', rel?.target ?? '');
      const drawing = parseStrict(parts.get(drawingPath) ?? '', drawingPath);
      const chartRels = relsOf(parts, drawingPath);
      return elements(drawing, 'twoCellAnchor').map((anchor) => {
        const id = elements(anchor, 'chart')[0]?.getAttributeNS(REL, 'id');
        const target = chartRels.find((r) => r.id === id)?.target ?? '';
        const path = resolvePart(drawingPath, target);
        return { anchor, chart: parseStrict(parts.get(path) ?? '', path) };
      });
    };
    const text = (node: XmlEl | undefined): string => node?.textContent ?? '';

    it('anchors each chart where the model puts it', () => {
      const anchors = placed().map(({ anchor }) =>
        ['from', 'to'].map((tag) => {
          const el = elements(anchor, tag)[0];
          return el ? [text(elements(el, 'row')[0]), text(elements(el, 'col')[0])].map(Number) : [];
        }),
      );
      expect(anchors).toEqual(
        report.charts.charts.map((c) => [
          [c.anchor.from.row, c.anchor.from.col],
          [c.anchor.to.row, c.anchor.to.col],
        ]),
      );
    });

    it("draws the bar chart 'Status pr. tema' stacked, its series pointing at 'Grafer 2015M08'", () => {
      const [first] = placed();
      const chart = first?.chart;
      if (!chart) throw new Error('no chart');
      expect(text(firstElement(firstElement(chart, 'title'), 't'))).toBe('Status pr. tema');
      expect(elements(chart, 'barChart')).toHaveLength(1);
      expect(elements(chart, 'grouping')[0]?.getAttribute('val')).toBe('stacked');
      const series = elements(chart, 'ser');
      expect(series).toHaveLength(6);
      expect(series.map((s) => elements(s, 'f').map(text))).toEqual(
        ['S', 'T', 'U', 'V', 'W', 'X'].map((c) => [
          `'Grafer 2015M08'!$${c}$3`,
          "'Grafer 2015M08'!$R$4:$R$7",
          `'Grafer 2015M08'!$${c}$4:$${c}$7`,
        ]),
      );
      const cachedNames = series.map((s) => text(firstElement(firstElement(s, 'tx'), 'v')));
      expect(cachedNames).toEqual(report.charts.charts[0]?.series.map((s) => s.name));
    });

    it("draws V3's line chart with its own figures and a dashed target, values cached", () => {
      const line = placed()[1]?.chart;
      if (!line) throw new Error('no chart');
      expect(text(firstElement(firstElement(line, 'title'), 't'))).toBe(
        'V3 Samarbejde om jobrotation: niveauet fra 2014 fastholdes',
      );
      const series = elements(line, 'ser');
      expect(series.map((s) => elements(s, 'f').map(text))).toEqual([
        ["'Grafer 2015M08'!$S$10", "'Grafer 2015M08'!$R$11:$R$12", "'Grafer 2015M08'!$S$11:$S$12"],
        ["'Grafer 2015M08'!$T$10", "'Grafer 2015M08'!$R$11:$R$12", "'Grafer 2015M08'!$T$11:$T$12"],
      ]);
      const cached = series.map((s) =>
        elements(firstElement(s, 'numCache'), 'v').map((v) => Number(text(v))),
      );
      expect(cached).toEqual([
        [25, 27],
        [25, 25],
      ]);
      const [own, target] = series;
      if (!own || !target) throw new Error('two series expected');
      const categories = elements(firstElement(firstElement(own, 'cat'), 'strCache'), 'v');
      expect(categories.map(text)).toEqual(['2014', 'jan.–aug. 2015']);
      expect(firstElement(target, 'prstDash').getAttribute('val')).toBe('dash');
      expect(elements(own, 'prstDash')).toHaveLength(0);
    });

    it('refers every series formula to cells of the chart sheet that the model fills', () => {
      const all = placed().flatMap(({ chart }) => elements(chart, 'f').map(text));
      expect(all.length).toBeGreaterThan(0);
      for (const f of all) expect(f.startsWith("'Grafer 2015M08'!$")).toBe(true);
      const expected = report.charts.charts.flatMap((c) =>
        c.series.flatMap((s) => [
          absolute('Grafer 2015M08', { ...s.nameCell, rows: 1, cols: 1 }),
          absolute('Grafer 2015M08', c.categories),
          absolute('Grafer 2015M08', s.values),
        ]),
      );
      expect(all).toEqual(expected);
    });
  });
});
