import type { HostRunner } from '../domain/ports';
import type { ApiSupport } from './apiSupport';
import { UserProblem } from '../domain/userProblem';
import { describeHostError, HostProblem } from './hostErrors';
import { OfficeWorkbookHost } from './officeWorkbookHost';
import type { RetryOptions } from './runInExcel';
import { runInExcel } from './runInExcel';

/**
 * Runs each user action in one Excel.run, with a host bound to its request context. Whatever
 * goes wrong reaches the caller as a {@link HostProblem}: words the user can act on.
 */
export function excelHostRunner(support: ApiSupport, retry?: RetryOptions): HostRunner {
  return async (work) => {
    try {
      return await runInExcel((context) => work(new OfficeWorkbookHost(context, support)), retry);
    } catch (error) {
      if (error instanceof UserProblem) throw error;
      throw new HostProblem(describeHostError(error), { cause: error });
    }
  };
}
