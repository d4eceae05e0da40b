import {
  isDateFormat,
  isPercentFormat,
  isTextFormat,
} from '../../../src/domain/cells/numberFormat';

describe('number formats: which Excel format codes mean percent, date or text', () => {
  it.each<[string, boolean, boolean, boolean]>([
    // format, percent, date, text
    ['General', false, false, false],
    ['Standard', false, false, false],
    ['GENERAL', false, false, false],
    ['0', false, false, false],
    ['0.00', false, false, false],
    ['#,##0', false, false, false],
    ['#,##0.00;[Red]-#,##0.00', false, false, false],
    ['"kr." #,##0', false, false, false],
    ['#,##0 "kr."', false, false, false],
    ['0" dage"', false, false, false],
    ['_-* #,##0 _k_r_._-;-* #,##0 _k_r_._-;_-* "-" _k_r_._-;_-@_-', false, false, false],
    ['0.00E+00', false, false, false],
    ['General" stk."', false, false, false],
    ['0%', true, false, false],
    ['0.0 %', true, false, false],
    ['0.00%', true, false, false],
    ['0%;-0%', true, false, false],
    ['0" %"', false, false, false],
    ['0\\%', false, false, false],
    ['dd-mm-yyyy', false, true, false],
    ['d. mmmm yyyy', false, true, false],
    ['mmm yy', false, true, false],
    ['m/d/yyyy', false, true, false],
    ['yyyy-mm-dd', false, true, false],
    ['[$-406]mmmm yyyy;@', false, true, false],
    ['[$-F800]dddd, mmmm dd, yyyy', false, true, false],
    ['@', false, false, true],
    [' @ ', false, false, true],
  ])('%j: percent %s, date %s, text %s', (format, percent, date, text) => {
    expect({
      percent: isPercentFormat(format),
      date: isDateFormat(format),
      text: isTextFormat(format),
    }).toEqual({ percent, date, text });
  });

  it('looks only at the positive section: a % in the negative section does not count', () => {
    expect(isPercentFormat('0;-0%')).toBe(false);
  });

  it('ignores a colour or locale in square brackets', () => {
    expect(isDateFormat('[Red]0')).toBe(false);
    expect(isDateFormat('[$-406]0')).toBe(false);
  });
});
