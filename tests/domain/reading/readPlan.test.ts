import type { RawTable, RawValue } from '../../../src/domain/cells/rawTable';
import type { Finding } from '../../../src/domain/findings/finding';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import type { ReadGoal } from '../../../src/domain/reading/readPlan';
import { readPlan } from '../../../src/domain/reading/readPlan';
import { tableFromValues } from '../../helpers/fixtures';
import { PLAN_HEADERS } from '../../helpers/planBuilder';

/** The Plan columns in the template's order: Id is A, Baseline K, Målperiode N. */
const HEADERS = PLAN_HEADERS;

type Header = (typeof HEADERS)[number];
type Row = Partial<Record<Header, RawValue>>;

const GOAL: Row = {
  Id: 'U1',
  Tema: 'Flere unge i uddannelse',
  Niveau: 'Resultatmål',
  Målgruppe: 'Unge under 30 år',
  Mål: 'Færre unge på offentlig forsørgelse',
  Indikator: 'Unge på ydelse',
  Enhed: 'personer',
  Måltype: 'Reduktion til',
  Baseline: 444,
  Baselineperiode: '2013',
  Målværdi: 411,
  Målperiode: 'dec. 2015',
  Opgørelse: 'Niveau',
  Kilde: 'jobindsats.dk',
  Ansvarlig: 'Ungeindsatsen',
};

const toValues = (headers: readonly string[], rows: readonly Row[]): RawValue[][] => [
  [...headers],
  ...rows.map((row) => headers.map((h) => row[h as Header] ?? null)),
];

/** A Plan table in the template's column order, on sheet Plan at A1. */
const planTable = (...rows: Row[]): RawTable => tableFromValues('Plan', toValues(HEADERS, rows));

/** Every finding of a read: the table's and each goal's. */
function allFindings(read: { goals: ReadGoal[]; findings: Finding[] }): Finding[] {
  return [...read.findings, ...read.goals.flatMap(({ reader }) => reader.findings)];
}

function onlyGoal(read: { goals: ReadGoal[] }): ReadGoal {
  expect(read.goals).toHaveLength(1);
  const [first] = read.goals;
  if (!first) throw new Error('no goal');
  return first;
}

