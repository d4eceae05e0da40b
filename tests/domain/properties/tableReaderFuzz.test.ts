import fc from 'fast-check';
import { analyzeWorkbook } from '../../../src/domain/analyzeWorkbook';
import { cellAddress } from '../../../src/domain/cells/address';
import type { RawTable, RawValue, RawWorkbook } from '../../../src/domain/cells/rawTable';
import { isBlank } from '../../../src/domain/cells/rawTable';
import type { Finding, TableName } from '../../../src/domain/findings/finding';
import { MESSAGES } from '../../../src/domain/findings/messages';
import type { ColumnSpec } from '../../../src/domain/model/columns';
import {
  headerMatches,
  OBSERVATION_COLUMNS,
  PLAN_COLUMNS,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
} from '../../../src/domain/model/columns';
import {
  DIRECTIONS,
  GOAL_LEVELS,
  MEASURES,
  MILESTONE_STATUSES,
  TARGET_TYPES,
  UNITS,
} from '../../../src/domain/model/vocabulary';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import { readWorkbook } from '../../../src/domain/readWorkbook';
import { TODAY, tableFromValues } from '../../helpers/fixtures';
import { oneIn, periodArb, sloppy } from './arbitraries';
import { expectWellFormedResults } from './workbooks';

const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];

const errorValue: fc.Arbitrary<RawValue> = fc.constantFrom(...ERRORS).map((error) => ({ error }));

const numberValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1,
    -1,
    0.37,
    2015,
    1899,
    2101,
    42186, // 2015-07-01 as an Excel date serial
    60,
    2958466,
    1e300,
    -1e300,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e-300,
  ),
  fc.double(),
  fc.integer({ min: -100, max: 50000 }),
);

const hostileText: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '   ',
    '\t',
    '\n',
    '\u00a0',
    '\u3000',
    '😀',
    '👩‍👩‍👧‍👦',
    'مرحبا',
    '\u202eabc',
    'שלום 2015',
    'e\u0301\u0301\u0301',
    '\u0000',
    'a\u0000b',
    '\ufeff2015',
    '=SUM(A1:A3)',
    '+45',
    '-12',
    '@id',
    '=1/0',
    "'",
    '"',
    '%',
    'kr.',
    '1.071.224',
    '1,071,224',
    '7,7 %',
    '−3,5',
    '2015M13',
    '2016K1-2015K4',
    'jul-jan 2015',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const FORMATS = [
  'General',
  'General',
  '0%',
  '0.0 %',
  'dd-mm-yyyy',
  'mmm yy',
  'yyyy-mm-dd',
  '@',
  '#,##0',
  '[$-406]d. mmmm yyyy;@',
  '"kr." #,##0',
  '0.00E+00',
  '"%"0',
  '[Red]0%',
];

/** Anything a cell may hold: errors, booleans, odd numbers, hostile text, or nothing. */
const anyValue: fc.Arbitrary<RawValue> = fc.oneof(
  errorValue,
  fc.boolean(),
  numberValue,
  hostileText,
  fc.constant(null),
);

const IDS = ['A', 'B', 'C', ' a ', 1, 2];
const periodText = periodArb(2012, 2017).map(formatPeriod);
const labels = (choices: readonly { label: { da: string; en: string } }[]): string[] =>
  choices.flatMap((c) => [c.label.da, c.label.en]);

