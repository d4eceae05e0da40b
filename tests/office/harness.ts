import type { AddinActions } from '../../src/app/addinActions';
import { createAddinActions } from '../../src/app/addinActions';
import type { ApiSupport } from '../../src/office/apiSupport';
import { FULL_SUPPORT } from '../../src/office/apiSupport';
import { excelHostRunner } from '../../src/office/excelHostRunner';
import type { RetryOptions } from '../../src/office/runInExcel';
import type { FakeOfficeOptions, SyncRecord } from '../fakes/excel';
import { FakeWorkbook, installFakeOffice } from '../fakes/excel';
import { TODAY } from '../helpers/fixtures';

/** Retries without waiting, and counts the waits. */
export function fastRetry(attempts = 4): RetryOptions & { readonly waits: number[] } {
  const waits: number[] = [];
  return {
    attempts,
    delayMs: 500,
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    waits,
  };
}

export interface Excel {
  readonly workbook: FakeWorkbook;
  readonly actions: AddinActions;
  /** The syncs made since the last call (or since the start). */
  takeSyncs(): SyncRecord[];
  uninstall(): void;
}

/**
 * Puts a fake Excel holding `workbook` in place and gives the task pane's actions over it,
 * with the real use cases and the Office host.
 */
export function openInExcel(
  workbook: FakeWorkbook = new FakeWorkbook(),
  options: {
    readonly support?: ApiSupport;
    readonly office?: FakeOfficeOptions;
    readonly retry?: RetryOptions;
  } = {},
): Excel {
  const uninstall = installFakeOffice(workbook, options.office);
  const actions = createAddinActions(
    excelHostRunner(options.support ?? FULL_SUPPORT, options.retry ?? fastRetry()),
    () => TODAY,
  );
  let seen = workbook.syncs.length;
  return {
    workbook,
    actions,
    takeSyncs: () => {
      const syncs = workbook.syncs.slice(seen);
      seen = workbook.syncs.length;
      return syncs;
    },
    uninstall,
  };
}

/** A workbook with the worked example, made by the template as a user would. */
export async function exampleInExcel(
  options: Parameters<typeof openInExcel>[1] = {},
): Promise<Excel> {
  const excel = openInExcel(new FakeWorkbook(), options);
  await excel.actions.createTemplate(true);
  excel.takeSyncs();
  return excel;
}

/** The error an action rejects with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('The action did not fail');
}
