import type { RawTable, RawValue } from '../../../src/domain/cells/rawTable';
import type { Goal } from '../../../src/domain/model/plan';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import type { ReadObservation } from '../../../src/domain/reading/readObservations';
import { readObservations } from '../../../src/domain/reading/readObservations';
import { readPlan } from '../../../src/domain/reading/readPlan';
import { tableFromValues } from '../../helpers/fixtures';

const HEADERS = ['MålId', 'Periode', 'Område', 'Værdi', 'Milepælsstatus', 'Kommentar'] as const;
type Header = (typeof HEADERS)[number];
type Row = Partial<Record<Header, RawValue>>;

const toValues = (headers: readonly string[], rows: readonly Row[]): RawValue[][] => [
  [...headers],
  ...rows.map((row) => headers.map((h) => row[h as Header] ?? null)),
];

const table = (...rows: Row[]): RawTable => tableFromValues('Opfolgning', toValues(HEADERS, rows));

/** Goals U1 (numeric), U2 (numeric) and M1 (a milestone), read from a small plan. */
const GOALS: ReadonlyMap<string, Goal> = (() => {
  const { goals } = readPlan(
    tableFromValues('Plan', [
      ['Id', 'Mål', 'Enhed', 'Måltype', 'Målværdi', 'Målperiode'],
      ['U1', 'Flere i job', 'personer', 'Minimum', 100, '2015'],
      ['U2', 'Flere i uddannelse', 'procent', 'Minimum', 60, '2015'],
      ['M1', 'Analysen igangsættes', null, 'Milepæl', null, '2015H1'],
    ]),
  );
  return new Map(goals.map(({ goal }) => [goal.id, goal]));
})();

const read = (t: RawTable, municipality: string | null = 'Ishøj') =>
  readObservations(t, GOALS, municipality);

function only(result: { observations: ReadObservation[] }): ReadObservation {
  expect(result.observations).toHaveLength(1);
  const [first] = result.observations;
  if (!first) throw new Error('no observation');
  return first;
}

describe('readObservations: reading a follow-up row', () => {
  it('reads every field of a well-formed row', () => {
    const result = read(
      table({ MålId: 'U1', Periode: 'aug 2015', Område: 'Ishøj', Værdi: 37, Kommentar: ' Godt ' }),
    );
    const { observation, reader } = only(result);
    expect(result.findings).toEqual([]);
    expect(reader.findings).toEqual([]);
    expect(observation).toMatchObject({
      goalId: 'U1',
      area: 'Ishøj',
      own: true,
      value: 37,
      milestoneStatus: null,
      comment: 'Godt',
    });
    expect(formatPeriod(observation.period)).toBe('2015M08');
    expect(observation.origin).toMatchObject({
      row: 1,
      cells: { goalId: 'Opfolgning!A2', period: 'Opfolgning!B2', value: 'Opfolgning!D2' },
    });
  });

  it('accepts the English headers', () => {
    const values = toValues(HEADERS, [{ MålId: 'U1', Periode: '2015K2', Værdi: 5 }]);
    values[0] = ['GoalId', 'Period', 'Area', 'Value', 'Milestone status', 'Comment'];
    const result = read(tableFromValues('Opfolgning', values));
    expect(result.findings).toEqual([]);
    expect(only(result).observation).toMatchObject({ goalId: 'U1', value: 5, own: true });
  });

  it('matches headers case-insensitively and ignores surrounding spaces', () => {
    const values = toValues(HEADERS, [{ MålId: 'U1', Periode: '2015K2', Værdi: 5 }]);
    values[0] = [' målid', 'PERIODE ', 'område', ' VÆRDI ', 'milepælsstatus', 'kommentar'];
    expect(only(read(tableFromValues('Opfolgning', values))).observation.value).toBe(5);
  });

  it('reads the columns in any order and ignores unknown columns', () => {
    const headers = ['Noter', 'Værdi', 'Periode', 'MålId'];
    const result = read(
      tableFromValues('Opfolgning', [headers, ['se mail', '17,7', 'mar-jul 2015', 'U2']]),
    );
    const { observation, reader } = only(result);
    expect(observation.goalId).toBe('U2');
    expect(observation.value).toBe(17.7);
    expect(formatPeriod(observation.period)).toBe('2015M03-2015M07');
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'CELL_NUMBER_AS_TEXT',
        table: 'Opfolgning',
        row: 1,
        column: 'Værdi',
        address: 'Opfolgning!B2',
        goalId: 'U2',
      }),
    ]);
  });

  it('reads a MålId given as a number as text', () => {
    const goals = new Map(GOALS);
    const u1 = GOALS.get('U1');
    if (u1) goals.set('12', { ...u1, id: '12' });
    const result = readObservations(table({ MålId: 12, Periode: '2015', Værdi: 1 }), goals, null);
    expect(only(result).observation.goalId).toBe('12');
    expect(only(result).reader.findings).toEqual([]);
  });

  it('reads a date-formatted period as the month of the date', () => {
    const values = toValues(HEADERS, [{ MålId: 'U1', Periode: 42217, Værdi: 1 }]);
    const formats = [HEADERS.map(() => 'General'), ['General', 'dd-mm-yyyy']];
    const { observation } = only(read(tableFromValues('Opfolgning', values, formats)));
    expect(formatPeriod(observation.period)).toBe('2015M08');
  });

  it('reads a milestone status by its Danish label', () => {
    const { observation } = only(
      read(table({ MålId: 'M1', Periode: '2015M03', Milepælsstatus: 'igangsat' })),
    );
    expect(observation).toMatchObject({ milestoneStatus: 'started', value: null });
  });
});

