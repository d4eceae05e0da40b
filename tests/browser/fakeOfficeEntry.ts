// Stands in for office.js in the browser tests: an Excel with an empty workbook, and a handle on
// that workbook for the test to look into.
import { FakeWorkbook, installFakeOffice } from '../fakes/excel';

const workbook = new FakeWorkbook();
installFakeOffice(workbook, { displayLanguage: 'da-DK' });

/** What the browser test reads back from the fake workbook. */
function snapshot() {
  const live = workbook.sheets.filter((s) => !s.deleted);
  return {
    sheets: live.map((s) => s.name),
    tables: workbook.tables
      .filter((t) => !t.deleted)
      .map((t) => ({ name: t.name, sheet: t.sheet.name })),
    active: workbook.activeSheet?.name ?? null,
    selection: workbook.selection
      ? { sheet: workbook.selection.sheet.name, box: workbook.selection.box }
      : null,
    syncs: workbook.syncs.length,
  };
}

function cell(sheet: string, address: string) {
  const c = workbook.sheet(sheet).cell(address);
  return { value: c.value, formula: c.formula, numberFormat: c.numberFormat };
}

function charts(sheet: string) {
  return workbook
    .sheet(sheet)
    .charts.filter((c) => !c.deleted)
    .map((c) => ({ type: c.chartType, title: c.title.text, series: c.series.length }));
}

function pageLayout(sheet: string) {
  return { ...workbook.sheet(sheet).pageLayout };
}

Object.assign(window, { planstatusFake: { snapshot, cell, charts, pageLayout } });
