import type { Finding } from '../findings/finding';
import { effectiveTarget } from '../model/effectiveTarget';
import type { Goal, Observation, PlanField } from '../model/plan';
import type { RowReader } from '../reading/rowReader';

/**
 * A `procent` goal whose own figures are all ≤ 1 while its target is above 1 (or the reverse)
 * probably mixes fractions and percentages: a warning on the goal's target.
 */
export function checkPercentScale(
  goal: Goal,
  reader: RowReader<PlanField>,
  observations: readonly Observation[],
): Finding | null {
  const target = effectiveTarget(goal);
  if (goal.unit !== 'percent' || target === null || target <= 0) return null;
  const values = observations
    .filter((o) => o.own && o.value !== null)
    .map((o) => o.value as number);
  if (values.length === 0) return null;
  const allFractions = values.every((v) => Math.abs(v) <= 1);
  const noneFractions = values.every((v) => Math.abs(v) > 1);
  if ((target > 1 && allFractions) || (target <= 1 && noneFractions)) {
    return reader.finding('PLAN_MIXED_PERCENT_SCALE', 'target', { target });
  }
  return null;
}
