import fc from 'fast-check';
import { formatMonth, formatPeriod } from '../../../src/domain/periods/formatPeriod';
import { labelPeriod } from '../../../src/domain/periods/labelPeriod';
import { DANISH_MONTHS } from '../../../src/domain/periods/monthNames';
import { parsePeriod } from '../../../src/domain/periods/parsePeriod';
import type { Period } from '../../../src/domain/periods/period';
import { comparePeriods, periodOfMonths, yearMonth } from '../../../src/domain/periods/period';
import { periodArb, sloppy } from './arbitraries';

const RUNS = { numRuns: 300 };

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The period a text reads as, or the reason it does not read. */
function read(text: string): Period | string {
  const parsed = parsePeriod(text);
  return parsed.ok ? parsed.period : `unreadable (${parsed.reason}): '${text}'`;
}

/** Every way the spec lets a user write a Danish month name: full, 3 letters, 3 letters + dot. */
function monthWord(month: number): fc.Arbitrary<string> {
  const full = DANISH_MONTHS[month - 1] ?? '';
  return fc.constantFrom(full, full.slice(0, 3), `${full.slice(0, 3)}.`);
}

const dash = fc.constantFrom('-', '–', ' - ', ' – ', '—', '−');

/** The accepted surface forms of a period, as in domain §2, before case and padding. */
function surfaceForms(period: Period): fc.Arbitrary<string> {
  const start = yearMonth(period.start);
  const end = yearMonth(period.end);
  const y = start.year;
  const forms: fc.Arbitrary<string>[] = [fc.constant(formatPeriod(period))];
  switch (period.kind) {
    case 'year':
      forms.push(fc.constantFrom(`${y}`, `år ${y}`));
      break;
    case 'half': {
      const h = Math.ceil(start.month / 6);
      forms.push(fc.constantFrom(`${y}H${h}`, `${h}. halvår ${y}`, `H${h} ${y}`));
      break;
    }
    case 'quarter': {
      const q = Math.ceil(start.month / 3);
      forms.push(
        fc.constantFrom(`${y}K${q}`, `${y}Q${q}`, `${q}. kvartal ${y}`, `K${q} ${y}`, `Q${q} ${y}`),
      );
      break;
    }
    case 'month': {
      const m = start.month;
      forms.push(
        fc.constantFrom(`${y}M${pad2(m)}`, `${y}-${pad2(m)}`, `${y}-${m}`),
        monthWord(m).map((word) => `${word} ${y}`),
        monthWord(m).map((word) => `ultimo ${word} ${y}`),
      );
      if (m === 12) forms.push(fc.constantFrom(`ultimo ${y}`, `udgangen af ${y}`));
      break;
    }
    case 'span':
      forms.push(
        dash.map((d) => `${formatMonth(period.start)}${d}${formatMonth(period.end)}`),
        fc
          .tuple(monthWord(start.month), dash, monthWord(end.month))
          .map(([a, d, b]) => `${a} ${start.year}${d}${b} ${end.year}`),
      );
      if (start.year === end.year) {
        forms.push(
          fc
            .tuple(monthWord(start.month), dash, monthWord(end.month))
            .map(([a, d, b]) => `${a}${d}${b} ${y}`),
          dash.map((d) => `${y}M${pad2(start.month)}${d}M${pad2(end.month)}`),
        );
      }
      if (start.month % 3 === 1 && end.month % 3 === 0) {
        const q1 = Math.ceil(start.month / 3);
        const q2 = Math.ceil(end.month / 3);
        forms.push(dash.map((d) => `${start.year}K${q1}${d}${end.year}K${q2}`));
      }
      break;
  }
  return fc.oneof(...forms);
}

const periodWithForm = periodArb().chain((period) =>
  surfaceForms(period)
    .chain(sloppy)
    .map((text) => ({ period, text })),
);

describe('periods: format, parse, label and order', () => {
  it('formatPeriod then parsePeriod gives the same start, end and kind back', () => {
    fc.assert(
      fc.property(periodArb(), (period) => {
        expect(read(formatPeriod(period))).toEqual(period);
      }),
      RUNS,
    );
  });

  it('periodOfMonths gives a period back from its own months, never ending before it starts', () => {
    fc.assert(
      fc.property(periodArb(), (period) => {
        expect(periodOfMonths(period.start, period.end)).toEqual(period);
        expect(period.end).toBeGreaterThanOrEqual(period.start);
      }),
      RUNS,
    );
  });

  it('every accepted Danish surface form of a period, in any case and padding, reads as that period', () => {
    fc.assert(
      fc.property(periodWithForm, ({ period, text }) => {
        expect(read(text)).toEqual(period);
      }),
      { numRuns: 500 },
    );
  });

  it('a span written end first reads as end-before-start, never as a period', () => {
    fc.assert(
      fc.property(
        periodArb().filter((p) => p.end > p.start),
        (period) => {
          const parsed = parsePeriod(`${formatMonth(period.end)}-${formatMonth(period.start)}`);
          expect(parsed).toEqual({ ok: false, reason: 'endBeforeStart' });
        },
      ),
      RUNS,
    );
  });

  it('labelPeriod never throws and is non-empty, in Danish and English', () => {
    fc.assert(
      fc.property(periodArb(), (period) => {
        for (const language of ['da', 'en'] as const) {
          const label = labelPeriod(period, language);
          expect(typeof label).toBe('string');
          expect(label.trim()).not.toBe('');
        }
      }),
      RUNS,
    );
  });

  it('the label of a period, Danish or English, reads back as the same period', () => {
    fc.assert(
      fc.property(periodArb(), (period) => {
        expect(read(labelPeriod(period, 'da'))).toEqual(period);
        expect(read(labelPeriod(period, 'en'))).toEqual(period);
      }),
      RUNS,
    );
  });

  describe('comparePeriods is a consistent total order', () => {
    // Periods from a few years only, so that equal ends and equal lengths are common.
    const near = periodArb(2014, 2016);
    const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

    it('is reflexive, and 0 only for the same months', () => {
      fc.assert(
        fc.property(near, near, (a, b) => {
          expect(comparePeriods(a, a)).toBe(0);
          const same = a.start === b.start && a.end === b.end;
          expect(comparePeriods(a, b) === 0).toBe(same);
        }),
        RUNS,
      );
    });

    it('is antisymmetric: compare(a, b) and compare(b, a) have opposite signs', () => {
      fc.assert(
        fc.property(near, near, (a, b) => {
          expect(sign(comparePeriods(a, b)) + sign(comparePeriods(b, a))).toBe(0);
        }),
        RUNS,
      );
    });

    it('is transitive: a ≤ b and b ≤ c give a ≤ c', () => {
      fc.assert(
        fc.property(near, near, near, (a, b, c) => {
          const [x, y, z] = [a, b, c].sort(comparePeriods) as [Period, Period, Period];
          expect(comparePeriods(x, y)).toBeLessThanOrEqual(0);
          expect(comparePeriods(y, z)).toBeLessThanOrEqual(0);
          expect(comparePeriods(x, z)).toBeLessThanOrEqual(0);
          if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) {
            expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
          }
        }),
        RUNS,
      );
    });

    it('orders by end month first, then the shorter period first', () => {
      fc.assert(
        fc.property(near, near, (a, b) => {
          if (a.end !== b.end) expect(sign(comparePeriods(a, b))).toBe(sign(a.end - b.end));
          else if (a.start !== b.start) {
            expect(sign(comparePeriods(a, b))).toBe(sign(b.start - a.start));
          }
        }),
        RUNS,
      );
    });
  });
});
