// A large but realistic plan as the rows of its three tables (header rows first): goals of
// every target type, with own monthly figures and a benchmark area for some. The benchmark
// writes it to an .xlsx file; the Office host tests put it into the fake Excel.

const TYPES = [
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
const FOLLOW_UP_HEADERS = ['MålId', 'Periode', 'Område', 'Værdi', 'Milepælsstatus', 'Kommentar'];

const month = (i) => `${2014 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * @param {number} goals
 * @param {{ periods: number, benchmarkRows: 'extra' | 'within' }} options  `periods` monthly own
 *   figures per goal; a goal with a benchmark area (every fifth, and every Benchmark goal) gets the
 *   area's figures for the same months besides them (`extra`), or half its rows become the
 *   area's (`within`, so every goal has exactly `periods` rows).
 */
function largePlanRows(goals, { periods, benchmarkRows }) {
  const plan = [PLAN_HEADERS];
  const followUp = [FOLLOW_UP_HEADERS];
  for (let g = 0; g < goals; g++) {
    const [type, unit, measure, baseline, target, direction] = TYPES[g % TYPES.length];
    const id = `G${g + 1}`;
    const parent = g % 4 === 0 ? null : `G${g - (g % 4) + 1}`;
    const benchmark = type === 'Benchmark' || g % 5 === 0 ? 'Hele landet' : null;
    const level = parent ? 'Indsatsmål' : 'Resultatmål';
    const text = `Mål nummer ${g + 1}: ${type.toLowerCase()} for målgruppen`;
    const targetPeriod = measure === 'Akkumuleret' ? '2015' : '2016M12';
    plan.push([
      id,
      `Tema ${(g % 12) + 1}`,
      level,
      parent,
      text,
      unit,
      type,
      direction,
      baseline,
      baseline === null ? null : '2013',
      target,
      targetPeriod,
      measure,
      benchmark,
    ]);
    const own = benchmark && benchmarkRows === 'within' ? periods / 2 : periods;
    for (let p = 0; p < own; p++) {
      const start = typeof baseline === 'number' ? baseline : 50;
      const wobble = 1 + (((g * 7 + p) % 9) - 4) / 40;
      const value =
        measure === 'Akkumuleret' ? 3 + ((g + p) % 5) : Math.round(start * wobble * 10) / 10;
      followUp.push([
        id,
        month(p),
        null,
        value,
        null,
        p === own - 1 ? `Seneste tal for ${id}.` : null,
      ]);
      if (benchmark)
        followUp.push([id, month(p), 'Hele landet', Math.round(value * 10.5) / 10, null, null]);
    }
  }
  const settings = [
    ['Nøgle', 'Værdi'],
    ['Kommune', 'Benchby'],
    ['Plantitel', `Benchmarkplan med ${goals} mål`],
    ['Tolerance', 0.25],
  ];
  return { plan, followUp, settings };
}

module.exports = { largePlanRows };
