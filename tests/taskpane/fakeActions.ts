import type { AddinActions } from '../../src/app/addinActions';
import type { Analysis, CalendarDate } from '../../src/domain/analyzeWorkbook';
import { analyzeWorkbook } from '../../src/domain/analyzeWorkbook';
import { buildRawTable } from '../../src/domain/cells/buildRawTable';
import type { RawValue, RawWorkbook } from '../../src/domain/cells/rawTable';
import { exampleTables } from '../../src/domain/example/exampleTables';
import type { TableName } from '../../src/domain/findings/finding';
import { foldHeader, SETTING_KEYS } from '../../src/domain/model/columns';
import { formatPeriod } from '../../src/domain/periods/formatPeriod';
import type { Period } from '../../src/domain/periods/period';
import type { SettingValue } from '../../src/domain/ports';
import { buildReport } from '../../src/domain/report/buildReport';
import { buildResultsSheet } from '../../src/domain/report/buildResultsSheet';
import { placeGeneratedSheet } from '../../src/domain/report/sheetNames';
import type { SheetSpec } from '../../src/domain/report/sheetSpec';
import { buildTemplate } from '../../src/domain/template/buildTemplate';
import type { Language } from '../../src/domain/text/localText';

export type ActionName = keyof AddinActions;

/** An error the way a host raises one the user can act on. */
export interface HostProblemLike {
  readonly text: { readonly da: string; readonly en: string };
}

export function hostProblem(da: string, en: string): HostProblemLike {
  return { text: { da, en } };
}

/** An input table as Excel would hold it: a sheet, and the header row followed by the data rows. */
export interface FakeTable {
  readonly sheet: string;
  values: RawValue[][];
}

/** One call the pane made, with what it asked for. */
export type FakeCall =
  | { readonly action: 'findTables' }
  | { readonly action: 'createTemplate'; readonly example: boolean }
  | {
      readonly action: 'validate' | 'compute' | 'report';
      /** The requested report period (canonical), or null for the automatic choice. */
      readonly period: string | null;
      readonly language: Language | null;
    }
  | { readonly action: 'selectCell'; readonly address: string }
  | { readonly action: 'saveSettings'; readonly values: readonly SettingValue[] };

/** A call that waits until the test lets it go on. */
export interface Gate {
  readonly release: () => void;
}

const TABLE_ORDER: readonly TableName[] = ['Plan', 'Opfolgning', 'Indstillinger'];

/** The day the pane's actions run on: mid September 2015, after the example's last figures. */
export const FAKE_TODAY: CalendarDate = { year: 2015, month: 9, day: 15 };

/**
 * The task pane's actions over a workbook kept in memory: the three input tables as raw
 * values and the names of the sheets. Every action runs the real domain (reading, checks,
 * evaluation, template, results and report sheets); only Excel is left out. Each call is
 * recorded, and a test can make the next call of an action fail or wait.
 */
export class FakeActions implements AddinActions {
  readonly tables = new Map<TableName, FakeTable>();
  /** The sheets of the workbook in order, with whether PlanStatus generated them. */
  readonly sheets: { name: string; generated: boolean }[] = [];
  readonly calls: FakeCall[] = [];
  /** The sheets written by compute and report, in order. */
  readonly writtenSheets: SheetSpec[] = [];
  private readonly failures = new Map<ActionName, unknown>();
  private readonly gates = new Map<ActionName, Promise<void>>();

  /** A workbook without any of the input tables. */
  static empty(): FakeActions {
    return new FakeActions();
  }

  /** A workbook holding the worked example (Ishøj 2015), as Indsæt eksempel makes it. */
  static withExample(): FakeActions {
    const fake = new FakeActions();
    const example = exampleTables();
    const grids = [
      { name: 'Plan', sheet: 'Plan', grid: example.plan },
      { name: 'Opfolgning', sheet: 'Opfølgning', grid: example.opfolgning },
      { name: 'Indstillinger', sheet: 'Indstillinger', grid: example.indstillinger },
    ] as const;
    for (const { name, sheet, grid } of grids) {
      fake.tables.set(name, { sheet, values: [[...grid.header], ...grid.rows.map((r) => [...r])] });
      fake.sheets.push({ name: sheet, generated: false });
    }
    return fake;
  }

  /** A workbook with only some of the input tables (empty, as the template makes them). */
  static withOnly(names: readonly TableName[]): FakeActions {
    const fake = new FakeActions();
    fake.putTemplate(false, names);
    return fake;
  }

  /** The next call of `action` rejects with `error` (once). */
  failNext(action: ActionName, error: unknown): void {
    this.failures.set(action, error);
  }

