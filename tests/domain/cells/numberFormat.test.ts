import { isDateFormat, isPercentFormat } from '../../../src/domain/cells/numberFormat';

describe('number formats: which Excel format codes mean percent or date', () => {
  it.each<[string, boolean, boolean]>([
    // format, percent, date
    ['General', false, false],
    ['Standard', false, false],
    ['GENERAL', false, false],
    ['0', false, false],
    ['0.00', false, false],
    ['#,##0', false, false],
    ['#,##0.00;[Red]-#,##0.00', false, false],
    ['"kr." #,##0', false, false],
    ['#,##0 "kr."', false, false],
    ['0" dage"', false, false],
    ['_-* #,##0 _k_r_._-;-* #,##0 _k_r_._-;_-* "-" _k_r_._-;_-@_-', false, false],
    ['0.00E+00', false, false],
    ['General" stk."', false, false],
    ['0%', true, false],
    ['0.0 %', true, false],
    ['0.00%', true, false],
    ['0%;-0%', true, false],
    ['0" %"', false, false],
    ['0\\%', false, false],
    ['dd-mm-yyyy', false, true],
    ['d. mmmm yyyy', false, true],
    ['mmm yy', false, true],
    ['m/d/yyyy', false, true],
    ['yyyy-mm-dd', false, true],
    ['[$-406]mmmm yyyy;@', false, true],
    ['[$-F800]dddd, mmmm dd, yyyy', false, true],
    ['@', false, false],
    [' @ ', false, false],
  ])('%j: percent %s, date %s', (format, percent, date) => {
    expect({ percent: isPercentFormat(format), date: isDateFormat(format) }).toEqual({
      percent,
      date,
    });
  });

  it('looks only at the positive section: a % in the negative section does not count', () => {
    expect(isPercentFormat('0;-0%')).toBe(false);
  });

  it('ignores a colour or locale in square brackets', () => {
    expect(isDateFormat('[Red]0')).toBe(false);
    expect(isDateFormat('[$-406]0')).toBe(false);
  });
});
