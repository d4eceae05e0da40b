import { formatMonth, formatPeriod } from '../../../src/domain/periods/formatPeriod';
import { parsePeriod } from '../../../src/domain/periods/parsePeriod';
import type { PeriodKind } from '../../../src/domain/periods/period';
import { monthNumber } from '../../../src/domain/periods/period';

describe('formatPeriod: canonical text (domain §2)', () => {
  it.each<[PeriodKind, number, number, number, number, string]>([
    ['year', 2015, 1, 2015, 12, '2015'],
    ['half', 2015, 1, 2015, 6, '2015H1'],
    ['half', 2015, 7, 2015, 12, '2015H2'],
    ['quarter', 2015, 7, 2015, 9, '2015K3'],
    ['quarter', 2015, 10, 2015, 12, '2015K4'],
    ['month', 2015, 7, 2015, 7, '2015M07'],
    ['month', 2014, 12, 2014, 12, '2014M12'],
    ['span', 2015, 1, 2015, 7, '2015M01-2015M07'],
    ['span', 2014, 10, 2015, 3, '2014M10-2015M03'],
  ])('writes a %s from %i-%i to %i-%i as %s', (kind, y1, m1, y2, m2, text) => {
    expect(formatPeriod({ kind, start: monthNumber(y1, m1), end: monthNumber(y2, m2) })).toBe(text);
  });

  it('pads months to two digits: 2015M01, 2015M09, 2015M10', () => {
    expect(formatMonth(monthNumber(2015, 1))).toBe('2015M01');
    expect(formatMonth(monthNumber(2015, 9))).toBe('2015M09');
    expect(formatMonth(monthNumber(2015, 10))).toBe('2015M10');
  });

  it.each([
    '2015',
    '2015H1',
    '2015K3',
    '2015M07',
    '2015M01-2015M07',
    '2014M10-2015M03',
    '1900M01',
    '2100K4',
  ])('reads %s back to the same period', (text) => {
    const first = parsePeriod(text);
    if (!first.ok) throw new Error(`'${text}' was not read`);
    expect(formatPeriod(first.period)).toBe(text);
    expect(parsePeriod(formatPeriod(first.period))).toEqual(first);
  });
});
