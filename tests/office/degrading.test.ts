import { createAddinActions } from '../../src/app/addinActions';
import type { AddinActions } from '../../src/app/addinActions';
import type { Analysis } from '../../src/domain/analyzeWorkbook';
import { buildReport } from '../../src/domain/report/buildReport';
import type { ApiSupport } from '../../src/office/apiSupport';
import { detectApiSupport, FULL_SUPPORT } from '../../src/office/apiSupport';
import { excelHostRunner } from '../../src/office/excelHostRunner';
import { describeHostError } from '../../src/office/hostErrors';
import { FakeWorkbook, installFakeOffice } from '../fakes/excel';
import { TODAY } from '../helpers/fixtures';
import { styleAt } from '../helpers/sheetSpec';
import { fastRetry, rejectionOf } from './harness';
import { sheetDifferences } from './specMatch';

/*
 * An Excel with only the API sets the manifest requires (ExcelApi 1.7), or 1.8 without 1.9:
 * the add-in still makes the template and the report, without the features those sets add.
 * The fake fails any member of a missing set with ApiNotFound, so a feature used anyway shows.
 */

let workbook: FakeWorkbook;
let uninstall: () => void;
let support: ApiSupport;
let actions: AddinActions;

function openExcel(excelApi: string): void {
  workbook = new FakeWorkbook();
  uninstall = installFakeOffice(workbook, { apiSets: { ExcelApi: excelApi } });
  support = detectApiSupport();
  actions = createAddinActions(excelHostRunner(support, fastRetry()), () => TODAY);
}

afterEach(() => uninstall());

describe('ExcelApi 1.7 (no 1.8, no 1.9)', () => {
  let analysis: Analysis;
  beforeEach(async () => {
    openExcel('1.7');
    await actions.createTemplate(true);
    ({ analysis } = await actions.report(null, 'da'));
  });

  it('detects that ExcelApi 1.8 and 1.9 are missing', () => {
    expect(support).toEqual({ api18: false, api19: false });
  });

  it('makes the template without dropdowns or input messages (data validation is 1.8)', () => {
    const cells = ['Plan', 'Opfølgning', 'Indstillinger'].flatMap((s) => [
      ...workbook.sheet(s).cells.values(),
    ]);
    expect(cells.filter((c) => c.validation !== null)).toEqual([]);
    expect(workbook.tables.map((t) => t.name)).toEqual(['Plan', 'Opfolgning', 'Indstillinger']);
  });

  it('draws the report without page layout and indentation (1.9), gridlines off, axis number formats or blank interpolation (1.8)', () => {
    const report = buildReport({ analysis, language: 'da', today: TODAY });
    const status = workbook.sheet('Status 2015M08');
    const charts = workbook.sheet('Grafer 2015M08');
    expect(sheetDifferences(status, report.status, support)).toEqual([]);
    expect(sheetDifferences(charts, report.charts, support)).toEqual([]);
    // What was skipped, said plainly:
    expect([status.pageLayout.orientation, status.pageLayout.printTitleRows]).toEqual([
      'Portrait',
      null,
    ]);
    expect(status.pageLayout.defaultForAllPages.centerFooter).toBe('');
    expect(status.showGridlines).toBe(true);
    const indented = report.status.values.flatMap((_, r) =>
      (styleAt(report.status, r, 0).indent ?? 0) > 0 ? [r] : [],
    );
    expect(indented.length).toBeGreaterThan(0);
    expect(indented.map((r) => status.cellAt(r, 0).format.indent)).toEqual(
      indented.map(() => undefined),
    );
    expect(charts.charts.map((c) => [c.axes.valueAxis.numberFormat, c.displayBlanksAs])).toEqual(
      charts.charts.map(() => ['General', 'NotPlotted']),
    );
  });

  it('keeps everything else: values, formats, fills, merges, frozen rows, data bars and charts', () => {
    const status = workbook.sheet('Status 2015M08');
    expect(status.frozenRows).toBe(5);
    expect(status.merges.length).toBeGreaterThan(0);
    expect(status.conditionalFormats.length).toBeGreaterThan(0);
    expect(workbook.sheet('Grafer 2015M08').charts.length).toBeGreaterThan(1);
    expect(workbook.syncs.every((s) => s.outcome === 'ok')).toBe(true);
  });
});

describe('ExcelApi 1.8 without 1.9', () => {
  beforeEach(async () => {
    openExcel('1.8');
    await actions.createTemplate(true);
    await actions.report(null, 'da');
  });

  it('has dropdowns and gridlines off, but no page layout or indentation', () => {
    expect(support).toEqual({ api18: true, api19: false });
    expect(workbook.sheet('Plan').cell('I2').validation?.rule?.list?.source).toMatch(
      /^Reduktion til,/,
    );
    const status = workbook.sheet('Status 2015M08');
    expect(status.showGridlines).toBe(false);
    expect(status.pageLayout.orientation).toBe('Portrait');
    expect([...status.cells.values()].filter((c) => c.format.indent !== undefined)).toEqual([]);
  });
});

describe('claiming support Excel does not have', () => {
  it('fails with the words for a missing Excel feature', async () => {
    workbook = new FakeWorkbook();
    uninstall = installFakeOffice(workbook, { apiSets: { ExcelApi: '1.7' } });
    const full = createAddinActions(excelHostRunner(FULL_SUPPORT, fastRetry()), () => TODAY);
    const error = await rejectionOf(full.createTemplate(true));
    expect(describeHostError(error).da).toBe(
      'Denne version af Excel mangler en funktion, som PlanStatus bruger. Opdatér Excel, og prøv igen.',
    );
  });
});