describe('readPlan: reading a goal', () => {
  it('reads every field of a well-formed row, without findings', () => {
    const read = readPlan(planTable(GOAL));
    const { goal } = onlyGoal(read);
    expect(allFindings(read)).toEqual([]);
    expect(goal).toMatchObject({
      id: 'U1',
      theme: 'Flere unge i uddannelse',
      level: 'result',
      parent: null,
      targetGroup: 'Unge under 30 år',
      text: 'Færre unge på offentlig forsørgelse',
      indicator: 'Unge på ydelse',
      unit: 'persons',
      targetType: 'reduce_to',
      direction: null,
      baseline: 444,
      target: 411,
      measure: 'level',
      endValue: null,
      benchmarkArea: null,
      source: 'jobindsats.dk',
      owner: 'Ungeindsatsen',
    });
    expect(goal.baselinePeriod && formatPeriod(goal.baselinePeriod)).toBe('2013');
    expect(goal.targetPeriod && formatPeriod(goal.targetPeriod)).toBe('2015M12');
  });

  it('records the 1-based data row and the address of every cell in the origin', () => {
    const { goal } = onlyGoal(readPlan(planTable(GOAL)));
    expect(goal.origin.row).toBe(1);
    expect(goal.origin.cells).toMatchObject({
      id: 'Plan!A2',
      text: 'Plan!F2',
      baseline: 'Plan!K2',
      targetPeriod: 'Plan!N2',
      owner: 'Plan!S2',
    });
    expect(goal.origin.headers).toMatchObject({ id: 'Id', baseline: 'Baseline' });
  });

  it('trims the text of text cells', () => {
    const { goal } = onlyGoal(readPlan(planTable({ ...GOAL, Id: '  U1 ', Mål: ' Færre \n' })));
    expect(goal.id).toBe('U1');
    expect(goal.text).toBe('Færre');
  });

  it.each([
    [12, '12'],
    [1.5, '1.5'],
  ])('reads the Id %d, given as a number, as the text %j', (id, text) => {
    const read = readPlan(planTable({ ...GOAL, Id: id }));
    expect(onlyGoal(read).goal.id).toBe(text);
    expect(allFindings(read)).toEqual([]);
  });

  it('reads an Overordnet given as a number as text too', () => {
    const read = readPlan(planTable({ ...GOAL, Id: 2, Overordnet: 1 }));
    expect(onlyGoal(read).goal.parent).toBe('1');
  });

  it('reads choice values case-insensitively and by their aliases', () => {
    const { goal } = onlyGoal(
      readPlan(
        planTable({
          ...GOAL,
          Niveau: 'indsatsmål',
          Måltype: 'REDUKTION TIL',
          Retning: 'ned',
          Enhed: 'Helårspersoner',
          Opgørelse: 'akkumuleret',
        }),
      ),
    );
    expect(goal).toMatchObject({
      level: 'effort',
      targetType: 'reduce_to',
      direction: 'lower',
      unit: 'full_year_persons',
      measure: 'cumulative',
    });
  });

  it('reads a percent-formatted Målværdi 0.6 as 60 percent', () => {
    const values = toValues(HEADERS, [{ ...GOAL, Enhed: 'procent', Målværdi: 0.6 }]);
    const formats = [
      HEADERS.map(() => 'General'),
      HEADERS.map((h) => (h === 'Målværdi' ? '0%' : 'General')),
    ];
    const { goal } = onlyGoal(readPlan(tableFromValues('Plan', values, formats)));
    expect(goal.target).toBe(60);
  });

  it('reads a date-formatted Målperiode as the month of the date', () => {
    const values = toValues(HEADERS, [{ ...GOAL, Målperiode: 42369 }]);
    const formats = [
      HEADERS.map(() => 'General'),
      HEADERS.map((h) => (h === 'Målperiode' ? 'dd-mm-yyyy' : 'General')),
    ];
    const { goal } = onlyGoal(readPlan(tableFromValues('Plan', values, formats)));
    expect(goal.targetPeriod && formatPeriod(goal.targetPeriod)).toBe('2015M12');
  });

  it('reads a Baselineperiode typed as the number 2013 as the year 2013', () => {
    const { goal } = onlyGoal(readPlan(planTable({ ...GOAL, Baselineperiode: 2013 })));
    expect(goal.baselinePeriod && formatPeriod(goal.baselinePeriod)).toBe('2013');
  });
});

describe('readPlan: defaults for empty optional cells', () => {
  const { goal } = onlyGoal(
    readPlan(planTable({ ...GOAL, Tema: null, Niveau: null, Opgørelse: '  ', Kilde: '' })),
  );

  it('reads an empty Niveau as Resultatmål', () => {
    expect(goal.level).toBe('result');
  });

  it('reads an empty Opgørelse as Niveau (a level at a point in time)', () => {
    expect(goal.measure).toBe('level');
  });

  it('keeps an empty Tema as null (the report shows "Øvrige mål")', () => {
    expect(goal.theme).toBeNull();
  });

  it('reads an empty text cell as null', () => {
    expect(goal.source).toBeNull();
  });
});

