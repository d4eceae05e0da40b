import type { GoalResult } from '../model/goalResult';

/** The part of a result that a target-type family decides. */
export type Judgement = Pick<
  GoalResult,
  | 'status'
  | 'expected'
  | 'attainment'
  | 'q'
  | 'deviation'
  | 'change'
  | 'changeRatio'
  | 'explanation'
>;

/** A judgement with nothing computed yet but its status and explanation. */
export function bareJudgement(
  status: Judgement['status'],
  explanation: Judgement['explanation'],
): Judgement {
  return {
    status,
    expected: null,
    attainment: null,
    q: null,
    deviation: null,
    change: null,
    changeRatio: null,
    explanation,
  };
}

/** a / b, or null where it is not a finite number. */
export function ratio(a: number, b: number): number | null {
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}

/** x, or null where it is not a finite number (a sum of huge values can overflow). */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
