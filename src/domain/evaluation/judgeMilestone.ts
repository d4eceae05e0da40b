import type { Goal, Observation } from '../model/plan';
import type { StatusCode } from '../model/status';
import type { MilestoneStatus } from '../model/vocabulary';
import { choiceLabel, MILESTONE_STATUSES } from '../model/vocabulary';
import { labelPeriod } from '../periods/labelPeriod';
import { latestObservation } from './findActual';

/** The status of a milestone before and after its deadline (domain §4.4). */
const MILESTONE_RULES: Record<MilestoneStatus | 'none', { before: StatusCode; after: StatusCode }> =
  {
    done: { before: 'met', after: 'met' },
    started: { before: 'on_track', after: 'not_met' },
    not_started: { before: 'not_started', after: 'not_met' },
    none: { before: 'not_started', after: 'not_met' },
    delayed: { before: 'at_risk', after: 'not_met' },
    abandoned: { before: 'not_met', after: 'not_met' },
  };

/**
 * Milepæl: the latest own milestone status up to the report period, judged against the
 * deadline end(Målperiode) at end(R). Final once the deadline is reached.
 */
export function judgeMilestone(
  goal: Goal,
  own: readonly Observation[],
  reportEnd: number,
): {
  status: StatusCode;
  final: boolean;
  observation: Observation | null;
  explanation: { da: string; en: string };
} {
  const deadline = goal.targetPeriod?.end ?? reportEnd;
  const final = reportEnd >= deadline;
  const observation = latestObservation(
    own.filter((o) => o.milestoneStatus !== null && o.period.end <= reportEnd),
  );
  const state = observation?.milestoneStatus ?? 'none';
  const rule = MILESTONE_RULES[state];
  const deadlineText = goal.targetPeriod
    ? { da: labelPeriod(goal.targetPeriod, 'da'), en: labelPeriod(goal.targetPeriod, 'en') }
    : { da: '–', en: '–' };
  const passed =
    final && state !== 'done' ? { da: ' (overskredet)', en: ' (passed)' } : { da: '', en: '' };
  const explanation =
    observation && observation.milestoneStatus
      ? {
          da: `Milepælsstatus '${choiceLabel(MILESTONE_STATUSES, observation.milestoneStatus).da}' (${labelPeriod(observation.period, 'da')}); frist ${deadlineText.da}${passed.da}.`,
          en: `Milestone status '${choiceLabel(MILESTONE_STATUSES, observation.milestoneStatus).en}' (${labelPeriod(observation.period, 'en')}); deadline ${deadlineText.en}${passed.en}.`,
        }
      : {
          da: `Ingen milepælsstatus endnu; frist ${deadlineText.da}${passed.da}.`,
          en: `No milestone status yet; deadline ${deadlineText.en}${passed.en}.`,
        };
  return { status: final ? rule.after : rule.before, final, observation, explanation };
}
