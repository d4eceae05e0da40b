import type { GoalResult } from '../../../src/domain/model/goalResult';
import { formatPeriod } from '../../../src/domain/periods/formatPeriod';
import type { GoalSpec, ObservationSpec, SettingsSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

const LEVEL: GoalSpec = { ...VALID_GOALS.Minimum, Målværdi: 100, Målperiode: 2015 };
const CUMULATIVE: GoalSpec = { ...LEVEL, Opgørelse: 'Akkumuleret' };

const obs = (Periode: string | number, Værdi: number, extra: ObservationSpec = {}) => ({
  MålId: 'G1',
  Periode,
  Værdi,
  ...extra,
});

function evaluate(
  goal: GoalSpec,
  observations: ObservationSpec[],
  reportPeriod: string,
  settings: SettingsSpec = { Kommune: 'Ishøj' },
) {
  return evaluateOne({ goals: [goal], observations, settings }, reportPeriod);
}

const periodOf = (result: GoalResult): string | null =>
  result.actualPeriod === null ? null : formatPeriod(result.actualPeriod);

describe('§4.1 Niveau: A is the own observation with the latest end', () => {
  it('the latest end month wins, whatever the row order', () => {
    const result = evaluate(
      LEVEL,
      [
        obs('2015M03', 10, { Kommentar: 'marts' }),
        obs('2015M05', 20, { Kommentar: 'maj' }),
        obs('2015M04', 30, { Kommentar: 'april' }),
      ],
      '2015M12',
    );
    expect(result).toMatchObject({ actual: 20, comment: 'maj' });
    expect(periodOf(result)).toBe('2015M05');
  });

  it('a quarter ending later beats a month ending earlier', () => {
    const result = evaluate(LEVEL, [obs('2015M05', 20), obs('2015K2', 30)], '2015M12');
    expect(result.actual).toBe(30);
    expect(periodOf(result)).toBe('2015K2');
  });

  it.each([
    [['2014M07-2015M06', '2015', '2015H1', '2015K2', '2015M06'], '2015M06'],
    [['2014M07-2015M06', '2015H1', '2015K2'], '2015K2'],
    [['2015K2', '2015H1', '2014M07-2015M06'], '2015K2'],
    [['2014M07-2015M06', '2015H1'], '2015H1'],
  ])('several ending in the same month: the shortest span wins (%j → %s)', (periods, chosen) => {
    const values = periods.map((p, i) => obs(p, i + 1));
    const result = evaluate(LEVEL, values, '2015M06');
    expect(periodOf(result)).toBe(chosen);
    expect(result.actual).toBe(periods.indexOf(chosen) + 1);
  });

  it('a year and a span ending in the same month: the year is shorter', () => {
    const result = evaluate(LEVEL, [obs('2013M07-2014M12', 1), obs(2014, 2)], '2015M06');
    expect(result.actual).toBe(2);
  });
});

describe('§4.1: only own observations count', () => {
  it('a benchmark area figure is not A, even when it is later', () => {
    const result = evaluate(
      LEVEL,
      [obs('2015M05', 10), obs('2015M06', 99, { Område: 'Hele landet' })],
      '2015M06',
    );
    expect(result.actual).toBe(10);
  });

  it('the Kommune name in Område, in any case and with spaces, is own', () => {
    const result = evaluate(
      LEVEL,
      [obs('2015M05', 10), obs('2015M06', 12, { Område: '  iSHØJ ' })],
      '2015M06',
    );
    expect(result.actual).toBe(12);
  });

  it('without a Kommune setting, only an empty Område is own', () => {
    const result = evaluate(
      LEVEL,
      [obs('2015M05', 10), obs('2015M06', 12, { Område: 'Ishøj' })],
      '2015M06',
      {},
    );
    expect(result.actual).toBe(10);
  });

  it('a plan with only benchmark area figures has no data', () => {
    const result = evaluate(LEVEL, [obs('2015M06', 12, { Område: 'Brøndby' })], '2015M06');
    expect(result).toMatchObject({ status: 'no_data', actual: null, final: false });
  });
});

describe('§4.1: only observations ending no later than end(R) count', () => {
  const observations = [obs('2015M06', 10), obs('2015M07', 50), obs('2015K3', 70), obs(2015, 90)];

  it.each([
    ['2015M06', 10],
    ['2015K2', 10],
    ['2015M07', 50],
    ['2015M08', 50],
    ['2015K3', 70],
    ['2015', 90],
  ])('R = %s gives A = %p', (reportPeriod, actual) => {
    expect(evaluate(LEVEL, observations, reportPeriod).actual).toBe(actual);
  });

  it('nothing up to R: no_data, not final, saying so', () => {
    const result = evaluate(LEVEL, observations, '2015M05');
    expect(result).toMatchObject({
      status: 'no_data',
      final: false,
      actual: null,
      expected: null,
      attainment: null,
      target: 100,
    });
    expect(result.explanation.da).toBe('Ingen opfølgningstal til og med maj 2015.');
    expect(result.explanation.en).toBe('No follow-up figures up to May 2015.');
  });

  it('R from the Rapportperiode setting works the same way', () => {
    const result = evaluateOne({
      goals: [LEVEL],
      observations,
      settings: { Rapportperiode: 'juli 2015' },
    });
    expect(result.actual).toBe(50);
  });
});

describe('§4.1 Akkumuleret: A adds up own figures inside the target period', () => {
  it('year-to-date figures: the latest one plus every figure starting after it', () => {
    const result = evaluate(
      CUMULATIVE,
      [
        obs('2015K1', 10),
        obs('jan-maj 2015', 20),
        obs('2015M06', 5),
        obs('2015M07', 3, { Kommentar: 'juli' }),
      ],
      '2015M12',
    );
    expect(result).toMatchObject({ actual: 28, comment: 'juli', timeFraction: 7 / 12 });
    expect(periodOf(result)).toBe('2015M01-2015M07');
  });

  it('a year-to-date figure and the next quarter make a half-year', () => {
    const result = evaluate(CUMULATIVE, [obs('2015K1', 10), obs('2015K2', 7)], '2015M12');
    expect(result.actual).toBe(17);
    expect(periodOf(result)).toBe('2015H1');
  });

  it('without year-to-date figures, all figures inside the target period are added', () => {
    const result = evaluate(
      CUMULATIVE,
      [obs('2015M02', 3), obs('2015M05', 2), obs('2015M03', 4)],
      '2015M12',
    );
    expect(result).toMatchObject({ actual: 9, timeFraction: 5 / 12 });
    expect(periodOf(result)).toBe('2015M02-2015M05');
  });

  it('figures before the target period (the baseline year) are ignored', () => {
    const result = evaluate(
      CUMULATIVE,
      [obs(2014, 90), obs('2014M12', 5), obs('2014M12-2015M02', 8), obs('2015M02', 3)],
      '2015M12',
    );
    expect(result.actual).toBe(3);
    expect(periodOf(result)).toBe('2015M02');
  });

  it('figures ending after R are ignored', () => {
    const result = evaluate(
      CUMULATIVE,
      [obs('jan-jun 2015', 20), obs('jan-sep 2015', 40), obs('2015M10', 4)],
      '2015M06',
    );
    expect(result.actual).toBe(20);
    expect(periodOf(result)).toBe('2015H1');
  });

  it('benchmark area figures are not added', () => {
    const result = evaluate(
      CUMULATIVE,
      [obs('2015M02', 3), obs('2015M03', 400, { Område: 'Hele landet' })],
      '2015M12',
    );
    expect(result.actual).toBe(3);
  });

  it('only figures before the target period: no_data in the target period', () => {
    const result = evaluate(CUMULATIVE, [obs(2014, 90)], '2015M12');
    expect(result).toMatchObject({ status: 'no_data', final: false, actual: null });
    expect(result.explanation.da).toBe(
      'Ingen opfølgningstal i målperioden til og med december 2015.',
    );
    expect(result.explanation.en).toBe(
      'No follow-up figures in the target period up to December 2015.',
    );
  });
});
