import type { GoalSpec, ObservationSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

const obs = (Periode: string | number, Værdi: number): ObservationSpec => ({
  MålId: 'G1',
  Periode,
  Værdi,
});

function evaluate(goal: GoalSpec, observations: ObservationSpec[], reportPeriod: string) {
  return evaluateOne({ goals: [goal], observations }, reportPeriod);
}

/** Reduktion til from 444 (2013, t0 = 2013M12) to 411 (dec. 2015, t1 = 2015M12): 24 months. */
const REDUCE = VALID_GOALS['Reduktion til'];

describe('§4.2 Niveau: f = clamp((t − t0)/(t1 − t0), 0, 1)', () => {
  it.each([
    ['2013M06', 0],
    ['2013M12', 0],
    ['2014M06', 6 / 24],
    ['2015M07', 19 / 24],
    ['2015M12', 1],
  ])('data month %s gives f = %p', (month, f) => {
    expect(evaluate(REDUCE, [obs(month, 430)], '2016M06').timeFraction).toBe(f);
  });

  it('data after the target period is clamped to f = 1', () => {
    expect(evaluate(REDUCE, [obs('2016M03', 430)], '2016M06').timeFraction).toBe(1);
  });

  it('t is the end of the observation: the year 2014 ends 2014M12, 12 of 24 months', () => {
    expect(evaluate(REDUCE, [obs(2014, 430)], '2016M06').timeFraction).toBe(0.5);
  });

  it.each(['Minimum', 'Maksimum'] as const)(
    '%s has no baseline period: f = 1 and E = T at any time',
    (type) => {
      const result = evaluate(VALID_GOALS[type], [obs('2015M02', 50)], '2015M02');
      expect(result.timeFraction).toBe(1);
      expect(result.expected).toBe(VALID_GOALS[type].Målværdi);
      expect(result.final).toBe(false);
    },
  );
});

describe('§4.2 Akkumuleret: f = clamp((t − s1 + 1)/(t1 − s1 + 1), 0, 1)', () => {
  const cumulative = (Målperiode: string | number): GoalSpec => ({
    ...VALID_GOALS.Minimum,
    Målværdi: 12,
    Målperiode,
    Opgørelse: 'Akkumuleret',
  });

  it('data to July against a 2015 target gives 7/12', () => {
    const result = evaluate(cumulative(2015), [obs('jan-jul 2015', 4)], '2015M12');
    expect(result.timeFraction).toBe(7 / 12);
    expect(result.expected).toBe(7);
  });

  it('the first month of the target period already counts: 1/12', () => {
    expect(evaluate(cumulative(2015), [obs('2015M01', 1)], '2015M12').timeFraction).toBe(1 / 12);
  });

  it('a target period from July 2015 to June 2016, data to September: 3/12', () => {
    const result = evaluate(cumulative('2015M07-2016M06'), [obs('2015K3', 1)], '2016M06');
    expect(result.timeFraction).toBe(3 / 12);
    expect(result.expected).toBe(3);
  });

  it('the last month gives f = 1 and the result is final', () => {
    const result = evaluate(cumulative(2015), [obs(2015, 12)], '2015M12');
    expect(result).toMatchObject({ timeFraction: 1, expected: 12, final: true, status: 'met' });
  });
});

describe('§4.2 final: when t ≥ t1', () => {
  it.each([
    ['2015M11', false],
    ['2015M12', true],
    ['2015K4', true],
    ['2015', true],
  ])('Niveau goal ending dec. 2015 with data for %s: final = %p', (month, final) => {
    expect(evaluate(REDUCE, [obs(month, 400)], '2016M12').final).toBe(final);
  });

  it('final depends on the data month t, not on R', () => {
    expect(evaluate(REDUCE, [obs('2015M10', 400)], '2016M12').final).toBe(false);
  });
});

describe('§4.2 expected value E per family', () => {
  it('progress: E = B + (T − B)·f', () => {
    const result = evaluate(REDUCE, [obs('2015M07', 420)], '2015M07');
    expect(result.expected).toBeCloseTo(444 - 33 * (19 / 24), 10);
    expect(result.expected).toBeCloseTo(417.875, 10);
  });

  it('level, Niveau: E = T', () => {
    const goal = { ...VALID_GOALS.Fasthold, Baseline: 25 };
    const result = evaluate(goal, [obs('2015M03', 20)], '2015M03');
    expect(result).toMatchObject({ expected: 25, target: 25, timeFraction: 3 / 12 });
  });

  it('level, Akkumuleret: E = T·f', () => {
    const goal = { ...VALID_GOALS.Fasthold, Baseline: 24, Opgørelse: 'Akkumuleret' };
    const result = evaluate(goal, [obs('jan-mar 2015', 5)], '2015M03');
    expect(result).toMatchObject({ expected: 6, target: 24, timeFraction: 3 / 12 });
  });

  it('Retning and Milepæl have no E', () => {
    expect(evaluate(VALID_GOALS.Retning, [obs('2015M03', 100)], '2015M03').expected).toBeNull();
    const milestone = evaluateOne(
      {
        goals: [VALID_GOALS.Milepæl],
        observations: [{ MålId: 'G1', Periode: '2015M03', Milepælsstatus: 'Igangsat' }],
      },
      '2015M03',
    );
    expect(milestone).toMatchObject({ expected: null, actual: null, attainment: null });
  });
});
