import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import type { PeriodParse } from '../../../src/domain/periods/parsePeriod';
import { parsePeriod } from '../../../src/domain/periods/parsePeriod';
import type { Period, PeriodKind } from '../../../src/domain/periods/period';
import { monthNumber } from '../../../src/domain/periods/period';

/** The period a text reads as, or fails the test with the reason it could not be read. */
function read(text: string): Period {
  const result: PeriodParse = parsePeriod(text);
  if (!result.ok) throw new Error(`'${text}' was not read: ${result.reason}`);
  return result.period;
}

/** Kind and canonical text of what a text reads as. */
function readAs(text: string): { kind: PeriodKind; canonical: string } {
  const period = read(text);
  return { kind: period.kind, canonical: formatPeriod(period) };
}

describe('parsePeriod: canonical forms (domain §2)', () => {
  it.each<[string, PeriodKind]>([
    ['2015', 'year'],
    ['2015H1', 'half'],
    ['2015H2', 'half'],
    ['2015K1', 'quarter'],
    ['2015K3', 'quarter'],
    ['2015K4', 'quarter'],
    ['2015M01', 'month'],
    ['2015M07', 'month'],
    ['2015M12', 'month'],
    ['2015M01-2015M07', 'span'],
  ])('reads the canonical form %s as a %s and writes it back unchanged', (text, kind) => {
    expect(readAs(text)).toEqual({ kind, canonical: text });
  });
});

describe('parsePeriod: accepted forms of a year', () => {
  it.each(['2015', 'år 2015', 'År 2015'])('reads %s as the year 2015', (text) => {
    expect(read(text)).toEqual({
      kind: 'year',
      start: monthNumber(2015, 1),
      end: monthNumber(2015, 12),
    });
  });
});

describe('parsePeriod: accepted forms of a half-year', () => {
  it.each([
    ['2015H1', '2015H1'],
    ['1. halvår 2015', '2015H1'],
    ['H1 2015', '2015H1'],
    ['2. halvår 2015', '2015H2'],
    ['H2 2015', '2015H2'],
    ['2015h2', '2015H2'],
    ['2. HALVÅR 2015', '2015H2'],
  ])('reads %s as the half-year %s', (text, canonical) => {
    expect(readAs(text)).toEqual({ kind: 'half', canonical });
  });

  it('covers January to June for the first half and July to December for the second', () => {
    expect(read('1. halvår 2015')).toMatchObject({
      start: monthNumber(2015, 1),
      end: monthNumber(2015, 6),
    });
    expect(read('H2 2015')).toMatchObject({
      start: monthNumber(2015, 7),
      end: monthNumber(2015, 12),
    });
  });
});

describe('parsePeriod: accepted forms of a quarter', () => {
  it.each([
    ['2015K3', '2015K3'],
    ['2015Q3', '2015K3'],
    ['3. kvartal 2015', '2015K3'],
    ['K3 2015', '2015K3'],
    ['Q3 2015', '2015K3'],
    ['2015q1', '2015K1'],
    ['q4 2015', '2015K4'],
    ['1. Kvartal 2016', '2016K1'],
    ['2. kvartal 2015', '2015K2'],
  ])('reads %s as the quarter %s', (text, canonical) => {
    expect(readAs(text)).toEqual({ kind: 'quarter', canonical });
  });

  it('covers the three months of the quarter: 2015K3 is July to September', () => {
    expect(read('2015K3')).toEqual({
      kind: 'quarter',
      start: monthNumber(2015, 7),
      end: monthNumber(2015, 9),
    });
  });
});

describe('parsePeriod: accepted forms of a month', () => {
  it.each([
    ['2015M07', '2015M07'],
    ['2015M7', '2015M07'],
    ['2015m07', '2015M07'],
    ['2015-07', '2015M07'],
    ['2015-7', '2015M07'],
    ['juli 2015', '2015M07'],
    ['jul 2015', '2015M07'],
    ['jul. 2015', '2015M07'],
    ['ultimo juli 2015', '2015M07'],
    ['Ultimo jul. 2015', '2015M07'],
    ['udgangen af juli 2015', '2015M07'],
    ['JULI 2015', '2015M07'],
  ])('reads %s as the month %s', (text, canonical) => {
    expect(readAs(text)).toEqual({ kind: 'month', canonical });
  });

  it.each([
    ['januar', 1],
    ['februar', 2],
    ['marts', 3],
    ['april', 4],
    ['maj', 5],
    ['juni', 6],
    ['juli', 7],
    ['august', 8],
    ['september', 9],
    ['oktober', 10],
    ['november', 11],
    ['december', 12],
  ])('reads the Danish month name %s 2015 as month %i', (name, month) => {
    expect(read(`${name} 2015`)).toEqual({
      kind: 'month',
      start: monthNumber(2015, month),
      end: monthNumber(2015, month),
    });
  });

  it.each([
    ['jan', 1],
    ['feb', 2],
    ['mar', 3],
    ['apr', 4],
    ['maj', 5],
    ['jun', 6],
    ['jul', 7],
    ['aug', 8],
    ['sep', 9],
    ['okt', 10],
    ['nov', 11],
    ['dec', 12],
  ])(
    'reads the 3-letter Danish abbreviation %s with or without a dot as month %i',
    (short, month) => {
      const expected = {
        kind: 'month',
        start: monthNumber(2015, month),
        end: monthNumber(2015, month),
      };
      expect(read(`${short} 2015`)).toEqual(expected);
      expect(read(`${short}. 2015`)).toEqual(expected);
    },
  );
});

