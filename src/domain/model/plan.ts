import type { Period } from '../periods/period';
import type {
  Direction,
  GoalLevel,
  Measure,
  MilestoneStatus,
  TargetType,
  Unit,
} from './vocabulary';

/** The fields of a `Plan` row. */
export type PlanField =
  | 'id'
  | 'theme'
  | 'level'
  | 'parent'
  | 'targetGroup'
  | 'text'
  | 'indicator'
  | 'unit'
  | 'targetType'
  | 'direction'
  | 'baseline'
  | 'baselinePeriod'
  | 'target'
  | 'targetPeriod'
  | 'measure'
  | 'endValue'
  | 'benchmarkArea'
  | 'source'
  | 'owner';

/** The fields of an `Opfolgning` row. */
export type ObservationField =
  'goalId' | 'period' | 'area' | 'value' | 'milestoneStatus' | 'comment';

/** Where a value came from, for findings: the data row and each field's cell. */
export interface Origin<F extends string> {
  /** 1-based data row in its table. */
  readonly row: number;
  /** The header text of each field's column as written in the workbook. */
  readonly headers: Readonly<Partial<Record<F, string>>>;
  /** The address of each field's cell, where the column exists. */
  readonly cells: Readonly<Partial<Record<F, string>>>;
}

/** One goal (mål) of the plan, as read. Fields that could not be read are null. */
export interface Goal {
  readonly origin: Origin<PlanField>;
  readonly id: string;
  readonly theme: string | null;
  readonly level: GoalLevel;
  readonly parent: string | null;
  readonly targetGroup: string | null;
  readonly text: string;
  readonly indicator: string | null;
  readonly unit: Unit | null;
  readonly targetType: TargetType | null;
  /** The Retning column as stated; the effective direction also follows from the type. */
  readonly direction: Direction | null;
  readonly baseline: number | null;
  readonly baselinePeriod: Period | null;
  readonly target: number | null;
  readonly targetPeriod: Period | null;
  readonly measure: Measure;
  readonly endValue: number | null;
  readonly benchmarkArea: string | null;
  readonly source: string | null;
  readonly owner: string | null;
}

/** One follow-up figure (a row of `Opfolgning`). */
export interface Observation {
  readonly origin: Origin<ObservationField>;
  readonly goalId: string;
  readonly period: Period;
  /** The Område as written; null when empty. */
  readonly area: string | null;
  /** True when the figure is the municipality's own (Område empty or the Kommune). */
  readonly own: boolean;
  readonly value: number | null;
  readonly milestoneStatus: MilestoneStatus | null;
  readonly comment: string | null;
}

/** The `Indstillinger` table. */
export interface Settings {
  readonly municipality: string | null;
  readonly planTitle: string;
  /** Width of the yellow band as a fraction (0.25). */
  readonly tolerance: number;
  readonly reportPeriod: Period | null;
}

export const DEFAULT_SETTINGS: Settings = {
  municipality: null,
  planTitle: 'Beskæftigelsesplan',
  tolerance: 0.25,
  reportPeriod: null,
};
