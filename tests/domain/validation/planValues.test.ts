import type { GoalSpec } from '../../helpers/planBuilder';
import { analyzePlan, onlyFinding, VALID_GOALS } from '../../helpers/planBuilder';

function findingFor(goal: GoalSpec) {
  return onlyFinding(analyzePlan({ goals: [goal] }));
}

describe('check: an unknown value in a choice column, listing the allowed values', () => {
  it.each([
    {
      header: 'Måltype',
      address: 'Plan!I2',
      goal: { ...VALID_GOALS.Minimum, Måltype: 'Mindre end' },
      shown: 'Mindre end',
      allowedDa:
        "'Reduktion til', 'Stigning til', 'Reduktion pct', 'Stigning pct', 'Minimum', 'Maksimum', 'Fasthold', 'Benchmark', 'Retning' eller 'Milepæl'",
      allowedEn:
        "'Reduce to', 'Increase to', 'Reduce by pct', 'Increase by pct', 'Minimum', 'Maximum', 'Maintain', 'Benchmark', 'Direction' or 'Milestone'",
    },
    {
      header: 'Enhed',
      address: 'Plan!H2',
      goal: { ...VALID_GOALS.Minimum, Enhed: 'timer' },
      shown: 'timer',
      allowedDa:
        "'antal', 'personer', 'helårspersoner', 'fuldtidspersoner', 'forløb', 'procent', 'procentpoint' eller 'kr.'",
      allowedEn:
        "'count', 'persons', 'full-year persons', 'full-time persons', 'courses', 'percent', 'percentage points' or 'DKK'",
    },
    {
      header: 'Retning',
      address: 'Plan!J2',
      goal: { ...VALID_GOALS.Fasthold, Retning: 'sidelæns' },
      shown: 'sidelæns',
      allowedDa: "'Højere er bedre' eller 'Lavere er bedre'",
      allowedEn: "'Higher is better' or 'Lower is better'",
    },
    {
      header: 'Opgørelse',
      address: 'Plan!P2',
      goal: { ...VALID_GOALS.Minimum, Opgørelse: 'Gennemsnit' },
      shown: 'Gennemsnit',
      allowedDa: "'Niveau' eller 'Akkumuleret'",
      allowedEn: "'Level' or 'Cumulative'",
    },
    {
      header: 'Niveau',
      address: 'Plan!C2',
      goal: { ...VALID_GOALS.Minimum, Niveau: 'Delmål' },
      shown: 'Delmål',
      allowedDa: "'Resultatmål' eller 'Indsatsmål'",
      allowedEn: "'Result goal' or 'Effort goal'",
    },
  ])(
    "an unknown $header value '$shown' is an error listing the allowed values",
    ({ header, address, goal, shown, allowedDa, allowedEn }) => {
      const analysis = analyzePlan({ goals: [goal] });
      const finding = onlyFinding(analysis);
      expect(finding).toMatchObject({
        severity: 'error',
        code: 'UNKNOWN_VALUE',
        table: 'Plan',
        row: 1,
        column: header,
        address,
        goalId: 'G1',
      });
      expect(finding.message.da).toBe(
        `'${shown}' er ikke en gyldig værdi i '${header}'. Brug ${allowedDa}.`,
      );
      expect(finding.message.en).toBe(
        `'${shown}' is not a valid value for '${header}'. Use ${allowedEn}.`,
      );
      expect(analysis.results[0]?.status).toBe('invalid');
    },
  );

  it.each([
    ['Måltype', ' reduktion TIL '],
    ['Retning', 'ned'],
    ['Retning', 'Lower'],
    ['Enhed', 'Personer'],
    ['Opgørelse', 'akkumuleret'],
    ['Niveau', 'indsatsmål'],
  ] as const)('%s accepts %p (case and spaces ignored, aliases allowed)', (header, value) => {
    const goal = { ...VALID_GOALS['Reduktion til'], [header]: value };
    expect(analyzePlan({ goals: [goal] }).findings).toEqual([]);
  });
});

describe('check: Baseline equal to Målværdi for Reduktion til / Stigning til', () => {
  it.each(['Reduktion til', 'Stigning til'] as const)(
    '%s with B = T is an error on Målværdi',
    (type) => {
      const finding = findingFor({ ...VALID_GOALS[type], Baseline: 411, Målværdi: 411 });
      expect(finding).toMatchObject({
        severity: 'error',
        code: 'PLAN_BASELINE_EQUALS_TARGET',
        table: 'Plan',
        row: 1,
        column: 'Målværdi',
        address: 'Plan!M2',
      });
      expect(finding.message.da).toBe(
        'Baseline 411 og mål 411 er ens, så fremdriften kan ikke måles.',
      );
      expect(finding.message.en).toBe(
        'Baseline 411 and target 411 are equal, so progress cannot be measured.',
      );
    },
  );

  it('B and T equal after rounding to 10 decimals count as equal', () => {
    const finding = findingFor({
      ...VALID_GOALS['Stigning til'],
      Baseline: 0.1 + 0.2,
      Målværdi: 0.3,
    });
    expect(finding.code).toBe('PLAN_BASELINE_EQUALS_TARGET');
  });
});

