import { CODES, FakeOfficeError } from './errors';
import type { FakeWorkbook } from './fakeWorkbook';
import { RequestEngine } from './requestContext';

export interface FakeOfficeOptions {
  /**
   * The highest version of each requirement set the fake Excel supports (default
   * `{ ExcelApi: '1.9' }`). Members of newer sets fail with ApiNotFound, as in an older Excel.
   */
  readonly apiSets?: Readonly<Record<string, string>>;
  /** `Office.context.displayLanguage` (default `da-DK`). */
  readonly displayLanguage?: string;
}

function versionParts(version: string): number[] {
  return version.split('.').map((part) => Number(part) || 0);
}

/** True when `have` is at least `want` (`1.10` is newer than `1.9`). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = versionParts(have);
  const b = versionParts(want);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

type Batch = (context: unknown) => unknown;

/**
 * `Excel.run` over the fake workbook: one request context per call; what the batch leaves
 * queued is synced when it returns; the context cannot be used after the run.
 */
export function fakeExcelRun(
  workbook: FakeWorkbook,
  excelApi: string,
): (batch: Batch) => Promise<unknown> {
  const minor = versionParts(excelApi)[1] ?? 0;
  return async (batch: Batch) => {
    if (typeof batch !== 'function') {
      throw new TypeError('The fake Excel.run takes the batch function as its only argument');
    }
    workbook.runs += 1;
    const editing = workbook.editingRuns > 0;
    if (editing) workbook.editingRuns -= 1;
    const engine = new RequestEngine(workbook, workbook.runs, minor, editing);
    try {
      const pending = batch(engine.context);
      if (typeof (pending as { then?: unknown } | null)?.then !== 'function') {
        throw new FakeOfficeError(
          CODES.runMustReturnPromise,
          'The batch function passed to the ".run" method didn\'t return a promise',
        );
      }
      const result = await pending;
      if (engine.hasQueued) await engine.context.sync();
      return result;
    } finally {
      engine.close();
    }
  };
}

/**
 * Puts `Office` and `Excel` on `globalThis`, standing for an Excel that holds `workbook`.
 * Returns the function that puts back what was there before.
 */
export function installFakeOffice(
  workbook: FakeWorkbook,
  options: FakeOfficeOptions = {},
): () => void {
  const apiSets = options.apiSets ?? { ExcelApi: '1.9' };
  const host = { host: 'Excel', platform: 'PC' };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    context: {
      host: 'Excel',
      platform: 'PC',
      displayLanguage: options.displayLanguage ?? 'da-DK',
      officeTheme: {
        bodyBackgroundColor: '#FFFFFF',
        bodyForegroundColor: '#000000',
        controlBackgroundColor: '#FFFFFF',
        controlForegroundColor: '#000000',
        isDarkTheme: false,
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean => {
          const have = apiSets[name];
          if (have === undefined) return false;
          return minVersion === undefined || versionAtLeast(have, String(minVersion));
        },
      },
    },
    onReady: (callback?: (info: typeof host) => void): Promise<typeof host> => {
      callback?.(host);
      return Promise.resolve(host);
    },
  };
  const excel = { run: fakeExcelRun(workbook, apiSets.ExcelApi ?? '1.1') };
  const globals = globalThis as Record<string, unknown>;
  const had = { Office: 'Office' in globals, Excel: 'Excel' in globals };
  const before = { Office: globals.Office, Excel: globals.Excel };
  globals.Office = office;
  globals.Excel = excel;
  return () => {
    for (const key of ['Office', 'Excel'] as const) {
      if (had[key]) globals[key] = before[key];
      else Reflect.deleteProperty(globals, key);
    }
  };
}
