import { typedEntry } from '../../../src/domain/cells/typedEntry';

describe('typedEntry: what a cell holds when a Danish user types text into it', () => {
  it.each([
    ['7,7', 7.7],
    ['2013', 2013],
    ['1.071.224', 1071224],
    ['−3,5', -3.5],
    [' 42 ', 42],
  ])('turns the Danish number %j into the number %d', (text, value) => {
    expect(typedEntry(text)).toBe(value);
  });

  it.each(['', '   '])('leaves %j empty', (text) => {
    expect(typedEntry(text)).toBeNull();
  });

  it.each(['7.7', '1,071,224', '25 %', '1.500 kr.', 'juli 2015', '2015M08', 'Ishøj'])(
    'keeps %j as text, because Excel would not read it as a plain Danish number',
    (text) => {
      expect(typedEntry(text)).toBe(text);
    },
  );
});