describe('check: Baseline on the wrong side of Målværdi', () => {
  it('Reduktion til from 411 to 444 is an error: that is a rise', () => {
    const finding = findingFor({
      ...VALID_GOALS['Reduktion til'],
      Baseline: 411,
      Målværdi: 444,
    });
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'PLAN_BASELINE_WRONG_SIDE',
      table: 'Plan',
      row: 1,
      column: 'Målværdi',
      address: 'Plan!M2',
    });
    expect(finding.message.da).toBe(
      "Baseline 411 og mål 444 er en stigning, men måltypen er 'Reduktion til'.",
    );
    expect(finding.message.en).toBe(
      "Baseline 411 and target 444 make a rise, but the target type is 'Reduce to'.",
    );
  });

  it('Stigning til from 12 to 7,7 is an error: that is a fall', () => {
    const finding = findingFor({
      ...VALID_GOALS['Stigning til'],
      Baseline: 12,
      Målværdi: 7.7,
    });
    expect(finding.code).toBe('PLAN_BASELINE_WRONG_SIDE');
    expect(finding.message.da).toBe(
      "Baseline 12 og mål 7,7 er en reduktion, men måltypen er 'Stigning til'.",
    );
    expect(finding.message.en).toBe(
      "Baseline 12 and target 7.7 make a fall, but the target type is 'Increase to'.",
    );
  });
});

describe('check: a Retning that contradicts the target type', () => {
  it.each([
    ['Reduktion til', 'Højere er bedre', 'Higher is better'],
    ['Reduktion pct', 'op', 'Higher is better'],
    ['Maksimum', 'higher', 'Higher is better'],
    ['Stigning til', 'Lavere er bedre', 'Lower is better'],
    ['Stigning pct', 'ned', 'Lower is better'],
    ['Minimum', 'lower', 'Lower is better'],
  ] as const)('%s with Retning %p is an error on Retning', (type, retning, english) => {
    const finding = findingFor({ ...VALID_GOALS[type], Retning: retning });
    const danish = english === 'Higher is better' ? 'Højere er bedre' : 'Lavere er bedre';
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'PLAN_DIRECTION_CONFLICT',
      table: 'Plan',
      row: 1,
      column: 'Retning',
      address: 'Plan!J2',
    });
    expect(finding.message.da).toBe(`Retningen '${danish}' passer ikke til måltypen '${type}'.`);
    expect(finding.message.en).toContain(`'${english}'`);
  });

  it.each([
    ['Reduktion til', 'Lavere er bedre'],
    ['Stigning pct', 'op'],
    ['Minimum', 'Højere er bedre'],
    ['Maksimum', 'ned'],
  ] as const)('%s with the agreeing Retning %p is fine', (type, retning) => {
    expect(analyzePlan({ goals: [{ ...VALID_GOALS[type], Retning: retning }] }).findings).toEqual(
      [],
    );
  });
});

describe('check: a target period that ends before the baseline period', () => {
  it('Målperiode 2014 before Baselineperiode 2015 is an error on Målperiode', () => {
    const finding = findingFor({
      ...VALID_GOALS['Reduktion til'],
      Baselineperiode: 2015,
      Målperiode: 2014,
    });
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'PLAN_TARGET_BEFORE_BASELINE',
      table: 'Plan',
      row: 1,
      column: 'Målperiode',
      address: 'Plan!N2',
    });
    expect(finding.message.da).toBe('Målperioden (2014) slutter før baselineperioden (2015).');
    expect(finding.message.en).toBe(
      'The target period (2014) ends before the baseline period (2015).',
    );
  });

  it('the check compares end months: 2015K3 ends before 2015H2', () => {
    const finding = findingFor({
      ...VALID_GOALS.Retning,
      Baselineperiode: '2015H2',
      Målperiode: '2015K3',
    });
    expect(finding.code).toBe('PLAN_TARGET_BEFORE_BASELINE');
    expect(finding.message.da).toBe(
      'Målperioden (3. kvartal 2015) slutter før baselineperioden (2. halvår 2015).',
    );
  });

  it('a target period that ends in the same month as the baseline period is fine', () => {
    const goal = { ...VALID_GOALS.Retning, Baselineperiode: '2015K4', Målperiode: 2015 };
    expect(analyzePlan({ goals: [goal] }).findings).toEqual([]);
  });
});

