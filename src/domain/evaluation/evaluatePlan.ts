import type { GoalResult } from '../model/goalResult';
import type { WorkbookContent } from '../readWorkbook';
import { groupBy } from '../text/groupBy';
import type { EvaluationContext } from './evaluateGoal';
import { evaluateGoal } from './evaluateGoal';

/** Evaluates every goal of a read workbook at the report period, in plan order. */
export function evaluatePlan(
  content: WorkbookContent,
  context: Omit<EvaluationContext, 'tolerance' | 'municipality'>,
): GoalResult[] {
  const byGoal = groupBy(content.observations, (o) => o.goalId);
  const full: EvaluationContext = {
    ...context,
    tolerance: content.settings.tolerance,
    municipality: content.settings.municipality,
  };
  const firstOfId = new Map<string, number>();
  for (const goal of content.goals) {
    if (!firstOfId.has(goal.id)) firstOfId.set(goal.id, goal.origin.row);
  }
  return content.goals.map((goal) => {
    const mine = firstOfId.get(goal.id) === goal.origin.row ? (byGoal.get(goal.id) ?? []) : [];
    return evaluateGoal(goal, mine, content.blocking.get(goal.origin.row) ?? [], full);
  });
}