  /** The next call of `action` waits until the returned gate is released. */
  holdNext(action: ActionName): Gate {
    let release: () => void = () => undefined;
    this.gates.set(
      action,
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    return { release: () => release() };
  }

  callsOf<A extends FakeCall['action']>(action: A): Extract<FakeCall, { action: A }>[] {
    return this.calls.filter((c): c is Extract<FakeCall, { action: A }> => c.action === action);
  }

  /** The value of a key in `Indstillinger` (by its Danish name), or undefined without a row. */
  setting(key: string): RawValue | undefined {
    const table = this.tables.get('Indstillinger');
    const row = table?.values
      .slice(1)
      .find((r) => foldHeader(String(r[0] ?? '')) === foldHeader(key));
    return row?.[1];
  }

  async findTables(): Promise<Record<TableName, boolean>> {
    this.calls.push({ action: 'findTables' });
    await this.enter('findTables');
    return this.tablesNow();
  }

  private tablesNow(): Record<TableName, boolean> {
    return {
      Plan: this.tables.has('Plan'),
      Opfolgning: this.tables.has('Opfolgning'),
      Indstillinger: this.tables.has('Indstillinger'),
    };
  }

  async createTemplate(example: boolean): Promise<Record<TableName, boolean>> {
    this.calls.push({ action: 'createTemplate', example });
    await this.enter('createTemplate');
    if (example && this.tables.size > 0) {
      throw hostProblem(
        'Eksemplet indsættes kun i en projektmappe uden tabellerne.',
        'The example is only put into a workbook without the tables.',
      );
    }
    this.putTemplate(example);
    return this.tablesNow();
  }

  async validate(reportPeriod: Period | null): Promise<Analysis> {
    this.calls.push({ action: 'validate', period: canonical(reportPeriod), language: null });
    await this.enter('validate');
    return this.analyze(reportPeriod);
  }

  async compute(
    reportPeriod: Period | null,
    language: Language,
  ): Promise<{ analysis: Analysis; sheetName: string }> {
    this.calls.push({ action: 'compute', period: canonical(reportPeriod), language });
    await this.enter('compute');
    const analysis = this.analyze(reportPeriod);
    const [sheetName = ''] = this.writeSheets([buildResultsSheet(analysis, language)]);
    return { analysis, sheetName };
  }

  async report(
    reportPeriod: Period | null,
    language: Language,
  ): Promise<{ analysis: Analysis; sheetNames: string[] }> {
    this.calls.push({ action: 'report', period: canonical(reportPeriod), language });
    await this.enter('report');
    const analysis = this.analyze(reportPeriod);
    const report = buildReport({ analysis, language, today: FAKE_TODAY });
    return { analysis, sheetNames: this.writeSheets([report.status, report.charts]) };
  }

  async selectCell(address: string): Promise<void> {
    this.calls.push({ action: 'selectCell', address });
    await this.enter('selectCell');
  }

  async saveSettings(
    values: readonly SettingValue[],
    reportPeriod: Period | null,
  ): Promise<Analysis> {
    this.calls.push({ action: 'saveSettings', values });
    await this.enter('saveSettings');
    const table = this.tables.get('Indstillinger');
    if (!table) {
      throw hostProblem(
        "Tabellen 'Indstillinger' findes ikke. Opret skabelonen først.",
        "The table 'Indstillinger' does not exist. Create the template first.",
      );
    }
    for (const { key, value } of values) {
      const spec = SETTING_KEYS.find((k) => k.key === key);
      if (!spec) continue;
      const row = table.values
        .slice(1)
        .find((r) => foldHeader(String(r[0] ?? '')) === foldHeader(spec.da));
      if (row) row[1] = value;
      else table.values.push([spec.da, value]);
    }
    return this.analyze(reportPeriod);
  }

  /** Waits at a gate and fails as asked, like a host call would. */
  private async enter(action: ActionName): Promise<void> {
    const gate = this.gates.get(action);
    if (gate) {
      this.gates.delete(action);
      await gate;
    }
    if (this.failures.has(action)) {
      const error = this.failures.get(action);
      this.failures.delete(action);
      throw error;
    }
  }

  private analyze(reportPeriod: Period | null): Analysis {
    return analyzeWorkbook(this.raw(), { today: FAKE_TODAY, reportPeriod });
  }

  private raw(): RawWorkbook {
    const table = (name: TableName) => {
      const t = this.tables.get(name);
      return t ? buildRawTable({ name, sheet: t.sheet, top: 1, left: 1, values: t.values }) : null;
    };
    return {
      plan: table('Plan'),
      opfolgning: table('Opfolgning'),
      indstillinger: table('Indstillinger'),
    };
  }

  private writeSheets(specs: readonly SheetSpec[]): string[] {
    return specs.map((spec) => {
      const { name, replaces } = placeGeneratedSheet(spec.name, this.sheets);
      if (!replaces) this.sheets.push({ name, generated: true });
      this.writtenSheets.push(spec);
      return name;
    });
  }

  private putTemplate(example: boolean, only: readonly TableName[] = TABLE_ORDER): void {
    for (const table of buildTemplate({ example })) {
      if (!only.includes(table.name) || this.tables.has(table.name)) continue;
      this.tables.set(table.name, {
        sheet: table.sheet,
        values: [table.columns.map((c) => c.header), ...table.rows.map((r) => [...r])],
      });
      this.sheets.push({ name: table.sheet, generated: false });
    }
  }
}

function canonical(period: Period | null): string | null {
  return period ? formatPeriod(period) : null;
}
