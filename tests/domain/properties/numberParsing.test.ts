import fc from 'fast-check';
import { parseNumberText } from '../../../src/domain/cells/parseNumberText';

const RUNS = { numRuns: 300 };

/** Digits of a whole number without leading zeros: "0", "7", "1071224". */
const wholeDigits = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant('0'),
    fc
      .tuple(
        fc.constantFrom(...'123456789'),
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: maxLength - 1 }),
      )
      .map(([first, rest]) => first + rest),
  );

const decimalDigits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** Splits digits into groups of three from the right: "1071224" → ["1", "071", "224"]. */
function groups(digits: string): string[] {
  const out: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    out.unshift(digits.slice(Math.max(0, end - 3), end));
  return out;
}

const sign = fc.constantFrom('', '-', '−', '–', '+', '- ', '− ');
const negative = (s: string): boolean => s !== '' && !s.startsWith('+');
const unit = fc.constantFrom('', '%', ' %', '\u00a0%', ' kr.', ' kr', 'kr');
const space = fc.constantFrom('', ' ', '  ', '\u00a0');

/** The value of a sign and decimal digits, as the text means it. */
function meant(signText: string, whole: string, fraction: string): number {
  const value = Number(`${whole}.${fraction || '0'}`);
  return negative(signText) ? -value : value;
}

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
}

/** A number written the Danish way: thousands dots (or spaces, or none), decimal comma. */
const danishNumber = fc
  .record({
    before: space,
    sign,
    whole: wholeDigits(18),
    fraction: decimalDigits(0, 8),
    grouping: fc.constantFrom('.', ' ', '\u00a0', ''),
    unit,
    after: space,
  })
  .map((r) => ({
    ...r,
    text: `${r.before}${r.sign}${groups(r.whole).join(r.grouping)}${r.fraction ? `,${r.fraction}` : ''}${r.unit}${r.after}`,
  }));

/** Text that is no valid Danish number, but a valid English one. */
const englishOnlyNumber = fc
  .record({
    sign,
    whole: wholeDigits(15),
    fraction: decimalDigits(1, 8),
    form: fc.constantFrom('point', 'commas', 'commasAndPoint', 'barePoint'),
    unit,
  })
  .filter(({ whole, fraction, form }) => {
    switch (form) {
      // `1.500` and `0.500` are Danish thousands; a point is English only otherwise.
      case 'point':
        return whole.length > 3 || fraction.length !== 3;
      // `1,071` is a Danish decimal; two or more commas are English only.
      case 'commas':
        return whole.length > 6;
      case 'commasAndPoint':
        return whole.length > 3;
      case 'barePoint':
        return true;
    }
    return false;
  })
  .map((r) => {
    const body =
      r.form === 'point'
        ? `${r.whole}.${r.fraction}`
        : r.form === 'commas'
          ? groups(r.whole).join(',')
          : r.form === 'commasAndPoint'
            ? `${groups(r.whole).join(',')}.${r.fraction}`
            : `.${r.fraction}`;
    const whole = r.form === 'barePoint' ? '0' : r.whole;
    const fraction = r.form === 'commas' ? '' : r.fraction;
    return { text: `${r.sign}${body}${r.unit}`, value: meant(r.sign, whole, fraction) };
  });

/** Digits of a finite double, the whole part in full (1e300 has 301 digits). */
function digitsOf(x: number, decimals: number): { whole: string; fraction: string } {
  const abs = Math.abs(x);
  if (abs < 1e21) {
    const [whole = '0', fraction = ''] = abs.toFixed(decimals).split('.');
    return { whole, fraction };
  }
  return { whole: BigInt(abs).toString(), fraction: '' };
}

describe('parseNumberText', () => {
  it('reads any number written the Danish way as that number, not English', () => {
    fc.assert(
      fc.property(danishNumber, (r) => {
        const parsed = parseNumberText(r.text);
        expect(parsed).not.toBeNull();
        if (!parsed) return;
        const expected = meant(r.sign, r.whole, r.fraction);
        expect(close(parsed.value, expected)).toBe(true);
        expect(parsed.english).toBe(false);
        expect(parsed.percent).toBe(r.unit.endsWith('%'));
      }),
      { numRuns: 500 },
    );
  });

  it('reads any finite double written with thousands dots and a decimal comma back within rounding', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 10 }),
        sign.filter((s) => s !== '+'),
        fc.constantFrom('', ' %'),
        (x, decimals, minus, percent) => {
          const { whole, fraction } = digitsOf(x, decimals);
          const signText = x < 0 || Object.is(x, -0) ? minus || '-' : '';
          const text = `${signText}${groups(whole).join('.')}${fraction ? `,${fraction}` : ''}${percent}`;
          const parsed = parseNumberText(text);
          expect(parsed).not.toBeNull();
          if (!parsed) return;
          const tolerance = 0.5 * 10 ** -decimals + Math.abs(x) * 1e-15;
          expect(Math.abs(parsed.value - x)).toBeLessThanOrEqual(tolerance);
          expect(parsed.english).toBe(false);
          expect(parsed.percent).toBe(percent !== '');
        },
      ),
      RUNS,
    );
  });

  it('reads text that is only an English number the English way', () => {
    fc.assert(
      fc.property(englishOnlyNumber, ({ text, value }) => {
        const parsed = parseNumberText(text);
        expect(parsed).not.toBeNull();
        if (!parsed) return;
        expect(close(parsed.value, value)).toBe(true);
        expect(parsed.english).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads 1.500 as 1500 and 1,500 as 1.5: a valid Danish reading always wins', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), decimalDigits(3, 3), (whole, three) => {
        expect(parseNumberText(`${whole}.${three}`)).toEqual({
          value: Number(`${whole}${three}`),
          english: false,
          percent: false,
        });
        expect(parseNumberText(`${whole},${three}`)).toEqual({
          value: Number(`${whole}.${three}`),
          english: false,
          percent: false,
        });
      }),
      RUNS,
    );
  });

  it('gives null, not Infinity, for digits beyond the range of a double', () => {
    fc.assert(
      fc.property(fc.integer({ min: 310, max: 400 }), sign, (length, signText) => {
        expect(parseNumberText(`${signText}${'9'.repeat(length)}`)).toBeNull();
      }),
      { numRuns: 50 },
    );
  });

  describe('never throws, and any reading it gives is a finite number', () => {
    const numberish = fc.string({
      unit: fc.constantFrom(...'0123456789.,-−–+% krKR\u00a0\u202feE\t'),
      maxLength: 30,
    });
    const arbitraries: [string, fc.Arbitrary<string>][] = [
      ['ASCII strings', fc.string({ maxLength: 40 })],
      ['full Unicode strings', fc.string({ unit: 'binary', maxLength: 40 })],
      ['grapheme strings', fc.string({ unit: 'grapheme', maxLength: 40 })],
      ['strings of number characters', numberish],
    ];

    it.each(arbitraries)('on %s', (_name, strings) => {
      fc.assert(
        fc.property(strings, (text) => {
          const parsed = parseNumberText(text);
          if (parsed === null) return;
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(Object.is(parsed.value, -0)).toBe(false);
          expect(typeof parsed.english).toBe('boolean');
          expect(parsed.percent).toBe(text.trim().endsWith('%'));
        }),
        RUNS,
      );
    });
  });
});