/** Values that make sense in a column, so that fuzzed rows also get read and evaluated. */
const SENSIBLE: Record<string, fc.Arbitrary<RawValue>> = {
  id: fc.constantFrom(...IDS),
  parent: oneIn(6, fc.constantFrom(...IDS)),
  goalId: fc.constantFrom(...IDS),
  level: fc.constantFrom(...labels(GOAL_LEVELS)),
  unit: fc.constantFrom(...labels(UNITS)),
  targetType: fc.constantFrom(...labels(TARGET_TYPES)),
  direction: fc.constantFrom(null, ...labels(DIRECTIONS)),
  measure: fc.constantFrom(...labels(MEASURES)),
  milestoneStatus: fc.constantFrom(...labels(MILESTONE_STATUSES)),
  baselinePeriod: periodArb(2012, 2013).map(formatPeriod),
  targetPeriod: periodArb(2014, 2016).map(formatPeriod),
  period: periodText,
  baseline: oneIn(2, fc.integer({ min: -10, max: 500 })),
  target: oneIn(2, fc.integer({ min: -10, max: 500 })),
  endValue: oneIn(4, fc.integer({ min: -10, max: 500 })),
  value: fc.oneof(fc.integer({ min: -10, max: 500 }), periodText),
  area: fc.constantFrom('Ishøj', 'Hele landet', ''),
  benchmarkArea: fc.constantFrom('Hele landet', null),
  theme: fc.constantFrom('Unge', null),
  comment: fc.constantFrom('Bemærkning', null),
  key: fc.constantFrom(...SETTING_KEYS.flatMap((k) => [k.da, k.en]), 'Ukendt nøgle'),
  text: fc.constantFrom('Flere unge i uddannelse', 'Færre langtidsledige'),
};

/**
 * A cell for a column: mostly hostile values, or (in a mild table) mostly sensible ones, so
 * that some goals get through the checks and are evaluated too.
 */
const cellFor = (
  field: string,
  hostile: boolean,
): fc.Arbitrary<{ value: RawValue; format: string }> =>
  fc.record({
    value: fc.oneof(
      { weight: hostile ? 3 : 1, arbitrary: anyValue },
      { weight: hostile ? 2 : 40, arbitrary: SENSIBLE[field] ?? fc.constant(null) },
    ),
    format: hostile ? fc.constantFrom(...FORMATS) : fc.constantFrom('General', ...FORMATS),
  });

const blankCell = fc.record({
  value: fc.constantFrom<RawValue>(null, '', ' ', '\t', '\u00a0'),
  format: fc.constantFrom(...FORMATS),
});

/** An extra column the add-in does not know: a header that names none of the table's columns. */
function extraHeader(specs: readonly ColumnSpec<string>[]): fc.Arbitrary<RawValue> {
  return fc
    .oneof(
      fc.constantFrom<RawValue>('Noter', 'Ekstra', '', null, 7, { error: '#REF!' }, true),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    )
    .filter((h) => typeof h !== 'string' || !specs.some((s) => headerMatches(h, s)));
}

interface Column {
  readonly field: string | null;
  readonly header: RawValue;
}

/**
 * The header row: every required column (rarely one left out), most optional ones, and
 * extras, in random order.
 */
function headerRow(specs: readonly ColumnSpec<string>[]): fc.Arbitrary<Column[]> {
  const known = fc
    .record({
      optional: fc.subarray(specs.filter((s) => !s.required)),
      all: fc.boolean(),
      missing: oneIn(15, fc.constantFrom(...specs.filter((s) => s.required))),
    })
    .chain(({ optional, all, missing }) => {
      const chosen = specs.filter(
        (s) => s !== missing && (s.required || all || optional.includes(s)),
      );
      return fc.tuple(
        ...chosen.map((s) =>
          fc
            .constantFrom(s.da, s.en)
            .chain(sloppy)
            .map((header): Column => ({ field: s.field, header })),
        ),
      );
    });
  const extras = fc.array(
    extraHeader(specs).map((header): Column => ({ field: null, header })),
    { maxLength: 3 },
  );
  return fc
    .tuple(known, extras)
    .chain(([k, e]) => fc.shuffledSubarray([...k, ...e], { minLength: k.length + e.length }));
}

/** A table with random headers and rows, some rows left fully empty. */
function fuzzTable(
  sheet: TableName,
  specs: readonly ColumnSpec<string>[],
): fc.Arbitrary<{ table: RawTable; columns: Column[] }> {
  return fc.tuple(headerRow(specs), fc.boolean()).chain(([columns, hostile]) => {
    const row = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(...columns.map((c) => cellFor(c.field ?? '', hostile))) },
      { weight: 1, arbitrary: fc.tuple(...columns.map(() => blankCell)) },
    );
    return fc.array(row, { maxLength: 8 }).map((rows) => ({
      columns,
      table: tableFromValues(
        sheet,
        [columns.map((c) => c.header), ...rows.map((r) => r.map((c) => c.value))],
        [columns.map(() => 'General'), ...rows.map((r) => r.map((c) => c.format))],
      ),
    }));
  });
}

