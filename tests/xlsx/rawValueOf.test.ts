import type { CellValue } from 'exceljs';
import { rawValueOf, serialOfDate } from '../../src/xlsx/rawValueOf';
import { excelWorkbook, worksheet, xlsxFromSheets } from '../helpers/xlsx';

describe('rawValueOf: an ExcelJS cell value as the domain reads it', () => {
  it('passes numbers, text and booleans through', () => {
    expect(rawValueOf(37)).toBe(37);
    expect(rawValueOf('7,7')).toBe('7,7');
    expect(rawValueOf(true)).toBe(true);
    expect(rawValueOf(false)).toBe(false);
  });

  it('reads an empty cell as null', () => {
    expect(rawValueOf(null)).toBeNull();
    expect(rawValueOf(undefined)).toBeNull();
  });

  it('turns a date back into its Excel serial number (1900 system)', () => {
    expect(rawValueOf(new Date(Date.UTC(2015, 7, 1)))).toBe(42217);
    expect(rawValueOf(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(serialOfDate(new Date(Date.UTC(2015, 7, 1, 12)))).toBe(42217.5);
  });

  it('reads an invalid date as empty, not NaN', () => {
    expect(rawValueOf(new Date(Number.NaN))).toBeNull();
  });

  it('reads a formula as its cached result, and a formula with no result as empty', () => {
    expect(rawValueOf({ formula: 'A1*2', result: 7 } as CellValue)).toBe(7);
    expect(rawValueOf({ formula: 'A1&"x"', result: 'tekst' } as CellValue)).toBe('tekst');
    expect(rawValueOf({ sharedFormula: 'A2', result: 3 } as CellValue)).toBe(3);
    expect(rawValueOf({ formula: 'A1' } as CellValue)).toBeNull();
  });

  it('reads a formula whose result is an error value as that error', () => {
    expect(rawValueOf({ formula: 'A1/0', result: { error: '#DIV/0!' } } as CellValue)).toEqual({
      error: '#DIV/0!',
    });
  });

  it('reads an error value as an error the domain can report', () => {
    expect(rawValueOf({ error: '#N/A' } as CellValue)).toEqual({ error: '#N/A' });
  });

  it('joins the runs of rich text', () => {
    expect(
      rawValueOf({ richText: [{ text: 'Flere ' }, { text: 'unge', font: { bold: true } }] }),
    ).toBe('Flere unge');
  });

  it('reads a hyperlink as its text, also when the text is rich text', () => {
    expect(rawValueOf({ text: 'jobindsats.dk', hyperlink: 'https://jobindsats.dk' })).toBe(
      'jobindsats.dk',
    );
    expect(
      rawValueOf({
        text: { richText: [{ text: 'job' }, { text: 'indsats', font: { italic: true } }] },
        hyperlink: 'https://jobindsats.dk',
      } as unknown as CellValue),
    ).toBe('jobindsats');
  });

  it('reads every kind of cell ExcelJS loads from a real file', async () => {
    const data = await xlsxFromSheets([
      {
        name: 'A',
        rows: [
          [new Date(Date.UTC(2015, 6, 1))],
          [{ formula: 'A4*2', result: 14 }],
          [{ richText: [{ text: 'a', font: { bold: true } }, { text: 'b' }] }],
          [7],
          [{ error: '#N/A' }],
          [{ text: { richText: [{ text: 'x' }, { text: 'y' }] }, hyperlink: 'http://x' } as never],
        ],
      },
    ]);
    const sheet = worksheet(await excelWorkbook(data), 'A');
    const values = [1, 2, 3, 4, 5, 6].map((r) => rawValueOf(sheet.getCell(r, 1).value));
    expect(values).toEqual([42186, 14, 'ab', 7, { error: '#N/A' }, 'xy']);
  });
});
