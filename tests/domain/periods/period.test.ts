import { parsePeriod } from '../../../src/domain/periods/parsePeriod';
import type { Period } from '../../../src/domain/periods/period';
import {
  comparePeriods,
  monthNumber,
  periodLength,
  periodOfMonths,
  periodsOverlap,
  samePeriod,
  yearMonth,
} from '../../../src/domain/periods/period';

function read(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(`'${text}' was not read: ${result.reason}`);
  return result.period;
}

describe('month numbers and month arithmetic', () => {
  it('counts whole months between two months: 2015M07 − 2013M12 = 19', () => {
    expect(monthNumber(2015, 7) - monthNumber(2013, 12)).toBe(19);
    expect(read('2015M07').end - read('2013M12').end).toBe(19);
  });

  it('counts one month from December to the January after it', () => {
    expect(monthNumber(2016, 1) - monthNumber(2015, 12)).toBe(1);
  });

  it('uses the end month of a period for end(P): end(2015) − end(2013) = 24', () => {
    expect(read('2015').end - read('2013').end).toBe(24);
  });

  it.each([
    [2015, 1],
    [2015, 7],
    [2015, 12],
    [1900, 1],
    [2100, 12],
  ])('gives back year %i and month %i from the month number', (year, month) => {
    expect(yearMonth(monthNumber(year, month))).toEqual({ year, month });
  });
});

describe('start and end months of a period', () => {
  it.each([
    ['2015', 2015, 1, 2015, 12],
    ['2015H1', 2015, 1, 2015, 6],
    ['2015H2', 2015, 7, 2015, 12],
    ['2015K1', 2015, 1, 2015, 3],
    ['2015K4', 2015, 10, 2015, 12],
    ['2015M07', 2015, 7, 2015, 7],
    ['2015M01-2015M07', 2015, 1, 2015, 7],
    ['okt 2014-mar 2015', 2014, 10, 2015, 3],
  ])('%s starts in %i-%i and ends in %i-%i', (text, y1, m1, y2, m2) => {
    const period = read(text);
    expect(yearMonth(period.start)).toEqual({ year: y1, month: m1 });
    expect(yearMonth(period.end)).toEqual({ year: y2, month: m2 });
  });

  it.each([
    ['2015', 12],
    ['2015H1', 6],
    ['2015K3', 3],
    ['2015M07', 1],
    ['jan-jul 2015', 7],
  ])('%s covers %i months', (text, months) => {
    expect(periodLength(read(text))).toBe(months);
  });
});

describe('periodOfMonths: a run of months is named by its natural kind', () => {
  it.each([
    [2015, 7, 2015, 7, 'month'],
    [2015, 4, 2015, 6, 'quarter'],
    [2015, 7, 2015, 12, 'half'],
    [2015, 1, 2015, 12, 'year'],
    [2015, 2, 2015, 4, 'span'],
    [2015, 4, 2015, 9, 'span'],
    [2015, 7, 2016, 6, 'span'],
    [2015, 1, 2015, 7, 'span'],
  ])('%i-%i to %i-%i is a %s', (y1, m1, y2, m2, kind) => {
    expect(periodOfMonths(monthNumber(y1, m1), monthNumber(y2, m2))).toEqual({
      kind,
      start: monthNumber(y1, m1),
      end: monthNumber(y2, m2),
    });
  });
});

describe('comparing periods', () => {
  it('orders by end month first', () => {
    expect(comparePeriods(read('2015M07'), read('2015M08'))).toBeLessThan(0);
    expect(comparePeriods(read('2015'), read('2015M08'))).toBeGreaterThan(0);
  });

  it('puts the shorter period first when two end in the same month', () => {
    const sorted = ['2015', 'feb-dec 2015', '2015H2', '2015K4', '2015M12'].map(read);
    sorted.sort(comparePeriods);
    expect(sorted.map((p) => p.end - p.start + 1)).toEqual([1, 3, 6, 11, 12]);
  });

  it('treats periods covering the same months as the same period whatever the spelling', () => {
    expect(samePeriod(read('2015K1-2015K2'), read('1. halvår 2015'))).toBe(true);
    expect(samePeriod(read('2015K1'), read('2015H1'))).toBe(false);
    expect(comparePeriods(read('juli 2015'), read('2015-07'))).toBe(0);
  });

  it.each([
    ['2015K1', '2015M03', true],
    ['2015K1', '2015M04', false],
    ['2015H1', '2015K2', true],
    ['jan-jul 2015', '2015M07-2015M09', true],
    ['2014', '2015', false],
  ])('%s and %s overlap: %s', (a, b, overlap) => {
    expect(periodsOverlap(read(a), read(b))).toBe(overlap);
    expect(periodsOverlap(read(b), read(a))).toBe(overlap);
  });
});