describe('readPlan: headers', () => {
  it('accepts the English aliases', () => {
    const english = [
      'Id',
      'Theme',
      'Level',
      'Parent',
      'Target group',
      'Goal',
      'Indicator',
      'Unit',
      'Target type',
      'Direction',
      'Baseline',
      'Baseline period',
      'Target',
      'Target period',
      'End value',
      'Measure',
      'Benchmark area',
      'Source',
      'Owner',
    ];
    const values = toValues(HEADERS, [GOAL]);
    values[0] = english;
    const fromEnglish = readPlan(tableFromValues('Plan', values));
    const danish = readPlan(planTable(GOAL));
    expect(allFindings(fromEnglish)).toEqual([]);
    expect(onlyGoal(fromEnglish).goal).toEqual({
      ...onlyGoal(danish).goal,
      origin: { ...onlyGoal(danish).goal.origin, headers: expect.any(Object) },
    });
    expect(onlyGoal(fromEnglish).goal.origin.headers).toMatchObject({
      targetType: 'Target type',
      targetPeriod: 'Target period',
    });
  });

  it('matches headers case-insensitively, ignoring surrounding and repeated spaces', () => {
    const headers = HEADERS.map((h) => h as string);
    headers[0] = '  ID ';
    headers[5] = 'MÅL';
    headers[8] = 'måltype';
    headers[13] = ' Target   Period ';
    const read = readPlan(
      tableFromValues(
        'Plan',
        toValues(HEADERS, [GOAL]).map((row, r) => (r === 0 ? headers : row)),
      ),
    );
    expect(allFindings(read)).toEqual([]);
    const { goal } = onlyGoal(read);
    expect(goal).toMatchObject({ id: 'U1', text: GOAL.Mål, targetType: 'reduce_to' });
    expect(goal.targetPeriod && formatPeriod(goal.targetPeriod)).toBe('2015M12');
    expect(goal.origin.headers).toMatchObject({ id: 'ID', targetPeriod: 'Target   Period' });
  });

  it('reads the columns in any order, and points at the cell where each column is', () => {
    const shuffled = ['Målperiode', 'Baseline', 'Mål', 'Måltype', 'Id', 'Enhed', 'Målværdi'];
    const read = readPlan(
      tableFromValues('Plan', toValues(shuffled, [{ ...GOAL, Baseline: '#' }])),
    );
    const { goal, reader } = onlyGoal(read);
    expect(goal).toMatchObject({ id: 'U1', text: GOAL.Mål, target: 411, baseline: null });
    expect(goal.origin.cells).toEqual({
      targetPeriod: 'Plan!A2',
      baseline: 'Plan!B2',
      text: 'Plan!C2',
      targetType: 'Plan!D2',
      id: 'Plan!E2',
      unit: 'Plan!F2',
      target: 'Plan!G2',
    });
    expect(reader.findings).toEqual([
      expect.objectContaining({ code: 'CELL_NOT_A_NUMBER', address: 'Plan!B2', row: 1 }),
    ]);
  });

  it('ignores unknown extra columns', () => {
    const headers = [...HEADERS, 'Noter', 'Status sidst'];
    const read = readPlan(
      tableFromValues('Plan', [headers, [...(toValues(HEADERS, [GOAL])[1] ?? []), 'x', '#N/A']]),
    );
    expect(allFindings(read)).toEqual([]);
    expect(onlyGoal(read).goal.id).toBe('U1');
  });

  it('ignores header cells that are not text', () => {
    const values = toValues(HEADERS, [GOAL]);
    const read = readPlan(
      tableFromValues('Plan', [
        [...(values[0] ?? []), 2015, null],
        [...(values[1] ?? []), 1, 2],
      ]),
    );
    expect(allFindings(read)).toEqual([]);
  });

  it.each(['Id', 'Mål', 'Måltype', 'Målperiode'])(
    'reports a missing required column %s as TABLE_MISSING_COLUMN and reads no goals',
    (missing) => {
      const headers = HEADERS.filter((h) => h !== missing);
      const read = readPlan(tableFromValues('Plan', toValues(headers, [GOAL])));
      expect(read.goals).toEqual([]);
      expect(read.findings).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'TABLE_MISSING_COLUMN',
          table: 'Plan',
          row: null,
          column: missing,
          address: 'Plan!A1',
          goalId: null,
        }),
      ]);
      expect(read.findings[0]?.message.da).toBe(`Tabellen 'Plan' mangler kolonnen '${missing}'.`);
    },
  );

  it('reports every missing required column, in the order of the specification', () => {
    const read = readPlan(
      tableFromValues('Plan', [
        ['Tema', 'Kilde'],
        ['A', 'B'],
      ]),
    );
    expect(read.findings.map((f) => [f.code, f.column])).toEqual([
      ['TABLE_MISSING_COLUMN', 'Id'],
      ['TABLE_MISSING_COLUMN', 'Mål'],
      ['TABLE_MISSING_COLUMN', 'Måltype'],
      ['TABLE_MISSING_COLUMN', 'Målperiode'],
    ]);
  });

  it('does not require the optional columns: Id, Mål, Måltype and Målperiode suffice', () => {
    const headers = ['Id', 'Mål', 'Måltype', 'Målperiode'];
    const read = readPlan(tableFromValues('Plan', toValues(headers, [GOAL])));
    expect(read.findings).toEqual([]);
    expect(onlyGoal(read).goal).toMatchObject({ id: 'U1', unit: null, baseline: null });
  });

  it('warns about a repeated header and uses the first of the two columns', () => {
    const headers = [...HEADERS, 'BASELINE'];
    const values = toValues(HEADERS, [GOAL]);
    const read = readPlan(tableFromValues('Plan', [headers, [...(values[1] ?? []), 999]]));
    expect(read.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'TABLE_DUPLICATE_COLUMN',
        table: 'Plan',
        row: null,
        column: 'BASELINE',
        address: 'Plan!T1',
      }),
    ]);
    expect(onlyGoal(read).goal.baseline).toBe(444);
  });
});

