import type { RawTable } from '../cells/rawTable';
import type { Finding } from '../findings/finding';
import { OBSERVATION_COLUMNS } from '../model/columns';
import type { Goal, Observation, ObservationField } from '../model/plan';
import { isOwnArea } from '../model/ownArea';
import { MILESTONE_STATUSES } from '../model/vocabulary';
import { mapColumns } from './mapColumns';
import { isEmptyRow, RowReader } from './rowReader';

/** An observation as read, with the reader that holds its row's findings. */
export interface ReadObservation {
  readonly observation: Observation;
  readonly reader: RowReader<ObservationField>;
}

/**
 * Reads `Opfolgning` rows. A row whose goal, period, value or milestone status cannot be read
 * is reported and dropped; the checks that need the plan follow in `checkObservations`.
 */
export function readObservations(
  table: RawTable,
  goalsById: ReadonlyMap<string, Goal>,
  municipality: string | null,
): { observations: ReadObservation[]; findings: Finding[] } {
  const { map, findings } = mapColumns(table, 'Opfolgning', OBSERVATION_COLUMNS);
  if (findings.some((f) => f.severity === 'error')) return { observations: [], findings };
  const observations: ReadObservation[] = [];
  table.rows.forEach((cells, i) => {
    if (isEmptyRow(cells)) return;
    const reader = new RowReader('Opfolgning', i + 1, cells, map);
    const goalId = reader.text('goalId');
    reader.goalId = goalId;
    reader.requireValue('goalId', goalId !== null);
    const period = reader.period('period');
    reader.requireValue('period', period !== null);
    const area = reader.text('area');
    const value = reader.number('value');
    const milestoneStatus = reader.choice('milestoneStatus', MILESTONE_STATUSES);
    const comment = reader.text('comment');
    if (goalId !== null && !goalsById.has(goalId)) {
      reader.report(reader.finding('OBS_UNKNOWN_GOAL', 'goalId', { id: goalId }), 'goalId');
    }
    if (goalId === null || period === null) {
      findings.push(...reader.findings);
      return;
    }
    observations.push({
      observation: {
        origin: reader.origin(),
        goalId,
        period,
        area,
        own: isOwnArea(area, municipality),
        value,
        milestoneStatus,
        comment,
      },
      reader,
    });
  });
  return { observations, findings };
}
