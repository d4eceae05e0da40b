import type { Finding } from '../findings/finding';
import type { Period } from '../periods/period';
import type { LocalText } from '../text/localText';
import type { StatusCode } from './status';
import type { MilestoneStatus } from './vocabulary';

/** The outcome of evaluating one goal at a report period (domain §4.5). */
export interface GoalResult {
  readonly id: string;
  /** The goal's 1-based data row in `Plan`. */
  readonly row: number;
  readonly status: StatusCode;
  readonly final: boolean;
  /** A: the actual value. */
  readonly actual: number | null;
  /** The period of A: one observation's period, or the span of the figures added up. */
  readonly actualPeriod: Period | null;
  /** E: the value expected by now. */
  readonly expected: number | null;
  /** Målopfyldelse as a fraction (0.617), not capped; null where it does not apply. */
  readonly attainment: number | null;
  /** The comparison value: 1 means exactly as expected. */
  readonly q: number | null;
  /** A − E. */
  readonly deviation: number | null;
  /** The benchmark area's value for A's period. */
  readonly benchmark: number | null;
  /** The comment of A's observation (or the milestone status's). */
  readonly comment: string | null;
  /** A short sentence on how the status was reached. */
  readonly explanation: LocalText;
  /** T as the evaluation uses it (a percentage target as the value it aims at). */
  readonly target: number | null;
  /** f: the share of the target period that has passed. */
  readonly timeFraction: number | null;
  /** For Retning goals: A − B, and (A − B)/B. */
  readonly change: number | null;
  readonly changeRatio: number | null;
  /** For a milestone: the latest Milepælsstatus up to the report period. */
  readonly milestoneStatus: MilestoneStatus | null;
  /** The errors that made the goal `invalid`. */
  readonly blockedBy: readonly Finding[];
}
