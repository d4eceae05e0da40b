import type { Goal } from '../model/plan';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * f, the share of the target period that has passed at data month t (domain §4.2).
 * `Niveau`: (t − t0)/(t1 − t0) from the end of the baseline period, or 1 without one.
 * `Akkumuleret`: (t − s1 + 1)/(t1 − s1 + 1) from the start of the target period.
 */
export function timeFraction(goal: Goal, t: number): number {
  const target = goal.targetPeriod;
  if (target === null) return 1;
  const t1 = target.end;
  if (goal.measure === 'cumulative') {
    return clamp01((t - target.start + 1) / (t1 - target.start + 1));
  }
  if (goal.baselinePeriod === null) return 1;
  const t0 = goal.baselinePeriod.end;
  if (t1 <= t0) return t >= t1 ? 1 : 0;
  return clamp01((t - t0) / (t1 - t0));
}

/** Months passed and months in all, as the explanation states them ("7 af 12 måneder"). */
export function monthsElapsed(goal: Goal, t: number): { elapsed: number; total: number } | null {
  const target = goal.targetPeriod;
  if (target === null) return null;
  if (goal.measure === 'cumulative') {
    const total = target.end - target.start + 1;
    return { elapsed: Math.min(total, Math.max(0, t - target.start + 1)), total };
  }
  if (goal.baselinePeriod === null || target.end <= goal.baselinePeriod.end) return null;
  const total = target.end - goal.baselinePeriod.end;
  return { elapsed: Math.min(total, Math.max(0, t - goal.baselinePeriod.end)), total };
}
