import type { StatusCode } from '../model/status';

/** How an actual value compares with what is expected: as expected, within tolerance, or not. */
export type Grade = 'good' | 'near' | 'bad';

/** The status of a grade: met / partly met / not met once final, else on track / at risk / off track. */
export function statusOfGrade(grade: Grade, final: boolean): StatusCode {
  if (final) return grade === 'good' ? 'met' : grade === 'near' ? 'partly_met' : 'not_met';
  return grade === 'good' ? 'on_track' : grade === 'near' ? 'at_risk' : 'off_track';
}
