import type { ObservationField, PlanField } from './plan';

/** A column a table may have: its Danish header, its English alias, and whether it must exist. */
export interface ColumnSpec<F extends string> {
  readonly field: F;
  readonly da: string;
  readonly en: string;
  readonly required: boolean;
}

const col = <F extends string>(
  field: F,
  da: string,
  en: string,
  required = false,
): ColumnSpec<F> => ({
  field,
  da,
  en,
  required,
});

/** The columns of `Plan`, in the template's order (domain §1.1). */
export const PLAN_COLUMNS: readonly ColumnSpec<PlanField>[] = [
  col('id', 'Id', 'Id', true),
  col('theme', 'Tema', 'Theme'),
  col('level', 'Niveau', 'Level'),
  col('parent', 'Overordnet', 'Parent'),
  col('targetGroup', 'Målgruppe', 'Target group'),
  col('text', 'Mål', 'Goal', true),
  col('indicator', 'Indikator', 'Indicator'),
  col('unit', 'Enhed', 'Unit'),
  col('targetType', 'Måltype', 'Target type', true),
  col('direction', 'Retning', 'Direction'),
  col('baseline', 'Baseline', 'Baseline'),
  col('baselinePeriod', 'Baselineperiode', 'Baseline period'),
  col('target', 'Målværdi', 'Target'),
  col('targetPeriod', 'Målperiode', 'Target period', true),
  col('endValue', 'Slutværdi', 'End value'),
  col('measure', 'Opgørelse', 'Measure'),
  col('benchmarkArea', 'Sammenligning', 'Benchmark area'),
  col('source', 'Kilde', 'Source'),
  col('owner', 'Ansvarlig', 'Owner'),
];

/** The columns of `Opfolgning` (domain §1.2). */
export const OBSERVATION_COLUMNS: readonly ColumnSpec<ObservationField>[] = [
  col('goalId', 'MålId', 'GoalId', true),
  col('period', 'Periode', 'Period', true),
  col('area', 'Område', 'Area'),
  col('value', 'Værdi', 'Value'),
  col('milestoneStatus', 'Milepælsstatus', 'Milestone status'),
  col('comment', 'Kommentar', 'Comment'),
];

export type SettingsField = 'key' | 'value';

/** The two columns of `Indstillinger` (domain §1.3). */
export const SETTINGS_COLUMNS: readonly ColumnSpec<SettingsField>[] = [
  col('key', 'Nøgle', 'Key', true),
  col('value', 'Værdi', 'Value', true),
];

export type SettingKey = 'municipality' | 'planTitle' | 'tolerance' | 'reportPeriod';

/** The keys of `Indstillinger`, Danish name and English alias. */
export const SETTING_KEYS: readonly { key: SettingKey; da: string; en: string }[] = [
  { key: 'municipality', da: 'Kommune', en: 'Municipality' },
  { key: 'planTitle', da: 'Plantitel', en: 'Plan title' },
  { key: 'tolerance', da: 'Tolerance', en: 'Tolerance' },
  { key: 'reportPeriod', da: 'Rapportperiode', en: 'Report period' },
];

/** Folds a header or key for matching: case-insensitive, surrounding and repeated spaces ignored. */
export function foldHeader(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when a header names a column, by its Danish name or English alias. */
export function headerMatches(header: string, spec: { da: string; en: string }): boolean {
  const folded = foldHeader(header);
  return folded === foldHeader(spec.da) || folded === foldHeader(spec.en);
}
