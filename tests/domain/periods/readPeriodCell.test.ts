import type { RawCell, RawValue } from '../../../src/domain/cells/rawTable';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import type { PeriodReading } from '../../../src/domain/periods/readPeriodCell';
import { readPeriodCell } from '../../../src/domain/periods/readPeriodCell';

const cell = (value: RawValue, format = 'General'): RawCell => ({
  value,
  format,
  address: 'Opfolgning!B2',
});

/** The canonical text of a cell read as a period, or what made it invalid. */
function canonical(reading: PeriodReading): string {
  if (reading.kind !== 'period') throw new Error(`not a period: ${JSON.stringify(reading)}`);
  return formatPeriod(reading.period);
}

describe('readPeriodCell: date-formatted numbers are the month of the date', () => {
  it.each([
    [42217, 'dd-mm-yyyy', '2015M08'],
    [42217, 'm/d/yyyy', '2015M08'],
    [42217, '[$-406]mmmm yyyy;@', '2015M08'],
    [42216, 'dd-mm-yyyy', '2015M07'],
    [42005, 'd. mmmm yyyy', '2015M01'],
    [42369, 'dd-mm-yyyy', '2015M12'],
    [42217.75, 'dd-mm-yyyy hh:mm', '2015M08'],
  ])('reads serial %d with format %s as %s', (serial, format, period) => {
    const reading = readPeriodCell(cell(serial, format));
    expect(reading).toMatchObject({ kind: 'period', period: { kind: 'month' } });
    expect(canonical(reading)).toBe(period);
  });

  it('reads 2015 as a date, not a year, when the cell has a date format', () => {
    expect(canonical(readPeriodCell(cell(2015, 'dd-mm-yyyy')))).toBe('1905M07');
  });

  it('reports a date-formatted number outside the date range as unreadable, quoting it', () => {
    expect(readPeriodCell(cell(0, 'dd-mm-yyyy'))).toEqual({
      kind: 'invalid',
      problem: 'unreadable',
      shown: '0',
    });
    expect(readPeriodCell(cell(-5, 'dd-mm-yyyy'))).toEqual({
      kind: 'invalid',
      problem: 'unreadable',
      shown: '-5',
    });
  });
});

describe('readPeriodCell: a whole number from 1900 to 2100 without a date format is a year', () => {
  it.each([
    [2015, 'General'],
    [2015, '0'],
    [2015, '#,##0'],
    [1900, 'General'],
    [2100, 'General'],
  ])('reads %i with format %s as that year', (year, format) => {
    const reading = readPeriodCell(cell(year, format));
    expect(reading).toMatchObject({ kind: 'period', period: { kind: 'year' } });
    expect(canonical(reading)).toBe(String(year));
  });

  it.each([
    [2015.5, '2015.5'],
    [1899, '1899'],
    [2101, '2101'],
    [7, '7'],
    [42217, '42217'],
    [-2015, '-2015'],
  ])('reports the number %d as unreadable, quoting %s', (value, shown) => {
    expect(readPeriodCell(cell(value))).toEqual({ kind: 'invalid', problem: 'unreadable', shown });
  });
});

describe('readPeriodCell: text is read by parsePeriod', () => {
  it.each([
    ['2015K3', '2015K3'],
    ['  juli 2015 ', '2015M07'],
    ['jan-jul 2015', '2015M01-2015M07'],
    ['2015', '2015'],
    ['ultimo 2014', '2014M12'],
  ])('reads the text %j as %s', (text, period) => {
    expect(canonical(readPeriodCell(cell(text)))).toBe(period);
  });

  it('reports unreadable text with the reason unreadable, quoting the trimmed text', () => {
    expect(readPeriodCell(cell('  sommer 2015 '))).toEqual({
      kind: 'invalid',
      problem: 'unreadable',
      shown: 'sommer 2015',
    });
  });

  it('reports a span that ends before it starts with the reason endBeforeStart', () => {
    expect(readPeriodCell(cell('jul-jan 2015'))).toEqual({
      kind: 'invalid',
      problem: 'endBeforeStart',
      shown: 'jul-jan 2015',
    });
  });
});

describe('readPeriodCell: error values, booleans and empty cells', () => {
  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!'])(
    'reports the error value %s as invalid, quoting it',
    (error) => {
      expect(readPeriodCell(cell({ error }))).toEqual({
        kind: 'invalid',
        problem: 'errorValue',
        shown: error,
      });
    },
  );

  it('reports TRUE as invalid, shown as TRUE', () => {
    expect(readPeriodCell(cell(true))).toEqual({
      kind: 'invalid',
      problem: 'boolean',
      shown: 'TRUE',
    });
  });

  it('reports FALSE as invalid, shown as FALSE', () => {
    expect(readPeriodCell(cell(false))).toEqual({
      kind: 'invalid',
      problem: 'boolean',
      shown: 'FALSE',
    });
  });

  it.each<[string, RawCell | undefined]>([
    ['an empty cell', cell(null)],
    ['an empty string', cell('')],
    ['a string of spaces', cell('   ')],
    ['a missing column', undefined],
  ])('reads %s as empty', (_name, raw) => {
    expect(readPeriodCell(raw)).toEqual({ kind: 'empty' });
  });
});
