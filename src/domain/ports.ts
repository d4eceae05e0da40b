import type { RawWorkbook } from './cells/rawTable';
import type { TableName } from './findings/finding';
import type { SettingKey } from './model/columns';
import type { SheetSpec } from './report/sheetSpec';
import type { TemplateTable } from './template/buildTemplate';

/*
 * The ports the use cases work through, implemented by the hosts (src/office for Excel,
 * src/xlsx for .xlsx files). They speak only in domain terms: raw tables in, sheet specs out.
 */

/**
 * What a use case needs from where the workbook lives: Excel through Office.js, or an .xlsx
 * file. Hosts draw what the domain decides; they hold no business rule.
 */
export interface WorkbookHost {
  /** Reads `Plan`, `Opfolgning` and `Indstillinger` (a table not found is null). */
  readInput(): Promise<RawWorkbook>;
  /**
   * Adds generated sheets. A generated sheet of the same name is replaced; a user's sheet of
   * that name is kept and the new sheet gets a suffix. Returns the names the sheets got. On
   * failure nothing is left half-written.
   */
  writeGeneratedSheets(sheets: readonly SheetSpec[]): Promise<string[]>;
  /** Creates the three input tables, empty or with example rows. */
  writeTemplate(tables: readonly TemplateTable[]): Promise<void>;
}

/** A setting the task pane edits, with the value to write (null clears it). */
export interface SettingValue {
  readonly key: Exclude<SettingKey, 'reportPeriod'>;
  readonly value: string | number | null;
}

/** What the add-in needs from Excel beyond reading and writing sheets. */
export interface AddinHost extends WorkbookHost {
  /** Which input tables the workbook has (by table or sheet name). */
  findTables(): Promise<Record<TableName, boolean>>;
  /** Selects a cell given as `Plan!M8` (or `'Min plan'!B3`), activating its sheet. */
  selectCell(address: string): Promise<void>;
  /** Writes settings into `Indstillinger`, adding rows for keys it does not have yet. */
  writeSettings(values: readonly SettingValue[]): Promise<void>;
}

/** Runs one user action against the workbook: one Excel.run, one host. */
export type HostRunner = <T>(work: (host: AddinHost) => Promise<T>) => Promise<T>;

/** An error that carries words a user can act on (a host's problems come as these). */
export interface UserFacingError {
  readonly text: { readonly da: string; readonly en: string };
}

/** The words of a user-facing error, or null for anything else. */
export function userTextOf(error: unknown): UserFacingError['text'] | null {
  if (typeof error !== 'object' || error === null || !('text' in error)) return null;
  const text = (error as { text: unknown }).text;
  if (typeof text !== 'object' || text === null) return null;
  const { da, en } = text as { da?: unknown; en?: unknown };
  return typeof da === 'string' && typeof en === 'string' ? { da, en } : null;
}
