import type { Finding } from '../findings/finding';
import type { Goal } from '../model/plan';
import { formatPeriod } from '../periods/formatPeriod';
import { periodsOverlap } from '../periods/period';
import type { ReadObservation } from '../reading/readObservations';

/**
 * For an `Akkumuleret` goal, own figures inside the target period are added up. Two of them
 * that overlap cannot both be added unless both are year-to-date (start at the target
 * period's start). Returns one error per row that overlaps an earlier one; they block the goal.
 */
export function checkCumulative(goal: Goal, observations: readonly ReadObservation[]): Finding[] {
  const target = goal.targetPeriod;
  if (goal.measure !== 'cumulative' || target === null) return [];
  const inside = observations.filter(
    ({ observation: o }) =>
      o.own && o.value !== null && o.period.start >= target.start && o.period.end <= target.end,
  );
  const findings: Finding[] = [];
  inside.forEach(({ observation: o, reader }, i) => {
    const clash = inside.slice(0, i).find(({ observation: earlier }) => {
      const bothYearToDate =
        earlier.period.start === target.start && o.period.start === target.start;
      return !bothYearToDate && periodsOverlap(earlier.period, o.period);
    });
    if (clash) {
      findings.push(
        reader.finding('OBS_OVERLAPPING_PERIODS', 'period', {
          id: goal.id,
          first: formatPeriod(clash.observation.period),
          second: formatPeriod(o.period),
        }),
      );
    }
  });
  return findings;
}