describe('check: the percentage of Reduktion pct / Stigning pct', () => {
  it.each([0, 100, 120, -5])(
    'Reduktion pct with Målværdi %p is an error (needs 0 < T < 100)',
    (t) => {
      const finding = findingFor({ ...VALID_GOALS['Reduktion pct'], Målværdi: t });
      expect(finding).toMatchObject({
        severity: 'error',
        code: 'PLAN_PERCENT_OUT_OF_RANGE',
        table: 'Plan',
        row: 1,
        column: 'Målværdi',
        address: 'Plan!M2',
      });
      const shown = t < 0 ? `−${-t}` : String(t);
      expect(finding.message.da).toBe(
        `Målværdien ${shown} passer ikke til 'Reduktion pct': procenten skal være over 0 og under 100.`,
      );
      expect(finding.message.en).toContain(`${shown} does not fit 'Reduce by pct'`);
    },
  );

  it.each([0.5, 50, 99.5])('Reduktion pct with Målværdi %p is fine', (t) => {
    expect(
      analyzePlan({ goals: [{ ...VALID_GOALS['Reduktion pct'], Målværdi: t }] }).findings,
    ).toEqual([]);
  });

  it.each([0, -10])('Stigning pct with Målværdi %p is an error (needs T > 0)', (t) => {
    const finding = findingFor({ ...VALID_GOALS['Stigning pct'], Målværdi: t });
    expect(finding).toMatchObject({ code: 'PLAN_PERCENT_OUT_OF_RANGE', column: 'Målværdi' });
    expect(finding.message.da).toContain("passer ikke til 'Stigning pct'");
    expect(finding.message.da).toContain('procenten skal være over 0.');
  });

  it.each([0.1, 100, 250])('Stigning pct with Målværdi %p is fine', (t) => {
    expect(
      analyzePlan({ goals: [{ ...VALID_GOALS['Stigning pct'], Målværdi: t }] }).findings,
    ).toEqual([]);
  });
});

describe('warning: Slutværdi that does not match B·(1 ∓ T/100) within 0.5', () => {
  it('the Ishøj case: 15 % off 438 is 372,3, not 388', () => {
    const analysis = analyzePlan({ goals: [{ ...VALID_GOALS['Reduktion pct'], Slutværdi: 388 }] });
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'PLAN_END_VALUE_MISMATCH',
      table: 'Plan',
      row: 1,
      column: 'Slutværdi',
      address: 'Plan!O2',
      goalId: 'G1',
    });
    expect(finding.message.da).toBe(
      'Slutværdien 388 passer ikke til målet: 15 % mindre end 438 er 372,3. Beregningen bruger 372,3.',
    );
    expect(finding.message.en).toBe(
      'The end value 388 does not match the target: 15 % less than 438 is 372.3. The computation uses 372.3.',
    );
    expect(analysis.results[0]).toMatchObject({ status: 'no_data', target: 372.3 });
  });

  it.each([371.8, 372, 372.3, 372.8])(
    'Reduktion pct: Slutværdi %p is within 0.5 of 372,3: no warning',
    (endValue) => {
      const goal = { ...VALID_GOALS['Reduktion pct'], Slutværdi: endValue };
      expect(analyzePlan({ goals: [goal] }).findings).toEqual([]);
    },
  );

  it.each([371.79, 372.81])('Reduktion pct: Slutværdi %p is beyond 0.5: warning', (endValue) => {
    const goal = { ...VALID_GOALS['Reduktion pct'], Slutværdi: endValue };
    expect(onlyFinding(analyzePlan({ goals: [goal] })).code).toBe('PLAN_END_VALUE_MISMATCH');
  });

  it('Stigning pct: 10 % more than 200 is 220; Slutværdi 225 is a warning quoting both', () => {
    const goal = { ...VALID_GOALS['Stigning pct'], Slutværdi: 225 };
    const finding = onlyFinding(analyzePlan({ goals: [goal] }));
    expect(finding).toMatchObject({ severity: 'warning', code: 'PLAN_END_VALUE_MISMATCH' });
    expect(finding.message.da).toBe(
      'Slutværdien 225 passer ikke til målet: 10 % mere end 200 er 220. Beregningen bruger 220.',
    );
    expect(finding.message.en).toContain('10 % more than 200 is 220');
  });

  it('Stigning pct: Slutværdi 220,5 is within 0.5: no warning', () => {
    const goal = { ...VALID_GOALS['Stigning pct'], Slutværdi: 220.5 };
    expect(analyzePlan({ goals: [goal] }).findings).toEqual([]);
  });

  it('Slutværdi is not checked on other target types', () => {
    const goal = { ...VALID_GOALS['Reduktion til'], Slutværdi: 1 };
    expect(analyzePlan({ goals: [goal] }).findings).toEqual([]);
  });
});
