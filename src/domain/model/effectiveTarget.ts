import type { Goal } from './plan';
import { TARGET_TYPE_RULES } from './targetTypeRules';
import type { Direction, TargetType } from './vocabulary';

/** The value a percentage target aims at: B·(1 − T/100) for a reduction, B·(1 + T/100) for a rise. */
export function percentTarget(type: TargetType, baseline: number, percent: number): number {
  return type === 'reduce_pct' ? baseline * (1 - percent / 100) : baseline * (1 + percent / 100);
}

/**
 * The target value T the evaluation works with: the Målværdi, the value a percentage aims
 * at, or the baseline for Fasthold. Null for types without a fixed target.
 */
export function effectiveTarget(goal: Goal): number | null {
  const type = goal.targetType;
  if (type === null) return null;
  if (type === 'reduce_pct' || type === 'increase_pct') {
    if (goal.baseline === null || goal.target === null) return null;
    // A rise by a huge percentage of a huge baseline can overflow: no usable target then.
    const value = percentTarget(type, goal.baseline, goal.target);
    return Number.isFinite(value) ? value : null;
  }
  if (type === 'maintain') return goal.baseline;
  if (type === 'benchmark' || type === 'direction' || type === 'milestone') return null;
  return goal.target;
}

/** Whether higher or lower is better: fixed by the type, or from the Retning column. */
export function effectiveDirection(goal: Goal): Direction | null {
  if (goal.targetType === null) return null;
  return TARGET_TYPE_RULES[goal.targetType].fixedDirection ?? goal.direction;
}
