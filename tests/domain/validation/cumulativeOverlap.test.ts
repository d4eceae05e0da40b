import type { GoalSpec, ObservationSpec } from '../../helpers/planBuilder';
import { analyzePlan, onlyFinding, resultFor, VALID_GOALS } from '../../helpers/planBuilder';

const CUMULATIVE: GoalSpec = {
  ...VALID_GOALS.Minimum,
  Id: 'C1',
  Målværdi: 100,
  Målperiode: 2015,
  Opgørelse: 'Akkumuleret',
};

function analyze(observations: ObservationSpec[], goal: GoalSpec = CUMULATIVE) {
  return analyzePlan({ goals: [goal], observations }, '2015M12');
}

const obs = (periode: string, værdi: number, område: string | null = null): ObservationSpec => ({
  MålId: 'C1',
  Periode: periode,
  Værdi: værdi,
  Område: område,
});

describe('check: overlapping periods on an Akkumuleret goal', () => {
  it('a year-to-date quarter and a month inside it are an error naming both periods', () => {
    const analysis = analyze([obs('2015K1', 10), obs('2015M02', 5)]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'OBS_OVERLAPPING_PERIODS',
      table: 'Opfolgning',
      row: 2,
      column: 'Periode',
      address: 'Opfolgning!B3',
      goalId: 'C1',
    });
    expect(finding.message.da).toBe(
      "Mål 'C1' opgøres akkumuleret, men perioderne 2015K1 og 2015M02 overlapper, så tallene kan ikke lægges sammen.",
    );
    expect(finding.message.en).toBe(
      "Goal 'C1' is cumulative, but the periods 2015K1 and 2015M02 overlap, so the figures cannot be added.",
    );
  });

  it('the error blocks the goal', () => {
    const analysis = analyze([obs('2015K1', 10), obs('2015M02', 5)]);
    const result = resultFor(analysis, 'C1');
    expect(result.status).toBe('invalid');
    expect(result.blockedBy.map((f) => f.code)).toEqual(['OBS_OVERLAPPING_PERIODS']);
    expect(result.explanation.da).toMatch(/^Kan ikke beregnes: Mål 'C1' opgøres akkumuleret/);
  });

  it('two spans that are not year-to-date and share a month are an error (canonical names)', () => {
    const finding = onlyFinding(analyze([obs('2015M02-2015M04', 3), obs('2015M04-2015M06', 4)]));
    expect(finding.code).toBe('OBS_OVERLAPPING_PERIODS');
    expect(finding.message.da).toContain('perioderne 2015M02-2015M04 og 2015K2 overlapper');
  });

  it('two year-to-date figures that overlap are fine (the latest is used)', () => {
    const analysis = analyze([obs('2015K1', 10), obs('jan-jun 2015', 24), obs('2015M01', 2)]);
    expect(analysis.findings).toEqual([]);
    expect(resultFor(analysis, 'C1')).toMatchObject({ status: 'off_track', actual: 24 });
  });

  it('figures that follow one another without overlap are fine', () => {
    const analysis = analyze([obs('2015K1', 10), obs('2015K2', 12), obs('2015M07', 4)]);
    expect(analysis.findings).toEqual([]);
    expect(resultFor(analysis, 'C1').actual).toBe(26);
  });

  it('overlaps outside the target period or in a benchmark area are ignored', () => {
    const analysis = analyze([
      obs('2014', 90),
      obs('2014H2', 50),
      obs('2015K1', 10),
      obs('2015M02', 30, 'Hele landet'),
    ]);
    expect(analysis.findings).toEqual([]);
    expect(resultFor(analysis, 'C1').actual).toBe(10);
  });

  it('the same overlap on a Niveau goal is fine', () => {
    const analysis = analyze([obs('2015K1', 10), obs('2015M02', 5)], {
      ...CUMULATIVE,
      Opgørelse: 'Niveau',
    });
    expect(analysis.findings).toEqual([]);
  });

  it('an own figure under the Kommune name overlaps an own figure with empty Område', () => {
    const analysis = analyzePlan(
      {
        goals: [CUMULATIVE],
        observations: [obs('2015K1', 10), obs('2015M02', 5, 'Ishøj')],
        settings: { Kommune: 'Ishøj' },
      },
      '2015M12',
    );
    expect(onlyFinding(analysis).code).toBe('OBS_OVERLAPPING_PERIODS');
  });
});