describe('readPlan: rows', () => {
  it('skips fully empty rows silently, but still counts them in the data row numbers', () => {
    const read = readPlan(
      planTable(GOAL, {}, { ...GOAL, Id: 'U3' }, { Id: '  ', Mål: '' }, { ...GOAL, Id: 'U5' }),
    );
    expect(read.goals.map(({ goal }) => [goal.id, goal.origin.row])).toEqual([
      ['U1', 1],
      ['U3', 3],
      ['U5', 5],
    ]);
    expect(allFindings(read)).toEqual([]);
  });

  it('gives a finding in a row after an empty row that row number and its cell address', () => {
    const read = readPlan(planTable(GOAL, {}, { ...GOAL, Id: 'U3', Målværdi: '#' }));
    expect(allFindings(read)).toEqual([
      expect.objectContaining({
        code: 'CELL_NOT_A_NUMBER',
        table: 'Plan',
        row: 3,
        column: 'Målværdi',
        address: 'Plan!M4',
        goalId: 'U3',
      }),
    ]);
  });

  it('warns that there are no goals when every row is empty', () => {
    const read = readPlan(planTable({}, {}));
    expect(read.goals).toEqual([]);
    expect(read.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'PLAN_NO_GOALS',
        table: 'Plan',
        row: null,
        column: null,
        address: null,
      }),
    ]);
  });

  it('warns that there are no goals when the table has only a header', () => {
    expect(readPlan(planTable()).findings.map((f) => f.code)).toEqual(['PLAN_NO_GOALS']);
  });
});

