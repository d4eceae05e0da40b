import type { GoalSpec, ObservationSpec } from '../../helpers/planBuilder';
import {
  analyzePlan,
  findingsWith,
  onlyFinding,
  resultFor,
  VALID_GOALS,
} from '../../helpers/planBuilder';

const COUNT: GoalSpec = { ...VALID_GOALS.Minimum, Id: 'N1', Målværdi: 95 };
const SHARE: GoalSpec = { ...VALID_GOALS.Minimum, Id: 'P1', Enhed: 'procent', Målværdi: 60 };
const MILESTONE: GoalSpec = { ...VALID_GOALS.Milepæl, Id: 'M1', Målperiode: 2015 };

function analyze(observations: ObservationSpec[], goals: GoalSpec[] = [COUNT, SHARE, MILESTONE]) {
  return analyzePlan({ goals, observations, settings: { Kommune: 'Ishøj' } }, '2015M06');
}

describe('check: a MålId that is not in the plan', () => {
  it('is an error on the MålId cell, and the row is dropped', () => {
    const analysis = analyze([{ MålId: 'X9', Periode: '2015M06', Værdi: 3 }]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'OBS_UNKNOWN_GOAL',
      table: 'Opfolgning',
      row: 1,
      column: 'MålId',
      address: 'Opfolgning!A2',
      goalId: 'X9',
    });
    expect(finding.message.da).toBe("MålId 'X9' findes ikke i 'Plan'; rækken springes over.");
    expect(finding.message.en).toBe("Goal id 'X9' is not in 'Plan'; the row is skipped.");
    expect(analysis.observations).toEqual([]);
  });
});

describe('check: a period that cannot be read', () => {
  it('is an error on the Periode cell quoting the text, and the row is dropped', () => {
    const analysis = analyze([
      { MålId: 'N1', Periode: '2015M05', Værdi: 40 },
      { MålId: 'N1', Periode: 'sommer 2015', Værdi: 60 },
    ]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'PERIOD_UNREADABLE',
      table: 'Opfolgning',
      row: 2,
      column: 'Periode',
      address: 'Opfolgning!B3',
      goalId: 'N1',
    });
    expect(finding.message.da).toContain("Perioden 'sommer 2015' kan ikke læses.");
    expect(finding.message.en).toContain("The period 'sommer 2015' cannot be read.");
    expect(analysis.observations).toHaveLength(1);
    expect(resultFor(analysis, 'N1')).toMatchObject({ status: 'off_track', actual: 40 });
  });

  it('an empty Periode is a missing required value', () => {
    const finding = onlyFinding(analyze([{ MålId: 'N1', Værdi: 40 }]));
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'REQUIRED_VALUE_MISSING',
      table: 'Opfolgning',
      row: 1,
      column: 'Periode',
      address: 'Opfolgning!B2',
    });
  });
});

describe('check: a duplicate row (same goal, period and area)', () => {
  it('the second row is an error naming the first row, and is dropped', () => {
    const analysis = analyze([
      { MålId: 'N1', Periode: '2015M06', Værdi: 40 },
      { MålId: 'P1', Periode: '2015M06', Værdi: 50 },
      { MålId: 'N1', Periode: '2015M06', Værdi: 99 },
    ]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'OBS_DUPLICATE',
      table: 'Opfolgning',
      row: 3,
      column: 'Periode',
      address: 'Opfolgning!B4',
      goalId: 'N1',
    });
    expect(finding.message.da).toBe(
      "Mål 'N1' har allerede et tal for 2015M06 og samme område (række 1); rækken springes over.",
    );
    expect(finding.message.en).toBe(
      "Goal 'N1' already has a figure for 2015M06 and the same area (row 1); the row is skipped.",
    );
    expect(resultFor(analysis, 'N1').actual).toBe(40);
  });

  it.each([
    ['an empty Område', 'the Kommune name', null, 'Ishøj'],
    ['the Kommune name', 'it in other case and spaces', 'Ishøj', '  ISHØJ '],
    ['a benchmark area', 'it in other case', 'Hele landet', 'hele LANDET'],
  ])('%s and %s are the same area', (_a, _b, first, second) => {
    const analysis = analyze([
      { MålId: 'N1', Periode: '2015M06', Område: first, Værdi: 40 },
      { MålId: 'N1', Periode: '2015M06', Område: second, Værdi: 99 },
    ]);
    expect(onlyFinding(analysis)).toMatchObject({ code: 'OBS_DUPLICATE', row: 2 });
  });

  it('the same period written two ways is the same period: 2015K1 and jan-mar 2015', () => {
    const analysis = analyze([
      { MålId: 'N1', Periode: '2015K1', Værdi: 40 },
      { MålId: 'N1', Periode: 'jan-mar 2015', Værdi: 99 },
    ]);
    const finding = onlyFinding(analysis);
    expect(finding.code).toBe('OBS_DUPLICATE');
    expect(finding.message.da).toContain('for 2015K1 og samme område (række 1)');
  });

  it('the same goal and period in different areas, or different periods, are no duplicates', () => {
    const analysis = analyze([
      { MålId: 'N1', Periode: '2015M06', Værdi: 40 },
      { MålId: 'N1', Periode: '2015M06', Område: 'Hele landet', Værdi: 45 },
      { MålId: 'N1', Periode: '2015M06', Område: 'Brøndby', Værdi: 41 },
      { MålId: 'N1', Periode: '2015K2', Værdi: 39 },
      { MålId: 'P1', Periode: '2015M06', Værdi: 40 },
    ]);
    expect(analysis.findings).toEqual([]);
    expect(analysis.observations).toHaveLength(5);
  });
});