describe('readObservations: own and benchmark areas', () => {
  it.each<[RawValue, string | null, boolean]>([
    [null, 'Ishøj', true],
    ['', 'Ishøj', true],
    ['Ishøj', 'Ishøj', true],
    ['  ISHØJ ', 'Ishøj', true],
    ['Hele landet', 'Ishøj', false],
    ['Region Hovedstaden', 'Ishøj', false],
    [null, null, true],
    ['Ishøj', null, false],
  ])('Område %j with Kommune %j is own: %s', (area, municipality, own) => {
    const { observation } = only(
      read(table({ MålId: 'U1', Periode: '2015', Område: area, Værdi: 1 }), municipality),
    );
    expect(observation.own).toBe(own);
  });

  it('keeps the Område as written, trimmed, and null when empty', () => {
    const result = read(
      table(
        { MålId: 'U1', Periode: '2015', Område: ' Hele landet ', Værdi: 1 },
        { MålId: 'U1', Periode: '2015', Område: '   ', Værdi: 1 },
      ),
    );
    expect(result.observations.map(({ observation }) => observation.area)).toEqual([
      'Hele landet',
      null,
    ]);
  });
});

describe('readObservations: rows', () => {
  it('skips fully empty rows silently, but still counts them in the data row numbers', () => {
    const result = read(
      table(
        { MålId: 'U1', Periode: '2015M01', Værdi: 1 },
        {},
        { MålId: '', Periode: ' ', Kommentar: '  ' },
        { MålId: 'U1', Periode: '2015M02', Værdi: '#' },
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.observations.map(({ observation }) => observation.origin.row)).toEqual([1, 4]);
    expect(result.observations[1]?.reader.findings).toEqual([
      expect.objectContaining({
        code: 'CELL_NOT_A_NUMBER',
        row: 4,
        column: 'Værdi',
        address: 'Opfolgning!D5',
        goalId: 'U1',
      }),
    ]);
  });

  it('drops a row whose period cannot be read, reporting it with its address', () => {
    const result = read(
      table(
        { MålId: 'U1', Periode: '2015M01', Værdi: 1 },
        { MålId: 'U1', Periode: 'sommer', Værdi: 2 },
      ),
    );
    expect(result.observations).toHaveLength(1);
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'PERIOD_UNREADABLE',
        table: 'Opfolgning',
        row: 2,
        column: 'Periode',
        address: 'Opfolgning!B3',
        goalId: 'U1',
      }),
    ]);
  });

  it('drops a row whose period ends before it starts', () => {
    const result = read(table({ MålId: 'U1', Periode: '2015K3-2015K1', Værdi: 1 }));
    expect(result.observations).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.address])).toEqual([
      ['PERIOD_END_BEFORE_START', 'Opfolgning!B2'],
    ]);
  });

  it('drops a row without a MålId, reporting it as missing', () => {
    const result = read(table({ Periode: '2015', Værdi: 1 }));
    expect(result.observations).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'REQUIRED_VALUE_MISSING',
        row: 1,
        column: 'MålId',
        address: 'Opfolgning!A2',
      }),
    ]);
  });

  it('drops a row without a period, reporting it as missing', () => {
    const result = read(table({ MålId: 'U1', Værdi: 1 }));
    expect(result.observations).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'REQUIRED_VALUE_MISSING',
        column: 'Periode',
        address: 'Opfolgning!B2',
      }),
    ]);
  });

  it('reports a MålId that is not in the plan as OBS_UNKNOWN_GOAL', () => {
    const { observation, reader } = only(read(table({ MålId: 'X9', Periode: '2015', Værdi: 1 })));
    expect(observation.goalId).toBe('X9');
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'OBS_UNKNOWN_GOAL',
        column: 'MålId',
        address: 'Opfolgning!A2',
        goalId: 'X9',
      }),
    ]);
    expect(reader.findings[0]?.message.da).toBe(
      "MålId 'X9' findes ikke i 'Plan'; rækken springes over.",
    );
  });

  it.each<[string, RawValue, string]>([
    ['an error value', { error: '#DIV/0!' }, 'CELL_ERROR_VALUE'],
    ['a boolean', false, 'CELL_BOOLEAN'],
    ['empty text', ' ', 'CELL_EMPTY_TEXT'],
  ])('reports %s in Værdi as an error at its cell', (_name, value, code) => {
    const { observation, reader } = only(
      read(table({ MålId: 'U1', Periode: '2015', Værdi: value })),
    );
    expect(observation.value).toBeNull();
    expect(reader.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code,
        row: 1,
        column: 'Værdi',
        address: 'Opfolgning!D2',
      }),
    ]);
  });

  it('reports an unknown Milepælsstatus as UNKNOWN_VALUE listing the allowed values', () => {
    const { reader } = only(read(table({ MålId: 'M1', Periode: '2015', Milepælsstatus: 'Snart' })));
    expect(reader.findings).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_VALUE', address: 'Opfolgning!E2' }),
    ]);
    expect(reader.findings[0]?.message.da).toBe(
      "'Snart' er ikke en gyldig værdi i 'Milepælsstatus'. Brug 'Ikke startet', 'Igangsat', 'Gennemført', 'Forsinket' eller 'Opgivet'.",
    );
  });
});

