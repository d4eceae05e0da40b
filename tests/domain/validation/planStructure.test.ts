import type { GoalSpec } from '../../helpers/planBuilder';
import {
  analyzePlan,
  findingsWith,
  onlyFinding,
  resultFor,
  VALID_GOALS,
} from '../../helpers/planBuilder';

const goal = (id: string, parent: string | null = null): GoalSpec => ({
  ...VALID_GOALS.Minimum,
  Id: id,
  Overordnet: parent,
});

describe('check: duplicate Id', () => {
  it('a second goal with the same Id is an error on its Id cell, naming the first row', () => {
    const analysis = analyzePlan({ goals: [goal('U1'), goal('U2'), goal('U1')] });
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'PLAN_DUPLICATE_ID',
      table: 'Plan',
      row: 3,
      column: 'Id',
      address: 'Plan!A4',
      goalId: 'U1',
    });
    expect(finding.message.da).toBe(
      "Id 'U1' er brugt før (række 1). Hvert mål skal have sit eget Id.",
    );
    expect(finding.message.en).toBe(
      "Id 'U1' is already used (row 1). Every goal needs its own Id.",
    );
  });

  it('only the repeated row is blocked; the first goal with that Id still computes', () => {
    const analysis = analyzePlan(
      {
        goals: [goal('U1'), goal('U1')],
        observations: [{ MålId: 'U1', Periode: '2015M06', Værdi: 100 }],
      },
      '2015M06',
    );
    expect(analysis.results.map((r) => [r.id, r.row, r.status])).toEqual([
      ['U1', 1, 'on_track'],
      ['U1', 2, 'invalid'],
    ]);
    expect(analysis.results[1]?.blockedBy.map((f) => f.code)).toEqual(['PLAN_DUPLICATE_ID']);
  });

  it('an Id written as a number and as text is the same Id', () => {
    const analysis = analyzePlan({ goals: [goal('12'), { ...VALID_GOALS.Minimum, Id: 12 }] });
    expect(onlyFinding(analysis)).toMatchObject({ code: 'PLAN_DUPLICATE_ID', row: 2 });
  });
});

describe('check: a parent (Overordnet) that does not exist', () => {
  it('is an error on the Overordnet cell naming the missing parent', () => {
    const analysis = analyzePlan({ goals: [goal('U1'), goal('U2', 'U9')] });
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'PLAN_UNKNOWN_PARENT',
      table: 'Plan',
      row: 2,
      column: 'Overordnet',
      address: 'Plan!D3',
      goalId: 'U2',
    });
    expect(finding.message.da).toBe("Overordnet mål 'U9' findes ikke i planen.");
    expect(finding.message.en).toBe("The parent goal 'U9' is not in the plan.");
    expect(resultFor(analysis, 'U2').status).toBe('invalid');
    expect(resultFor(analysis, 'U1').status).toBe('no_data');
  });

  it('a parent that exists, before or after the child, is fine', () => {
    const analysis = analyzePlan({ goals: [goal('U2', 'U1'), goal('U1'), goal('U3', 'U1')] });
    expect(analysis.findings).toEqual([]);
  });
});

describe('check: a cycle of parents', () => {
  it('a goal that is its own parent is an error', () => {
    const analysis = analyzePlan({ goals: [goal('U1', 'U1')] });
    const finding = onlyFinding(analysis);
    expect(finding).toMatchObject({
      severity: 'error',
      code: 'PLAN_PARENT_CYCLE',
      table: 'Plan',
      row: 1,
      column: 'Overordnet',
      address: 'Plan!D2',
    });
    expect(finding.message.da).toBe('Målene U1 → U1 danner en ring af overordnede mål.');
    expect(finding.message.en).toBe("The goals U1 → U1 are each other's parents in a cycle.");
  });

  it('each goal in a cycle of three gets an error naming the cycle from itself', () => {
    const analysis = analyzePlan({
      goals: [goal('A', 'C'), goal('B', 'A'), goal('C', 'B'), goal('D', 'A')],
    });
    const cycles = findingsWith(analysis, 'PLAN_PARENT_CYCLE');
    expect(cycles.map((f) => [f.row, f.address, f.message.da])).toEqual([
      [1, 'Plan!D2', 'Målene A → C → B → A danner en ring af overordnede mål.'],
      [2, 'Plan!D3', 'Målene B → A → C → B danner en ring af overordnede mål.'],
      [3, 'Plan!D4', 'Målene C → B → A → C danner en ring af overordnede mål.'],
    ]);
    expect(analysis.findings).toHaveLength(3);
    expect(analysis.results.map((r) => r.status)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'no_data',
    ]);
  });

  it('a chain of parents without a cycle is fine', () => {
    const analysis = analyzePlan({ goals: [goal('A'), goal('B', 'A'), goal('C', 'B')] });
    expect(analysis.findings).toEqual([]);
  });
});
