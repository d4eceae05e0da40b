import { monthOfSerial, serialOfMonth } from '../../../src/domain/cells/excelDate';

describe('monthOfSerial: the month of an Excel date serial (1900 date system)', () => {
  it.each([
    [1, 1900, 1],
    [31, 1900, 1],
    [32, 1900, 2],
    [59, 1900, 2],
    [61, 1900, 3],
    [42005, 2015, 1],
    [42216, 2015, 7],
    [42217, 2015, 8],
    [42369, 2015, 12],
    [42370, 2016, 1],
    [43890, 2020, 2],
    [2958465, 9999, 12],
  ])('serial %i is in %i-%i', (serial, year, month) => {
    expect(monthOfSerial(serial)).toEqual({ year, month });
  });

  it('reads serial 60, the 29 February 1900 Excel counts, as February 1900', () => {
    expect(monthOfSerial(60)).toEqual({ year: 1900, month: 2 });
  });

  it('reads serial 61 as 1 March 1900, one day after the day Excel counts wrongly', () => {
    expect(monthOfSerial(61)).toEqual({ year: 1900, month: 3 });
  });

  it('ignores the time of day in a fractional serial', () => {
    expect(monthOfSerial(42216.99)).toEqual({ year: 2015, month: 7 });
    expect(monthOfSerial(42217.01)).toEqual({ year: 2015, month: 8 });
  });

  it.each([0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])(
    'gives null for %d, which is no date',
    (serial) => {
      expect(monthOfSerial(serial)).toBeNull();
    },
  );
});

describe('serialOfMonth: the serial of the first day of a month', () => {
  it.each([
    [1900, 1, 1],
    [1900, 2, 32],
    [1900, 3, 61],
    [2015, 1, 42005],
    [2015, 8, 42217],
    [2016, 1, 42370],
  ])('%i-%i starts at serial %i', (year, month, serial) => {
    expect(serialOfMonth(year, month)).toBe(serial);
  });

  it.each([
    [1900, 1],
    [1900, 2],
    [1900, 3],
    [1999, 12],
    [2015, 7],
    [2024, 2],
    [2100, 12],
  ])('gives back %i-%i through monthOfSerial', (year, month) => {
    expect(monthOfSerial(serialOfMonth(year, month))).toEqual({ year, month });
  });
});
