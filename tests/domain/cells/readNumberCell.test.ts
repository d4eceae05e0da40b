import type { RawCell, RawValue } from '../../../src/domain/cells/rawTable';
import { readNumberCell } from '../../../src/domain/cells/readNumberCell';

const cell = (value: RawValue, format = 'General'): RawCell => ({
  value,
  format,
  address: 'Plan!K3',
});

describe('readNumberCell: numbers arrive as numbers', () => {
  it.each([0, 42, -3.5, 1071224, 0.37, 1e-12])('reads %d as itself, not from text', (value) => {
    expect(readNumberCell(cell(value))).toEqual({ kind: 'number', value, fromText: null });
  });

  it.each(['#,##0', '0.0', '# ##0,00', '"kr." #,##0'])(
    'keeps the stored value with the non-percent format %s',
    (format) => {
      expect(readNumberCell(cell(1234.5, format))).toEqual({
        kind: 'number',
        value: 1234.5,
        fromText: null,
      });
    },
  );
});

describe('readNumberCell: a percent-formatted cell holds a fraction, read in percent units', () => {
  it.each([
    [0.37, '0%', 37],
    [0.375, '0.0 %', 37.5],
    [0.375, '0.0%', 37.5],
    [0.07, '0%', 7],
    [1.2, '0%', 120],
    [0.123456, '0.00%', 12.3456],
    [0, '0%', 0],
    [-0.05, '0%;-0%', -5],
  ])('reads %d with format %s as %d', (stored, format, percent) => {
    expect(readNumberCell(cell(stored, format))).toEqual({
      kind: 'number',
      value: percent,
      fromText: null,
    });
  });

  it('rounds away binary noise: 0.07 × 100 is exactly 7', () => {
    const reading = readNumberCell(cell(0.07, '0%'));
    expect(reading.kind === 'number' && reading.value).toBe(7);
  });

  it('does not scale a number whose format shows a quoted % sign', () => {
    expect(readNumberCell(cell(37, '0" %"'))).toEqual({
      kind: 'number',
      value: 37,
      fromText: null,
    });
  });
});

describe('readNumberCell: text that reads as a number is accepted, marked fromText', () => {
  it.each([
    ['7,7', 7.7, false],
    ['1.071.224', 1071224, false],
    ['1,500', 1.5, false],
    ['−3,5', -3.5, false],
    ['37 %', 37, false],
    ['1.500 kr.', 1500, false],
    ['7.7', 7.7, true],
    ['1,071,224', 1071224, true],
    ['1,071.5', 1071.5, true],
  ])('reads the text %j as %d (english: %s)', (text, value, english) => {
    expect(readNumberCell(cell(text))).toEqual({
      kind: 'number',
      value,
      fromText: { text, english },
    });
  });

  it('quotes the text without its surrounding spaces', () => {
    expect(readNumberCell(cell('  7,7 '))).toEqual({
      kind: 'number',
      value: 7.7,
      fromText: { text: '7,7', english: false },
    });
  });

  it('reads a text number in a text-formatted cell the same way', () => {
    expect(readNumberCell(cell('444', '@'))).toEqual({
      kind: 'number',
      value: 444,
      fromText: { text: '444', english: false },
    });
  });
});

describe('readNumberCell: cells that hold no number are invalid, never a crash', () => {
  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'])(
    'reports the error value %s, quoting it',
    (error) => {
      expect(readNumberCell(cell({ error }))).toEqual({
        kind: 'invalid',
        problem: 'errorValue',
        shown: error,
      });
    },
  );

  it.each([
    [true, 'TRUE'],
    [false, 'FALSE'],
  ])('reports the boolean %s as invalid, shown as %s', (value, shown) => {
    expect(readNumberCell(cell(value))).toEqual({ kind: 'invalid', problem: 'boolean', shown });
  });

  it.each(['', ' ', '   ', '\t'])('reports the empty or blank text %j as emptyText', (text) => {
    expect(readNumberCell(cell(text))).toEqual({
      kind: 'invalid',
      problem: 'emptyText',
      shown: text,
    });
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('reports %d as notFinite', (value, shown) => {
    expect(readNumberCell(cell(value))).toEqual({ kind: 'invalid', problem: 'notFinite', shown });
  });

  it.each([
    ['abc', 'abc'],
    ['  ca. 100 ', 'ca. 100'],
    ['1.2.3', '1.2.3'],
  ])('reports the text %j as no number, quoting %j', (text, shown) => {
    expect(readNumberCell(cell(text))).toEqual({ kind: 'invalid', problem: 'text', shown });
  });
});

describe('readNumberCell: empty cells', () => {
  it('reads an empty cell as empty', () => {
    expect(readNumberCell(cell(null))).toEqual({ kind: 'empty' });
  });

  it('reads a missing column as empty', () => {
    expect(readNumberCell(undefined)).toEqual({ kind: 'empty' });
  });
});
