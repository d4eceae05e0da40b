import {
  cellAddress,
  columnLetters,
  quoteSheetName,
  splitAddress,
} from '../../../src/domain/cells/address';

describe('columnLetters: 1-based column numbers to letters', () => {
  it.each([
    [1, 'A'],
    [2, 'B'],
    [11, 'K'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe('quoteSheetName: sheet names are quoted when Excel needs it', () => {
  it.each([
    ['Plan', 'Plan'],
    ['Opfolgning', 'Opfolgning'],
    ['Ark_1', 'Ark_1'],
    ['Min plan', "'Min plan'"],
    ['Opfølgning', 'Opfølgning'],
    ['Mål', 'Mål'],
    ['Ark1', "'Ark1'"],
    ['R1C1', "'R1C1'"],
    ['Status 2015M08', "'Status 2015M08'"],
    ['2015', "'2015'"],
    ['Status-2015', "'Status-2015'"],
    ["Bob's", "'Bob''s'"],
  ])('writes %j as %s', (sheet, quoted) => {
    expect(quoteSheetName(sheet)).toBe(quoted);
  });
});

describe('cellAddress: the A1 address of a cell with its sheet', () => {
  it.each<[string, number, number, string]>([
    ['Plan', 3, 2, 'Plan!B3'],
    ['Plan', 3, 11, 'Plan!K3'],
    ['Opfolgning', 1, 1, 'Opfolgning!A1'],
    ['Min plan', 12, 28, "'Min plan'!AB12"],
  ])('sheet %j, row %i, column %i is %s', (sheet, row, column, address) => {
    expect(cellAddress(sheet, row, column)).toBe(address);
  });
});

describe('splitAddress: an address back into sheet and cell', () => {
  it.each([
    ['Plan!B3', 'Plan', 'B3'],
    ['Plan!$B$3', 'Plan', 'B3'],
    ["'Min plan'!B3", 'Min plan', 'B3'],
    ["'Bob''s'!A1", "Bob's", 'A1'],
    ['Plan!A1:S20', 'Plan', 'A1:S20'],
    ['Opfølgning!C4', 'Opfølgning', 'C4'],
  ])('splits %s into sheet %j and cell %s', (address, sheet, cell) => {
    expect(splitAddress(address)).toEqual({ sheet, cell });
  });

  it.each(['B3', 'Plan!', 'Plan!b3', 'Plan!3B', '!B3', ''])('gives null for %j', (address) => {
    expect(splitAddress(address)).toBeNull();
  });

  it.each([
    ['Plan', 3, 2],
    ['Min plan', 12, 28],
    ["Bob's", 1, 1],
  ])('gives back sheet %j from cellAddress', (sheet, row, column) => {
    expect(splitAddress(cellAddress(sheet, row, column))).toEqual({
      sheet,
      cell: `${columnLetters(column)}${row}`,
    });
  });
});
