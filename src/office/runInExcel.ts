import { describeHostError, HostProblem, officeErrorCode } from './hostErrors';

export interface RetryOptions {
  readonly attempts: number;
  readonly delayMs: number;
  readonly wait: (ms: number) => Promise<void>;
}

const DEFAULT_RETRY: RetryOptions = {
  attempts: 6,
  delayMs: 500,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs one user action in one `Excel.run`. While the user is editing a cell Excel refuses every
 * request (`InvalidOperationInCellEditMode`); the action is then retried briefly, and if the
 * cell is still being edited the user is told so in words.
 */
export async function runInExcel<T>(
  work: (context: Excel.RequestContext) => Promise<T>,
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(work);
    } catch (error) {
      if (officeErrorCode(error) !== 'InvalidOperationInCellEditMode') throw error;
      if (attempt >= retry.attempts) {
        throw new HostProblem(describeHostError(error), { cause: error });
      }
      await retry.wait(retry.delayMs);
    }
  }
}
