import type { RawTable } from '../cells/rawTable';
import type { Finding } from '../findings/finding';
import { tablePlace } from '../findings/finding';
import { makeFinding } from '../findings/makeFinding';
import { PLAN_COLUMNS } from '../model/columns';
import type { Goal, PlanField } from '../model/plan';
import { DIRECTIONS, GOAL_LEVELS, MEASURES, TARGET_TYPES, UNITS } from '../model/vocabulary';
import { mapColumns } from './mapColumns';
import { isEmptyRow, RowReader } from './rowReader';

/** A goal as read, with the reader that holds its findings, for the checks that follow. */
export interface ReadGoal {
  readonly goal: Goal;
  readonly reader: RowReader<PlanField>;
}

/**
 * Reads the `Plan` table into goals. Every cell that cannot be read is a finding; a goal
 * whose cells could not all be read still comes back, with those fields null.
 */
export function readPlan(table: RawTable): { goals: ReadGoal[]; findings: Finding[] } {
  const { map, findings } = mapColumns(table, 'Plan', PLAN_COLUMNS);
  if (findings.some((f) => f.severity === 'error')) return { goals: [], findings };
  const goals: ReadGoal[] = [];
  table.rows.forEach((cells, i) => {
    if (isEmptyRow(cells)) return;
    const reader = new RowReader('Plan', i + 1, cells, map);
    const id = reader.text('id');
    reader.goalId = id;
    reader.requireValue('id', id !== null);
    const text = reader.text('text');
    reader.requireValue('text', text !== null);
    const goal: Goal = {
      origin: reader.origin(),
      id: id ?? `#${i + 1}`,
      theme: reader.text('theme'),
      level: reader.choice('level', GOAL_LEVELS) ?? 'result',
      parent: reader.text('parent'),
      targetGroup: reader.text('targetGroup'),
      text: text ?? '',
      indicator: reader.text('indicator'),
      unit: reader.choice('unit', UNITS),
      targetType: reader.choice('targetType', TARGET_TYPES),
      direction: reader.choice('direction', DIRECTIONS),
      baseline: reader.number('baseline'),
      baselinePeriod: reader.period('baselinePeriod'),
      target: reader.number('target'),
      targetPeriod: reader.period('targetPeriod'),
      measure: reader.choice('measure', MEASURES) ?? 'level',
      endValue: reader.number('endValue'),
      benchmarkArea: reader.text('benchmarkArea'),
      source: reader.text('source'),
      owner: reader.text('owner'),
    };
    goals.push({ goal, reader });
  });
  if (goals.length === 0) findings.push(makeFinding('PLAN_NO_GOALS', {}, tablePlace('Plan')));
  return { goals, findings };
}
