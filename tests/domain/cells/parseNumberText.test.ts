import { parseNumberText } from '../../../src/domain/cells/parseNumberText';

describe('parseNumberText: Danish numbers are read the Danish way (domain §1.4)', () => {
  it.each([
    ['7,7', 7.7, 'a decimal comma'],
    ['1.071.224', 1071224, 'dots between groups of three digits'],
    ['1.500', 1500, 'a dot before three digits is a thousands separator'],
    ['1,500', 1.5, 'a comma is the decimal mark'],
    ['1.000,50', 1000.5, 'groups and decimals together'],
    ['1 071 224', 1071224, 'spaces between groups of three digits'],
    ['1\u00a0071', 1071, 'a non-breaking space between groups'],
    ['1\u202f071,5', 1071.5, 'a narrow non-breaking space between groups'],
    ['42', 42, 'plain digits'],
    ['2013', 2013, 'plain digits'],
    ['0', 0, 'plain digits'],
    [',5', 0.5, 'a leading decimal comma'],
    ['0,25', 0.25, 'a decimal comma'],
    ['12345,678', 12345.678, 'digits without groups'],
  ])('reads %j as %d because of %s', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, english: false, percent: false });
  });

  it.each([
    ['−3,5', -3.5, 'U+2212 minus'],
    ['-3,5', -3.5, 'hyphen-minus'],
    ['–3,5', -3.5, 'en dash'],
    ['- 3,5', -3.5, 'a minus followed by a space'],
    ['+3,5', 3.5, 'a plus sign'],
    ['-1.071.224', -1071224, 'hyphen-minus'],
  ])('reads %j as %d with a sign written as %s', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, english: false, percent: false });
  });

  it('reads −0 as plain 0, not negative zero', () => {
    expect(parseNumberText('-0')?.value).toBe(0);
    expect(Object.is(parseNumberText('−0,0')?.value, -0)).toBe(false);
  });
});

describe('parseNumberText: only text that is no valid Danish number is read the English way', () => {
  it.each([
    ['7.7', 7.7],
    ['1,071,224', 1071224],
    ['1,071.5', 1071.5],
    ['1.5', 1.5],
    ['0.25', 0.25],
    ['1.50', 1.5],
    ['.5', 0.5],
    ['-7.7', -7.7],
    ['−1,071.5', -1071.5],
  ])('reads %j as %d, marked english', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, english: true, percent: false });
  });
});

describe('parseNumberText: units and spaces', () => {
  it.each([
    ['25%', 25],
    ['25 %', 25],
    ['37,5 %', 37.5],
    ['-2,5%', -2.5],
    [' 12,5 % ', 12.5],
  ])('reads %j as %d percent, marked percent', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, english: false, percent: true });
  });

  it('marks a percentage written the English way as both english and percent', () => {
    expect(parseNumberText('37.5%')).toEqual({ value: 37.5, english: true, percent: true });
  });

  it.each([
    ['1.500 kr.', 1500],
    ['1.500 kr', 1500],
    ['1.500kr.', 1500],
    ['1.500 KR.', 1500],
    ['kr. 1.500', 1500],
    ['kr 1.500,50', 1500.5],
    ['-250 kr.', -250],
  ])('reads %j as %d, ignoring the kr. unit', (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, english: false, percent: false });
  });

  it.each([
    ['  7,7  ', 7.7],
    ['\t42\n', 42],
    ['\u00a01.500\u00a0', 1500],
  ])('ignores surrounding white space in %j', (text, value) => {
    expect(parseNumberText(text)?.value).toBe(value);
  });
});

describe('parseNumberText: text that is no number', () => {
  it.each([
    '',
    '   ',
    '-',
    '+',
    '%',
    'kr.',
    'abc',
    '12abc',
    'ca. 100',
    '1.2.3',
    '1,2,3',
    '1.071,224.5',
    '1,071.224,5',
    '1..5',
    '1,,5',
    '12.34.567',
    '1 23',
    '3,5-',
    '--3',
    '7,7 7',
    '1e5',
    '0x10',
    'Infinity',
    'NaN',
    '25 % kr.',
    '#N/A',
  ])('reads %j as null', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it('reads a digit string too long for a double as null', () => {
    expect(parseNumberText('9'.repeat(400))).toBeNull();
    expect(parseNumberText(`-${'1'.repeat(310)}`)).toBeNull();
  });

  it('still reads a long digit string that fits a double', () => {
    expect(parseNumberText('1'.repeat(20))?.value).toBe(1.1111111111111111e19);
  });
});
