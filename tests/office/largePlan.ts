import type { Box } from '../fakes/excel';
import { FakeWorkbook } from '../fakes/excel';
import type { LargePlanRow } from '../../scripts/largePlanRows';
import { largePlanRows } from '../../scripts/largePlanRows';

/*
 * The benchmark's large plan (scripts/largePlanRows.js) built straight into the fake workbook:
 * goals of every target type, ten follow-up rows each.
 */

type Row = LargePlanRow;

const ROWS_PER_GOAL = 10;

function addTable(workbook: FakeWorkbook, sheet: string, rows: Row[], name: string): void {
  const fake = workbook.sheet(sheet);
  fake.setValues('A1', rows);
  const box: Box = { row: 0, col: 0, rows: rows.length, cols: rows[0]?.length ?? 1 };
  workbook.addTable(fake, box, true, name);
}

/**
 * `goals` goals with ten follow-up rows each: ten months of own figures, or for a goal with a
 * benchmark area five months of own figures and five of the area's.
 */
export function largePlanWorkbook(goals: number): FakeWorkbook {
  const workbook = new FakeWorkbook(['Plan', 'Opfølgning', 'Indstillinger']);
  const rows = largePlanRows(goals, { periods: ROWS_PER_GOAL, benchmarkRows: 'within' });
  addTable(workbook, 'Plan', rows.plan, 'Plan');
  addTable(workbook, 'Opfølgning', rows.followUp, 'Opfolgning');
  addTable(workbook, 'Indstillinger', rows.settings, 'Indstillinger');
  return workbook;
}
