import type { GoalSpec, ObservationSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

const obs = (Periode: string, Værdi: number): ObservationSpec => ({ MålId: 'G1', Periode, Værdi });

/** A cumulative goal over January–February 2015, so figures for both months are final. */
const twoMonths = (goal: GoalSpec): GoalSpec => ({
  ...goal,
  Målperiode: '2015M01-2015M02',
  Opgørelse: 'Akkumuleret',
});

describe('§4.4 numbers are compared after rounding to 10 decimals', () => {
  it('Maksimum 0,3: 0,1 + 0,2 is at most 0,3, so met with attainment 1', () => {
    expect(0.1 + 0.2 > 0.3).toBe(true);
    const goal = twoMonths({ ...VALID_GOALS.Maksimum, Enhed: 'procentpoint', Målværdi: 0.3 });
    const result = evaluateOne(
      { goals: [goal], observations: [obs('2015M01', 0.1), obs('2015M02', 0.2)] },
      '2015M02',
    );
    expect(result.actual).toBeCloseTo(0.3, 12);
    expect(result).toMatchObject({ status: 'met', final: true, attainment: 1 });
  });

  it('Minimum 0,8: 0,7 + 0,1 is at least 0,8, so met', () => {
    expect(0.7 + 0.1 < 0.8).toBe(true);
    const goal = twoMonths({ ...VALID_GOALS.Minimum, Enhed: 'procentpoint', Målværdi: 0.8 });
    const result = evaluateOne(
      { goals: [goal], observations: [obs('2015M01', 0.7), obs('2015M02', 0.1)] },
      '2015M02',
    );
    expect(result).toMatchObject({ status: 'met', final: true });
  });

  it('Retning from 0,3: 0,1 + 0,2 is unchanged, not a rise', () => {
    const goal: GoalSpec = {
      ...VALID_GOALS.Retning,
      Retning: 'Højere er bedre',
      Enhed: 'procentpoint',
      Baseline: 0.3,
      Opgørelse: 'Akkumuleret',
    };
    const result = evaluateOne(
      { goals: [goal], observations: [obs('2015M01', 0.1), obs('2015M02', 0.2)] },
      '2015M02',
    );
    expect(result.status).toBe('at_risk');
  });

  it('Stigning til 0,1 → 0,5: 0,3 at half time is exactly on pace, though P computes below 0,5', () => {
    expect((0.3 - 0.1) / (0.5 - 0.1) < 0.5).toBe(true);
    const goal: GoalSpec = {
      ...VALID_GOALS['Stigning til'],
      Enhed: 'procentpoint',
      Baseline: 0.1,
      Målværdi: 0.5,
    };
    const result = evaluateOne({ goals: [goal], observations: [obs('2015M06', 0.3)] }, '2015M06');
    expect(result).toMatchObject({ status: 'on_track', timeFraction: 0.5 });
  });
});

describe('§4.4 a no_data result is never final', () => {
  it.each(Object.keys(VALID_GOALS).filter((t) => t !== 'Milepæl'))(
    '%s without figures, long after its target period, is no_data and not final',
    (type) => {
      const goal = VALID_GOALS[type as keyof typeof VALID_GOALS];
      const result = evaluateOne({ goals: [goal] }, '2017M12');
      expect(result).toMatchObject({ status: 'no_data', final: false, actual: null });
    },
  );
});