describe('check: a missing value for a numeric goal', () => {
  it('is an error on the Værdi cell; the row is dropped, not the goal', () => {
    const analysis = analyze([
      { MålId: 'N1', Periode: '2015M05', Værdi: 50 },
      { MålId: 'N1', Periode: '2015M06' },
    ]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'OBS_VALUE_MISSING',
      table: 'Opfolgning',
      row: 2,
      column: 'Værdi',
      address: 'Opfolgning!D3',
      goalId: 'N1',
    });
    expect(finding.message.da).toBe("Værdi mangler for mål 'N1'; rækken springes over.");
    expect(finding.message.en).toBe("The value for goal 'N1' is missing; the row is skipped.");
    const result = resultFor(analysis, 'N1');
    expect(result).toMatchObject({ status: 'off_track', actual: 50, blockedBy: [] });
    expect(result.actualPeriod).toMatchObject({ kind: 'month' });
  });

  it('a milestone row needs no value', () => {
    const analysis = analyze([{ MålId: 'M1', Periode: '2015M05', Milepælsstatus: 'Igangsat' }]);
    expect(analysis.findings).toEqual([]);
  });
});

describe('check: a milestone row without Milepælsstatus', () => {
  it('with a value, it is an error on the Milepælsstatus cell that mentions the value', () => {
    const analysis = analyze([{ MålId: 'M1', Periode: '2015M05', Værdi: 1 }]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'OBS_MILESTONE_STATUS_MISSING',
      table: 'Opfolgning',
      row: 1,
      column: 'Milepælsstatus',
      address: 'Opfolgning!E2',
      goalId: 'M1',
    });
    expect(finding.message.da).toBe(
      "Mål 'M1' er en milepæl og har en værdi, men mangler Milepælsstatus; rækken springes over.",
    );
    expect(finding.message.en).toBe(
      "Goal 'M1' is a milestone and has a value, but has no milestone status; the row is skipped.",
    );
    expect(analysis.observations).toEqual([]);
  });

  it('without a value either, it is the same error', () => {
    const finding = onlyFinding(analyze([{ MålId: 'M1', Periode: '2015M05', Kommentar: 'x' }]));
    expect(finding.code).toBe('OBS_MILESTONE_STATUS_MISSING');
    expect(finding.message.da).toBe(
      "Mål 'M1' er en milepæl, men rækken mangler Milepælsstatus; rækken springes over.",
    );
  });
});

describe('check: an unknown Milepælsstatus', () => {
  it('is an error listing the allowed statuses, and the row is dropped', () => {
    const analysis = analyze([{ MålId: 'M1', Periode: '2015M05', Milepælsstatus: 'Halvvejs' }]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'UNKNOWN_VALUE',
      table: 'Opfolgning',
      row: 1,
      column: 'Milepælsstatus',
      address: 'Opfolgning!E2',
      goalId: 'M1',
    });
    expect(finding.message.da).toBe(
      "'Halvvejs' er ikke en gyldig værdi i 'Milepælsstatus'. Brug 'Ikke startet', 'Igangsat', 'Gennemført', 'Forsinket' eller 'Opgivet'.",
    );
    expect(finding.message.en).toBe(
      "'Halvvejs' is not a valid value for 'Milepælsstatus'. Use 'Not started', 'Started', 'Done', 'Delayed' or 'Abandoned'.",
    );
    expect(analysis.observations).toEqual([]);
    expect(resultFor(analysis, 'M1').status).toBe('not_started');
  });
});

