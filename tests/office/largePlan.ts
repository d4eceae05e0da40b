import type { Box } from '../fakes/excel';
import { FakeWorkbook } from '../fakes/excel';
import { OBSERVATION_HEADERS } from '../helpers/planBuilder';

/*
 * A large, realistic plan built straight into the fake workbook (as scripts/generateLargePlan.js
 * builds it into an .xlsx): goals of every target type, ten follow-up rows each.
 */

type Row = (string | number | null)[];

const TYPES: readonly [string, string, string, number | null, number | null, string | null][] = [
  ['Reduktion til', 'personer', 'Niveau', 500, 400, null],
  ['Stigning til', 'procent', 'Niveau', 40, 55, null],
  ['Reduktion pct', 'helårspersoner', 'Niveau', 438, 15, null],
  ['Stigning pct', 'antal', 'Niveau', 200, 10, null],
  ['Minimum', 'antal', 'Akkumuleret', null, 120, null],
  ['Maksimum', 'forløb', 'Niveau', null, 70, null],
  ['Fasthold', 'antal', 'Akkumuleret', 25, null, 'Højere er bedre'],
  ['Benchmark', 'procent', 'Niveau', null, null, 'Lavere er bedre'],
  ['Retning', 'procent', 'Niveau', 30, null, 'Højere er bedre'],
  ['Minimum', 'procent', 'Niveau', null, 60, null],
];

const PLAN_HEADERS = [
  'Id',
  'Tema',
  'Niveau',
  'Overordnet',
  'Mål',
  'Enhed',
  'Måltype',
  'Retning',
  'Baseline',
  'Baselineperiode',
  'Målværdi',
  'Målperiode',
  'Opgørelse',
  'Sammenligning',
];

const ROWS_PER_GOAL = 10;

const month = (i: number): string =>
  `${2014 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`;

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
  const plan: Row[] = [PLAN_HEADERS];
  const follow: Row[] = [[...OBSERVATION_HEADERS]];
  for (let g = 0; g < goals; g++) {
    const [type, unit, measure, baseline, target, direction] = TYPES[
      g % TYPES.length
    ] as (typeof TYPES)[number];
    const id = `G${g + 1}`;
    const parent = g % 4 === 0 ? null : `G${g - (g % 4) + 1}`;
    const benchmark = type === 'Benchmark' || g % 5 === 0 ? 'Hele landet' : null;
    plan.push([
      id,
      `Tema ${(g % 12) + 1}`,
      parent ? 'Indsatsmål' : 'Resultatmål',
      parent,
      `Mål nummer ${g + 1}: ${type.toLowerCase()} for målgruppen`,
      unit,
      type,
      direction,
      baseline,
      baseline === null ? null : '2013',
      target,
      measure === 'Akkumuleret' ? '2015' : '2016M12',
      measure,
      benchmark,
    ]);
    const periods = benchmark ? ROWS_PER_GOAL / 2 : ROWS_PER_GOAL;
    for (let p = 0; p < periods; p++) {
      const start = typeof baseline === 'number' ? baseline : 50;
      const wobble = 1 + (((g * 7 + p) % 9) - 4) / 40;
      const value =
        measure === 'Akkumuleret' ? 3 + ((g + p) % 5) : Math.round(start * wobble * 10) / 10;
      follow.push([
        id,
        month(p),
        null,
        value,
        null,
        p === periods - 1 ? `Seneste tal for ${id}.` : null,
      ]);
      if (benchmark) {
        follow.push([id, month(p), 'Hele landet', Math.round(value * 10.5) / 10, null, null]);
      }
    }
  }
  addTable(workbook, 'Plan', plan, 'Plan');
  addTable(workbook, 'Opfølgning', follow, 'Opfolgning');
  addTable(
    workbook,
    'Indstillinger',
    [
      ['Nøgle', 'Værdi'],
      ['Kommune', 'Benchby'],
      ['Plantitel', `Benchmarkplan med ${goals} mål`],
      ['Tolerance', 0.25],
    ],
    'Indstillinger',
  );
  return workbook;
}
