import type { Finding } from '../findings/finding';
import { areaKey } from '../model/ownArea';
import type { Goal } from '../model/plan';
import { choiceLabel, COUNT_UNITS, UNITS } from '../model/vocabulary';
import { formatPeriod } from '../periods/formatPeriod';
import type { ReadObservation } from '../reading/readObservations';

/**
 * Checks each follow-up row against its goal (domain §3, `Opfolgning`): a value for every
 * numeric goal, a status for every milestone, no second row for the same goal, period and
 * area, and the warnings for negative counts and percentages above 100.
 */
export function checkObservations(
  observations: readonly ReadObservation[],
  goalsById: ReadonlyMap<string, Goal>,
  municipality: string | null,
): void {
  const firstRow = new Map<string, number>();
  for (const { observation: o, reader } of observations) {
    const goal = goalsById.get(o.goalId);
    if (!goal) continue;
    if (goal.targetType === 'milestone') {
      if (o.milestoneStatus === null && !reader.failed('milestoneStatus')) {
        reader.report(
          reader.finding('OBS_MILESTONE_STATUS_MISSING', 'milestoneStatus', {
            id: o.goalId,
            hasValue: o.value !== null,
          }),
          'milestoneStatus',
        );
      }
    } else if (goal.targetType !== null && o.value === null && !reader.failed('value')) {
      reader.report(reader.finding('OBS_VALUE_MISSING', 'value', { id: o.goalId }), 'value');
    }
    if (hasError(reader.findings)) continue;

    const key = `${o.goalId}\u0000${formatPeriod(o.period)}\u0000${areaKey(o.area, municipality)}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      reader.report(
        reader.finding('OBS_DUPLICATE', 'period', {
          id: o.goalId,
          period: formatPeriod(o.period),
          firstRow: seen,
        }),
        'period',
      );
      continue;
    }
    firstRow.set(key, reader.row);

    if (o.value !== null && goal.unit !== null && goal.targetType !== 'milestone') {
      if (COUNT_UNITS.has(goal.unit) && o.value < 0) {
        reader.report(
          reader.finding('OBS_NEGATIVE_COUNT', 'value', {
            value: o.value,
            unit: choiceLabel(UNITS, goal.unit),
          }),
          'value',
        );
      }
      if (goal.unit === 'percent' && o.value > 100) {
        reader.report(reader.finding('OBS_PERCENT_OVER_100', 'value', { value: o.value }), 'value');
      }
    }
  }
}

export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
