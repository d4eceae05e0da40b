import type { RawValue } from '../cells/rawTable';
import { exampleTables } from '../example/exampleTables';
import type { ValueGrid } from '../example/exampleTables';
import type { TableName } from '../findings/finding';
import type { ColumnSpec } from '../model/columns';
import {
  foldHeader,
  OBSERVATION_COLUMNS,
  PLAN_COLUMNS,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
} from '../model/columns';
import type { Choice } from '../model/vocabulary';
import {
  DIRECTIONS,
  GOAL_LEVELS,
  MEASURES,
  MILESTONE_STATUSES,
  TARGET_TYPES,
  UNITS,
} from '../model/vocabulary';
import { COLUMN_HELP } from './columnHelp';

/** One column of a template table: header, width, format, dropdown and input help. */
export interface TemplateColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  /** `@` keeps what is typed as text (periods, Ids); `General` lets numbers be numbers. */
  readonly format: string;
  /** The values a dropdown offers, or null for free input. */
  readonly choices: readonly string[] | null;
  /** What Excel says when a value outside the choices is typed (≤ 225 characters), or null. */
  readonly choiceError: string | null;
  /** The input message Excel shows when the cell is selected (title ≤ 32, text ≤ 255 characters). */
  readonly help: { readonly title: string; readonly text: string };
}

/** A table of the template, on a sheet of its own at A1. */
export interface TemplateTable {
  readonly name: TableName;
  readonly sheet: string;
  readonly columns: readonly TemplateColumn[];
  /** Data rows in column order; empty for a blank template. */
  readonly rows: readonly (readonly RawValue[])[];
}

const labels = <C extends string>(choices: readonly Choice<C>[]): string[] =>
  choices.map((c) => c.label.da);

const CHOICES: Partial<Record<string, readonly string[]>> = {
  level: labels(GOAL_LEVELS),
  unit: labels(UNITS),
  targetType: labels(TARGET_TYPES),
  direction: labels(DIRECTIONS),
  measure: labels(MEASURES),
  milestoneStatus: labels(MILESTONE_STATUSES),
  key: SETTING_KEYS.map((k) => k.da),
};

const WIDTHS: Partial<Record<string, number>> = {
  id: 8,
  theme: 30,
  level: 14,
  parent: 12,
  targetGroup: 24,
  text: 60,
  indicator: 30,
  unit: 16,
  targetType: 16,
  direction: 16,
  baselinePeriod: 15,
  targetPeriod: 13,
  measure: 14,
  benchmarkArea: 18,
  source: 18,
  owner: 18,
  goalId: 9,
  period: 16,
  area: 16,
  milestoneStatus: 16,
  comment: 70,
  key: 18,
};

const NUMBER_FIELDS = new Set(['baseline', 'target', 'endValue', 'value']);

function columnsOf<F extends string>(
  specs: readonly ColumnSpec<F>[],
  table: TableName,
): TemplateColumn[] {
  return specs.map((spec) => {
    const key = table === 'Indstillinger' && spec.field === 'value' ? 'settingValue' : spec.field;
    return {
      header: spec.da,
      width: WIDTHS[spec.field] ?? 12,
      format: NUMBER_FIELDS.has(key) ? 'General' : '@',
      choices: CHOICES[spec.field] ?? null,
      choiceError: CHOICES[spec.field]
        ? `Vælg en af: ${(CHOICES[spec.field] ?? []).join(', ')}`.slice(0, 225)
        : null,
      help: COLUMN_HELP[key] ?? { title: spec.da, text: '' },
    };
  });
}

/** Puts a grid's rows into the template's column order, matching headers. */
function alignRows(grid: ValueGrid, columns: readonly TemplateColumn[]): RawValue[][] {
  const index = columns.map((c) =>
    grid.header.findIndex((h) => foldHeader(h) === foldHeader(c.header)),
  );
  return grid.rows.map((row) => index.map((i) => (i < 0 ? null : (row[i] ?? null))));
}

/**
 * The three input tables as the template creates them: Danish headers, dropdowns for every
 * choice column, input help on every column, text format for Ids and periods. With `example`,
 * filled with the worked example (Ishøj 2015).
 */
export function buildTemplate(options: { readonly example: boolean }): TemplateTable[] {
  const tables: TemplateTable[] = [
    { name: 'Plan', sheet: 'Plan', columns: columnsOf(PLAN_COLUMNS, 'Plan'), rows: [] },
    {
      name: 'Opfolgning',
      sheet: 'Opfølgning',
      columns: columnsOf(OBSERVATION_COLUMNS, 'Opfolgning'),
      rows: [],
    },
    {
      name: 'Indstillinger',
      sheet: 'Indstillinger',
      columns: columnsOf(SETTINGS_COLUMNS, 'Indstillinger'),
      rows: [],
    },
  ];
  if (!options.example) {
    const settings = tables[2];
    return settings
      ? [
          tables[0] as TemplateTable,
          tables[1] as TemplateTable,
          {
            ...settings,
            rows: SETTING_KEYS.map((k) => [k.da, k.key === 'tolerance' ? 0.25 : null]),
          },
        ]
      : tables;
  }
  const example = exampleTables();
  const grids = [example.plan, example.opfolgning, example.indstillinger];
  return tables.map((table, i) => ({
    ...table,
    rows: alignRows(grids[i] as ValueGrid, table.columns),
  }));
}
