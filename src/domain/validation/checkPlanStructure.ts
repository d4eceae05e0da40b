import type { ReadGoal } from '../reading/readPlan';

/**
 * Checks what concerns several goals at once: Ids used twice, parents that do not exist,
 * and cycles of parents. Findings go to the rows concerned.
 */
export function checkPlanStructure(goals: readonly ReadGoal[]): void {
  const firstRow = new Map<string, number>();
  const parentOf = new Map<string, string | null>();
  for (const { goal, reader } of goals) {
    if (reader.goalId === null) continue;
    const seen = firstRow.get(goal.id);
    if (seen !== undefined) {
      reader.report(
        reader.finding('PLAN_DUPLICATE_ID', 'id', { id: goal.id, firstRow: seen }),
        'id',
      );
      continue;
    }
    firstRow.set(goal.id, goal.origin.row);
    parentOf.set(goal.id, goal.parent);
  }

  for (const { goal, reader } of goals) {
    if (goal.parent === null) continue;
    if (!parentOf.has(goal.parent)) {
      reader.report(
        reader.finding('PLAN_UNKNOWN_PARENT', 'parent', { parent: goal.parent }),
        'parent',
      );
      continue;
    }
    const cycle = findCycle(goal.id, parentOf);
    if (cycle) {
      reader.report(reader.finding('PLAN_PARENT_CYCLE', 'parent', { ids: cycle }), 'parent');
    }
  }
}

/** The cycle of parents starting at `id`, as the ids walked (first repeated at the end). */
function findCycle(id: string, parentOf: ReadonlyMap<string, string | null>): string[] | null {
  const path = [id];
  let current = parentOf.get(id) ?? null;
  while (current !== null) {
    path.push(current);
    if (current === id) return path;
    if (path.length > parentOf.size + 1) return null;
    current = parentOf.get(current) ?? null;
  }
  return null;
}
