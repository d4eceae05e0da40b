import { parseCsv } from '../../../src/domain/cells/parseCsv';

describe('parseCsv: Danish CSV with ; as separator', () => {
  it('splits rows at line breaks and fields at semicolons', () => {
    expect(parseCsv('Id;Mål\nU1;Færre unge\n')).toEqual([
      ['Id', 'Mål'],
      ['U1', 'Færre unge'],
    ]);
  });

  it('keeps a decimal comma inside a field', () => {
    expect(parseCsv('U4;17,7\n')).toEqual([['U4', '17,7']]);
  });

  it('reads a last line without a line break', () => {
    expect(parseCsv('a;b\nc;d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('treats CRLF and a lone CR as line breaks', () => {
    expect(parseCsv('a;b\r\nc;d\re;f\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseCsv('\uFEFFId;Mål\n')).toEqual([['Id', 'Mål']]);
  });

  it('keeps empty fields, also at the start and the end of a row', () => {
    expect(parseCsv(';a;;b;\n')).toEqual([['', 'a', '', 'b', '']]);
  });

  it('gives no rows for empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('gives a row with one empty field for a blank line between rows', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });
});

describe('parseCsv: quoted fields', () => {
  it('keeps separators and line breaks inside quotes', () => {
    expect(parseCsv('"a;b";"linje 1\nlinje 2"\n')).toEqual([['a;b', 'linje 1\nlinje 2']]);
  });

  it('reads "" inside quotes as one quote', () => {
    expect(parseCsv('"Han sagde ""ja""";x\n')).toEqual([['Han sagde "ja"', 'x']]);
  });

  it('reads an empty quoted field as empty', () => {
    expect(parseCsv('"";a\n')).toEqual([['', 'a']]);
  });

  it('keeps a quote that is not at the start of a field as a character', () => {
    expect(parseCsv('12" skærm;b\n')).toEqual([['12" skærm', 'b']]);
  });
});

describe('parseCsv: other separators', () => {
  it('splits at the separator it is given', () => {
    expect(parseCsv('a,b;c\n1,2;3\n', ',')).toEqual([
      ['a', 'b;c'],
      ['1', '2;3'],
    ]);
  });
});
