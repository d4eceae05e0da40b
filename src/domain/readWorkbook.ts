import type { RawWorkbook } from './cells/rawTable';
import type { Finding, TableName } from './findings/finding';
import { tablePlace } from './findings/finding';
import { makeFinding } from './findings/makeFinding';
import type { Goal, Observation, Settings } from './model/plan';
import type { ReadObservation } from './reading/readObservations';
import { readObservations } from './reading/readObservations';
import { readPlan } from './reading/readPlan';
import { readSettings } from './reading/readSettings';
import { checkCumulative } from './validation/checkCumulative';
import { checkGoal } from './validation/checkGoal';
import { checkObservations, hasError } from './validation/checkObservations';
import { checkPercentScale } from './validation/checkPercentScale';
import { checkPlanStructure } from './validation/checkPlanStructure';
import { groupBy } from './text/groupBy';

/** A workbook's content, read and checked: what evaluation needs, and every finding. */
export interface WorkbookContent {
  readonly goals: readonly Goal[];
  /** The follow-up rows without errors, which evaluation uses. */
  readonly observations: readonly Observation[];
  readonly settings: Settings;
  /** Every finding, in table order (Plan, Opfolgning, Indstillinger) and row order. */
  readonly findings: readonly Finding[];
  /** For each goal (by its plan row), the errors that block it. */
  readonly blocking: ReadonlyMap<number, readonly Finding[]>;
}

const TABLE_ORDER: Record<TableName, number> = { Plan: 0, Opfolgning: 1, Indstillinger: 2 };

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort(
      (a, b) =>
        TABLE_ORDER[a.finding.table] - TABLE_ORDER[b.finding.table] ||
        (a.finding.row ?? 0) - (b.finding.row ?? 0) ||
        a.i - b.i,
    )
    .map(({ finding }) => finding);
}

/**
 * Reads and checks the three tables (domain §1 and §3). Bad input becomes findings, never an
 * exception: a goal with an error is blocked, a follow-up row with an error is dropped.
 */
export function readWorkbook(raw: RawWorkbook): WorkbookContent {
  const findings: Finding[] = [];
  const { settings, findings: settingsFindings } = readSettings(raw.indstillinger);
  findings.push(...settingsFindings);

  const plan = raw.plan ? readPlan(raw.plan) : { goals: [], findings: [] };
  if (!raw.plan) findings.push(makeFinding('TABLE_MISSING', { table: 'Plan' }, tablePlace('Plan')));
  findings.push(...plan.findings);
  for (const { goal, reader } of plan.goals) checkGoal(goal, reader);
  checkPlanStructure(plan.goals);

  const goalsById = new Map<string, Goal>();
  for (const { goal, reader } of plan.goals) {
    if (reader.goalId !== null && !goalsById.has(goal.id)) goalsById.set(goal.id, goal);
  }

  let read: ReadObservation[] = [];
  if (raw.opfolgning) {
    const result = readObservations(raw.opfolgning, goalsById, settings.municipality);
    findings.push(...result.findings);
    read = result.observations;
    checkObservations(read, goalsById, settings.municipality);
  } else {
    findings.push(makeFinding('TABLE_MISSING', { table: 'Opfolgning' }, tablePlace('Opfolgning')));
  }
  const valid = read.filter(({ reader }) => !hasError(reader.findings));

  const byGoal = groupBy(valid, ({ observation }) => observation.goalId);
  const blocking = new Map<number, readonly Finding[]>();
  for (const { goal, reader } of plan.goals) {
    const mine = goalsById.get(goal.id) === goal ? (byGoal.get(goal.id) ?? []) : [];
    const scale = checkPercentScale(
      goal,
      reader,
      mine.map(({ observation }) => observation),
    );
    if (scale) reader.report(scale, 'target');
    const overlaps = checkCumulative(goal, mine);
    findings.push(...reader.findings, ...overlaps);
    const errors = [...reader.findings.filter((f) => f.severity === 'error'), ...overlaps];
    if (errors.length > 0) blocking.set(goal.origin.row, errors);
  }
  for (const { reader } of read) findings.push(...reader.findings);

  return {
    goals: plan.goals.map(({ goal }) => goal),
    observations: valid.map(({ observation }) => observation),
    settings,
    findings: sortFindings(findings),
    blocking,
  };
}