describe('warning: a value below zero for a count unit', () => {
  it.each([
    ['antal', 'count'],
    ['personer', 'persons'],
    ['helårspersoner', 'full-year persons'],
    ['fuldtidspersoner', 'full-time persons'],
    ['forløb', 'courses'],
  ])('%s: −3 is a warning on the Værdi cell, and the row still counts', (unit, english) => {
    const analysis = analyze(
      [{ MålId: 'N1', Periode: '2015M06', Værdi: -3 }],
      [{ ...COUNT, Enhed: unit }],
    );
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'OBS_NEGATIVE_COUNT',
      table: 'Opfolgning',
      row: 1,
      column: 'Værdi',
      address: 'Opfolgning!D2',
      goalId: 'N1',
    });
    expect(finding.message.da).toBe(`Værdien −3 er under 0, men enheden er '${unit}'.`);
    expect(finding.message.en).toBe(`The value −3 is below 0, but the unit is '${english}'.`);
    expect(resultFor(analysis, 'N1')).toMatchObject({ actual: -3, status: 'off_track' });
  });

  it.each(['procentpoint', 'kr.'])('%s: a negative value is no warning', (unit) => {
    const analysis = analyze(
      [{ MålId: 'N1', Periode: '2015M06', Værdi: -3 }],
      [{ ...COUNT, Enhed: unit }],
    );
    expect(analysis.findings).toEqual([]);
  });

  it('a count of 0 is no warning', () => {
    expect(analyze([{ MålId: 'N1', Periode: '2015M06', Værdi: 0 }]).findings).toEqual([]);
  });
});

describe('warning: a procent value above 100', () => {
  it('101 % is a warning on the Værdi cell, and the row still counts', () => {
    const analysis = analyze([{ MålId: 'P1', Periode: '2015M06', Værdi: 101 }]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'OBS_PERCENT_OVER_100',
      table: 'Opfolgning',
      row: 1,
      column: 'Værdi',
      address: 'Opfolgning!D2',
    });
    expect(finding.message.da).toBe("Værdien 101 er over 100, men enheden er 'procent'.");
    expect(finding.message.en).toBe("The value 101 is above 100, but the unit is 'percent'.");
    expect(resultFor(analysis, 'P1')).toMatchObject({ actual: 101, status: 'on_track' });
  });

  it('exactly 100 % is no warning; above 100 for a count unit is none either', () => {
    const analysis = analyze([
      { MålId: 'P1', Periode: '2015M06', Værdi: 100 },
      { MålId: 'N1', Periode: '2015M06', Værdi: 101 },
    ]);
    expect(analysis.findings).toEqual([]);
  });
});

describe('warning: a procent goal whose figures and target use different scales', () => {
  it('figures all ≤ 1 against a target of 60 is a warning on the Plan row’s Målværdi', () => {
    const analysis = analyze([
      { MålId: 'P1', Periode: '2015M05', Værdi: 0.37 },
      { MålId: 'P1', Periode: '2015M06', Værdi: 0.45 },
    ]);
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'warning',
      code: 'PLAN_MIXED_PERCENT_SCALE',
      table: 'Plan',
      row: 2,
      column: 'Målværdi',
      address: 'Plan!M3',
      goalId: 'P1',
    });
    expect(finding.message.da).toContain('Målet er 60 procent');
    expect(finding.message.en).toContain('The target is 60 percent');
    expect(resultFor(analysis, 'P1').status).toBe('off_track');
  });

  it('figures above 1 against a target of 0,6 is the same warning', () => {
    const analysis = analyze(
      [{ MålId: 'P1', Periode: '2015M06', Værdi: 45 }],
      [{ ...SHARE, Målværdi: 0.6 }],
    );
    const finding = onlyFinding(analysis);
    expect(finding.code).toBe('PLAN_MIXED_PERCENT_SCALE');
    expect(finding.message.da).toContain('Målet er 0,6 procent');
  });

  it('figures on both scales, or only a benchmark area on the other scale, give no warning', () => {
    const mixed = analyze([
      { MålId: 'P1', Periode: '2015M05', Værdi: 0.37 },
      { MålId: 'P1', Periode: '2015M06', Værdi: 45 },
    ]);
    expect(mixed.findings).toEqual([]);
    const benchmark = analyze([
      { MålId: 'P1', Periode: '2015M06', Værdi: 45 },
      { MålId: 'P1', Periode: '2015M06', Område: 'Hele landet', Værdi: 0.4 },
    ]);
    expect(benchmark.findings).toEqual([]);
  });

  it('a non-procent goal with small figures gets no warning', () => {
    const analysis = analyze(
      [{ MålId: 'N1', Periode: '2015M06', Værdi: 0.5 }],
      [{ ...COUNT, Enhed: 'procentpoint', Målværdi: 60 }],
    );
    expect(findingsWith(analysis, 'PLAN_MIXED_PERCENT_SCALE')).toEqual([]);
  });
});