describe('parsePeriod: accepted forms of a span', () => {
  it.each([
    ['2015M01-2015M07', '2015M01-2015M07'],
    ['jan-jul 2015', '2015M01-2015M07'],
    ['januar–juli 2015', '2015M01-2015M07'],
    ['januar — juli 2015', '2015M01-2015M07'],
    ['jan. - jul. 2015', '2015M01-2015M07'],
    ['mar-jul 2015', '2015M03-2015M07'],
    ['2015M04-M07', '2015M04-2015M07'],
    ['2015M04 - 2015M07', '2015M04-2015M07'],
    ['2015K1-2015K3', '2015M01-2015M09'],
    ['2015K2-2015K3', '2015M04-2015M09'],
    ['okt 2014-mar 2015', '2014M10-2015M03'],
    ['2014-2015', '2014M01-2015M12'],
  ])('reads %s as the span %s', (text, canonical) => {
    expect(readAs(text)).toEqual({ kind: 'span', canonical });
  });

  it.each([
    ['2015K1-2015K2', 'half', '2015H1'],
    ['jan-jun 2015', 'half', '2015H1'],
    ['2015K3-K4', 'half', '2015H2'],
    ['jan-mar 2015', 'quarter', '2015K1'],
    ['2015M04-M06', 'quarter', '2015K2'],
    ['2015H1-2015H2', 'year', '2015'],
    ['januar-december 2015', 'year', '2015'],
    ['2015M07-2015M07', 'month', '2015M07'],
  ])(
    'normalises %s to the %s %s because it covers exactly that calendar period',
    (text, kind, canonical) => {
      expect(readAs(text)).toEqual({ kind, canonical });
    },
  );

  it('does not normalise a three-month span that is not a calendar quarter', () => {
    expect(readAs('feb-apr 2015')).toEqual({ kind: 'span', canonical: '2015M02-2015M04' });
  });

  it('starts a span at the first month of its first part and ends it at the last of its last', () => {
    expect(read('2015K2-2015K3')).toEqual({
      kind: 'span',
      start: monthNumber(2015, 4),
      end: monthNumber(2015, 9),
    });
  });
});

describe('parsePeriod: accepted forms of a year end', () => {
  it.each(['2014M12', 'ultimo 2014', 'dec. 2014', 'dec 2014', 'december 2014', 'udgangen af 2014'])(
    'reads %s as the month 2014M12',
    (text) => {
      expect(readAs(text)).toEqual({ kind: 'month', canonical: '2014M12' });
    },
  );
});

describe('parsePeriod: case and spaces do not matter', () => {
  it.each([
    ['  2015K3  ', '2015K3'],
    ['2015k3', '2015K3'],
    ['\t2015m07\n', '2015M07'],
    ['JULI   2015', '2015M07'],
    ['Ultimo 2014', '2014M12'],
    ['UDGANGEN AF 2014', '2014M12'],
    ['juli\u00a02015', '2015M07'],
    [' Jan-Jul 2015 ', '2015M01-2015M07'],
  ])('reads %j as %s', (text, canonical) => {
    expect(formatPeriod(read(text))).toBe(canonical);
  });
});

describe('parsePeriod: a span whose end comes before its start', () => {
  it.each(['jul-jan 2015', '2015M07-2015M03', '2015K3-2015K1', '2016-2015', 'dec 2015-jan 2015'])(
    'rejects %s with the reason endBeforeStart',
    (text) => {
      expect(parsePeriod(text)).toEqual({ ok: false, reason: 'endBeforeStart' });
    },
  );
});

describe('parsePeriod: text that is no period', () => {
  it.each([
    '',
    '   ',
    'abc',
    'sommer 2015',
    '2015M13',
    '2015M00',
    '2015K5',
    '2015H3',
    '5. kvartal 2015',
    '3. halvår 2015',
    'juli',
    'jan-jul',
    '15',
    '201',
    '20155',
    '1899',
    '2101',
    'år 1800',
    'ultimo',
    '2015-13',
    'januar 2015 og februar 2015',
    '2015-',
    '-2015',
  ])('rejects %j with the reason unreadable', (text) => {
    expect(parsePeriod(text)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('accepts the years 1900 and 2100 at the edges of the valid range', () => {
    expect(readAs('1900')).toEqual({ kind: 'year', canonical: '1900' });
    expect(readAs('2100')).toEqual({ kind: 'year', canonical: '2100' });
  });
});
