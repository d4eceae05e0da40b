// Builds a large but realistic plan workbook for the benchmark: `goals` goals of every target
// type, each with `periods` monthly own figures, and a benchmark area for every fifth goal.
const ExcelJS = require('exceljs');

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

const month = (i) => `${2014 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`;

async function generateLargePlan(goals = 2000, periods = 24) {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet('Plan');
  plan.addRow([
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
  ]);
  const follow = workbook.addWorksheet('Opfølgning');
  follow.addRow(['MålId', 'Periode', 'Område', 'Værdi', 'Milepælsstatus', 'Kommentar']);
  for (let g = 0; g < goals; g++) {
    const [type, unit, measure, baseline, target, direction] = TYPES[g % TYPES.length];
    const id = `G${g + 1}`;
    const theme = `Tema ${(g % 12) + 1}`;
    const parent = g % 4 === 0 ? null : `G${g - (g % 4) + 1}`;
    const benchmark = type === 'Benchmark' || g % 5 === 0 ? 'Hele landet' : null;
    const level = parent ? 'Indsatsmål' : 'Resultatmål';
    const text = `Mål nummer ${g + 1}: ${type.toLowerCase()} for målgruppen`;
    const targetPeriod = measure === 'Akkumuleret' ? '2015' : '2016M12';
    plan.addRow([
      id,
      theme,
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
    for (let p = 0; p < periods; p++) {
      const start = typeof baseline === 'number' ? baseline : 50;
      const wobble = 1 + (((g * 7 + p) % 9) - 4) / 40;
      const value =
        measure === 'Akkumuleret' ? 3 + ((g + p) % 5) : Math.round(start * wobble * 10) / 10;
      follow.addRow([
        id,
        month(p),
        null,
        value,
        null,
        p === periods - 1 ? `Seneste tal for ${id}.` : null,
      ]);
      if (benchmark)
        follow.addRow([id, month(p), 'Hele landet', Math.round(value * 10.5) / 10, null, null]);
    }
  }
  const settings = workbook.addWorksheet('Indstillinger');
  settings.addRow(['Nøgle', 'Værdi']);
  settings.addRow(['Kommune', 'Benchby']);
  settings.addRow(['Plantitel', `Benchmarkplan med ${goals} mål`]);
  settings.addRow(['Tolerance', 0.25]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

module.exports = { generateLargePlan };