const fuzzWorkbook = fc.record({
  plan: fc.option(fuzzTable('Plan', PLAN_COLUMNS), { freq: 20 }),
  opfolgning: fc.option(fuzzTable('Opfolgning', OBSERVATION_COLUMNS), { freq: 20 }),
  indstillinger: fc.option(fuzzTable('Indstillinger', SETTINGS_COLUMNS), { freq: 10 }),
  requested: oneIn(3, periodArb(2012, 2017)),
});

type Fuzzed = typeof fuzzWorkbook extends fc.Arbitrary<infer T> ? T : never;

function rawOf(fuzzed: Fuzzed): RawWorkbook {
  return {
    plan: fuzzed.plan?.table ?? null,
    opfolgning: fuzzed.opfolgning?.table ?? null,
    indstillinger: fuzzed.indstillinger?.table ?? null,
  };
}

const TABLES: readonly TableName[] = ['Plan', 'Opfolgning', 'Indstillinger'];

/** What is wrong with a finding's shape (domain §3): severity, code, place, messages. */
function shapeProblems(finding: Finding): string[] {
  const problems: string[] = [];
  if (finding.severity !== 'error' && finding.severity !== 'warning') problems.push('severity');
  if (!Object.prototype.hasOwnProperty.call(MESSAGES, finding.code)) problems.push('code');
  if (!TABLES.includes(finding.table)) problems.push('table');
  if (finding.row !== null && !(Number.isInteger(finding.row) && finding.row > 0)) {
    problems.push('row');
  }
  for (const language of ['da', 'en'] as const) {
    const text: unknown = finding.message[language];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`message.${language}`);
  }
  return problems;
}

/**
 * What is wrong with where a finding points: one on a data row of Plan or Opfolgning whose
 * column exists points at that row's cell in that column (`Plan!B3`), and never at a fully
 * empty row, which is skipped silently.
 */
function placeProblems(finding: Finding, fuzzed: Fuzzed): string[] {
  if (finding.row === null || finding.table === 'Indstillinger') return [];
  const side = finding.table === 'Plan' ? fuzzed.plan : fuzzed.opfolgning;
  if (!side) return ['a row in a table that does not exist'];
  const cells = side.table.rows[finding.row - 1];
  if (!cells) return ['a row beyond the table'];
  if (cells.every((cell) => isBlank(cell.value))) return ['a fully empty row'];
  const index = side.columns.findIndex(
    (c) => c.field !== null && typeof c.header === 'string' && c.header.trim() === finding.column,
  );
  if (index < 0) return [];
  const address = cellAddress(finding.table, finding.row + 1, index + 1);
  if (finding.address === null || !/^[A-Za-z]+![A-Z]+[1-9]\d*$/.test(finding.address)) {
    return [`address ${String(finding.address)} is not of the form Sheet!A1`];
  }
  return finding.address === address ? [] : [`address ${finding.address}, not ${address}`];
}

/** Every finding with something wrong, with what is wrong; empty when all are well-formed. */
function badFindings(findings: readonly Finding[], fuzzed: Fuzzed | null): object[] {
  const bad: object[] = [];
  for (const finding of findings) {
    const problems = [...shapeProblems(finding), ...(fuzzed ? placeProblems(finding, fuzzed) : [])];
    if (problems.length > 0) bad.push({ problems, finding });
  }
  return bad;
}

describe('the table reader, fed random cells in every column', () => {
  it('never throws, and every finding is well-formed and points at its cell', () => {
    fc.assert(
      fc.property(fuzzWorkbook, (fuzzed) => {
        const content = readWorkbook(rawOf(fuzzed));
        expect(badFindings(content.findings, fuzzed)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('analyzeWorkbook never throws and gives one well-formed result per goal', () => {
    fc.assert(
      fc.property(fuzzWorkbook, (fuzzed) => {
        const analysis = analyzeWorkbook(rawOf(fuzzed), {
          reportPeriod: fuzzed.requested,
          today: TODAY,
        });
        expectWellFormedResults(analysis);
        expect(badFindings(analysis.findings, null)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