describe('readPlan: cells that cannot be read become findings with their place', () => {
  it('warns about a number stored as text, and uses the number', () => {
    const read = readPlan(planTable({ ...GOAL, Baseline: '1.071' }));
    const { goal, reader } = onlyGoal(read);
    expect(goal.baseline).toBe(1071);
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'CELL_NUMBER_AS_TEXT',
        table: 'Plan',
        row: 1,
        column: 'Baseline',
        address: 'Plan!K2',
        goalId: 'U1',
      }),
    ]);
    expect(reader.findings[0]?.message.da).toBe("Tal gemt som tekst: '1.071' læses som 1.071.");
    expect(reader.findings[0]?.message.en).toBe("Number stored as text: '1.071' is read as 1,071.");
  });

  it('says when a number stored as text was read the English way', () => {
    const { reader } = onlyGoal(readPlan(planTable({ ...GOAL, Baseline: '7.7' })));
    expect(reader.findings[0]?.message.da).toBe(
      "Tal gemt som tekst: '7.7' læses som 7,7 (engelsk talformat).",
    );
  });

  it.each<[string, RawValue, string, string]>([
    ['an error value', { error: '#N/A' }, 'CELL_ERROR_VALUE', 'fejlværdien #N/A'],
    ['a boolean', true, 'CELL_BOOLEAN', 'sandhedsværdien SAND'],
    ['empty text', '   ', 'CELL_EMPTY_TEXT', 'tom tekst'],
    ['text that is no number', 'ca. 400', 'CELL_NOT_A_NUMBER', "'ca. 400' er ikke et tal"],
  ])('reports %s in Baseline as an error at Plan!K2', (_name, value, code, text) => {
    const { goal, reader } = onlyGoal(readPlan(planTable({ ...GOAL, Baseline: value })));
    expect(goal.baseline).toBeNull();
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code,
        table: 'Plan',
        row: 1,
        column: 'Baseline',
        address: 'Plan!K2',
        goalId: 'U1',
      }),
    ]);
    expect(reader.findings[0]?.message.da).toContain(text);
    expect(reader.failed('baseline')).toBe(true);
  });

  it('reports an unreadable Målperiode as PERIOD_UNREADABLE quoting the text', () => {
    const { goal, reader } = onlyGoal(readPlan(planTable({ ...GOAL, Målperiode: 'sommer 2015' })));
    expect(goal.targetPeriod).toBeNull();
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'PERIOD_UNREADABLE',
        row: 1,
        column: 'Målperiode',
        address: 'Plan!N2',
      }),
    ]);
    expect(reader.findings[0]?.message.da).toContain("'sommer 2015'");
  });

  it('reports a Baselineperiode whose end comes before its start as PERIOD_END_BEFORE_START', () => {
    const { reader } = onlyGoal(readPlan(planTable({ ...GOAL, Baselineperiode: 'jul-jan 2013' })));
    expect(reader.findings).toEqual([
      expect.objectContaining({
        code: 'PERIOD_END_BEFORE_START',
        column: 'Baselineperiode',
        address: 'Plan!L2',
      }),
    ]);
  });

  it('reports an error value in a period column as CELL_ERROR_VALUE', () => {
    const { reader } = onlyGoal(readPlan(planTable({ ...GOAL, Målperiode: { error: '#REF!' } })));
    expect(reader.findings).toEqual([
      expect.objectContaining({ code: 'CELL_ERROR_VALUE', address: 'Plan!N2' }),
    ]);
    expect(reader.findings[0]?.message.da).toContain('en periode');
  });

  it('reports an error value in a text column as CELL_ERROR_VALUE', () => {
    const { goal, reader } = onlyGoal(readPlan(planTable({ ...GOAL, Tema: { error: '#N/A' } })));
    expect(goal.theme).toBeNull();
    expect(reader.findings).toEqual([
      expect.objectContaining({ code: 'CELL_ERROR_VALUE', column: 'Tema', address: 'Plan!B2' }),
    ]);
  });

  it.each<[Header, string, string]>([
    ['Måltype', 'Reduktion', 'Plan!I2'],
    ['Enhed', 'kg', 'Plan!H2'],
    ['Retning', 'sidelæns', 'Plan!J2'],
    ['Niveau', 'Hovedmål', 'Plan!C2'],
    ['Opgørelse', 'Sum', 'Plan!P2'],
  ])('reports an unknown %s value %j as UNKNOWN_VALUE at %s', (header, value, address) => {
    const { reader } = onlyGoal(readPlan(planTable({ ...GOAL, [header]: value })));
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'UNKNOWN_VALUE',
        column: header,
        address,
      }),
    ]);
    expect(reader.findings[0]?.message.da).toContain(`'${value}' er ikke en gyldig værdi`);
  });

  it('lists the allowed values when Niveau is unknown', () => {
    const { goal, reader } = onlyGoal(readPlan(planTable({ ...GOAL, Niveau: 'Hovedmål' })));
    expect(goal.level).toBe('result');
    expect(reader.findings[0]?.message.da).toBe(
      "'Hovedmål' er ikke en gyldig værdi i 'Niveau'. Brug 'Resultatmål' eller 'Indsatsmål'.",
    );
  });

  it('reports a missing Id and names the goal by its row', () => {
    const { goal, reader } = onlyGoal(readPlan(planTable({ ...GOAL, Id: null })));
    expect(goal.id).toBe('#1');
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'REQUIRED_VALUE_MISSING',
        column: 'Id',
        address: 'Plan!A2',
        goalId: null,
      }),
    ]);
  });

  it('reports a missing Mål', () => {
    const { goal, reader } = onlyGoal(readPlan(planTable({ ...GOAL, Mål: '  ' })));
    expect(goal.text).toBe('');
    expect(reader.findings).toEqual([
      expect.objectContaining({
        code: 'REQUIRED_VALUE_MISSING',
        column: 'Mål',
        address: 'Plan!F2',
        goalId: 'U1',
      }),
    ]);
  });

  it('names the column in a finding by its header as written', () => {
    const headers = HEADERS.map((h) => (h === 'Baseline' ? '  BASELINE ' : h));
    const values = toValues(HEADERS, [{ ...GOAL, Baseline: 'x' }]);
    const { reader } = onlyGoal(readPlan(tableFromValues('Plan', [headers, values[1] ?? []])));
    expect(reader.findings).toEqual([
      expect.objectContaining({ code: 'CELL_NOT_A_NUMBER', column: 'BASELINE' }),
    ]);
  });

  it('uses the sheet name in the address, quoted when needed', () => {
    const values = toValues(HEADERS, [{ ...GOAL, Baseline: 'x' }]);
    const { reader } = onlyGoal(readPlan(tableFromValues('Min plan', values)));
    expect(reader.findings[0]?.address).toBe("'Min plan'!K2");
  });
});
