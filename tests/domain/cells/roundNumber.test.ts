import { atLeast, atMost, round10, sameNumber } from '../../../src/domain/cells/roundNumber';

describe('numbers are compared after rounding to 10 decimals (domain §4.4)', () => {
  it('treats 0.1 + 0.2 as equal to 0.3', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
    expect(atLeast(0.3, 0.1 + 0.2)).toBe(true);
    expect(atMost(0.1 + 0.2, 0.3)).toBe(true);
  });

  it('still tells apart numbers that differ in the 9th decimal', () => {
    expect(sameNumber(0.300000001, 0.3)).toBe(false);
    expect(atLeast(0.299999999, 0.3)).toBe(false);
    expect(atMost(0.300000001, 0.3)).toBe(false);
  });

  it.each([
    [0.57 * 100, 57],
    [1.005, 1.005],
    [-0.1 - 0.2, -0.3],
    [1e-11, 0],
  ])('rounds %d to %d', (value, rounded) => {
    expect(round10(value)).toBe(rounded);
  });

  it('turns −0 into 0', () => {
    expect(Object.is(round10(-1e-12), -0)).toBe(false);
    expect(round10(-1e-12)).toBe(0);
  });

  it('returns values too large for decimals, and non-finite values, unchanged', () => {
    expect(round10(1e20)).toBe(1e20);
    expect(round10(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(round10(Number.NaN)).toBeNaN();
  });
});