describe('readObservations: headers', () => {
  it('reads a table without a Værdi column, as one for milestones only needs', () => {
    const headers = HEADERS.filter((h) => h !== 'Værdi');
    const result = read(
      tableFromValues(
        'Opfolgning',
        toValues(headers, [{ MålId: 'U1', Periode: '2015', Milepælsstatus: 'Igangsat' }]),
      ),
    );
    expect(result.findings).toEqual([]);
    expect(
      result.observations.map(({ observation: o }) => [o.goalId, o.value, o.milestoneStatus]),
    ).toEqual([['U1', null, 'started']]);
  });

  it.each(['MålId', 'Periode'])(
    'reports a missing required column %s as TABLE_MISSING_COLUMN and reads no rows',
    (missing) => {
      const headers = HEADERS.filter((h) => h !== missing);
      const result = read(
        tableFromValues(
          'Opfolgning',
          toValues(headers, [{ MålId: 'U1', Periode: '2015', Værdi: 1 }]),
        ),
      );
      expect(result.observations).toEqual([]);
      expect(result.findings).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'TABLE_MISSING_COLUMN',
          table: 'Opfolgning',
          row: null,
          column: missing,
          address: 'Opfolgning!A1',
        }),
      ]);
    },
  );

  it('warns about a repeated header and uses the first column', () => {
    const result = read(
      tableFromValues('Opfolgning', [
        ['MålId', 'Periode', 'Værdi', 'værdi'],
        ['U1', '2015', 1, 2],
      ]),
    );
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'TABLE_DUPLICATE_COLUMN',
        column: 'værdi',
        address: 'Opfolgning!D1',
      }),
    ]);
    expect(only(result).observation.value).toBe(1);
  });
});
