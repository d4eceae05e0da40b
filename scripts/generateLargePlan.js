// Writes the large plan of scripts/largePlanRows.js as an .xlsx workbook, for the benchmark.
const ExcelJS = require('exceljs');
const { largePlanRows } = require('./largePlanRows');

async function generateLargePlan(goals = 2000, periods = 24) {
  const rows = largePlanRows(goals, { periods, benchmarkRows: 'extra' });
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, table] of [
    ['Plan', rows.plan],
    ['Opfølgning', rows.followUp],
    ['Indstillinger', rows.settings],
  ]) {
    workbook.addWorksheet(sheet).addRows(table);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

module.exports = { generateLargePlan };
