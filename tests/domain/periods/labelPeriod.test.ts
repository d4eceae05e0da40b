import { labelPeriod } from '../../../src/domain/periods/labelPeriod';
import { parsePeriod } from '../../../src/domain/periods/parsePeriod';
import type { Period } from '../../../src/domain/periods/period';

function read(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(`'${text}' was not read: ${result.reason}`);
  return result.period;
}

describe('labelPeriod: Danish labels as the report shows them (domain §2)', () => {
  it.each([
    ['2015', '2015'],
    ['2015H1', '1. halvår 2015'],
    ['2015H2', '2. halvår 2015'],
    ['2015K1', '1. kvartal 2015'],
    ['2015K3', '3. kvartal 2015'],
    ['2015M07', 'juli 2015'],
    ['2015M01', 'januar 2015'],
    ['2015M03', 'marts 2015'],
    ['2015M05', 'maj 2015'],
    ['2014M12', 'december 2014'],
    ['2015M01-2015M07', 'jan.–jul. 2015'],
    ['2015M03-2015M07', 'mar.–jul. 2015'],
    ['2015M05-2015M08', 'maj–aug. 2015'],
    ['2015M09-2015M11', 'sep.–nov. 2015'],
    ['2015M10-2015M11', 'okt.–nov. 2015'],
    ['2014M10-2015M03', 'okt. 2014–mar. 2015'],
    ['2014M01-2015M12', '2014–2015'],
  ])('labels %s as "%s"', (text, label) => {
    expect(labelPeriod(read(text))).toBe(label);
    expect(labelPeriod(read(text), 'da')).toBe(label);
  });

  it('labels a span that is exactly a calendar half-year as that half-year', () => {
    expect(labelPeriod(read('2015K1-2015K2'))).toBe('1. halvår 2015');
  });
});

describe('labelPeriod: English labels', () => {
  it.each([
    ['2015', '2015'],
    ['2015H1', 'H1 2015'],
    ['2015H2', 'H2 2015'],
    ['2015K3', 'Q3 2015'],
    ['2015M07', 'July 2015'],
    ['2015M05', 'May 2015'],
    ['2015M01-2015M07', 'Jan–Jul 2015'],
    ['2014M10-2015M03', 'Oct 2014–Mar 2015'],
    ['2014M01-2015M12', '2014–2015'],
  ])('labels %s as "%s"', (text, label) => {
    expect(labelPeriod(read(text), 'en')).toBe(label);
  });
});
