/**
 * The error a failed request rejects with, shaped like Office.js's `OfficeExtension.Error`:
 * a `code` from Office's list, a message, and debug information without a stack of Excel's.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** The codes the fake raises (Office's own strings). */
export const CODES = {
  invalidArgument: 'InvalidArgument',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidOperation: 'InvalidOperation',
  cellEditMode: 'InvalidOperationInCellEditMode',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  propertyNotLoaded: 'PropertyNotLoaded',
  apiNotFound: 'ApiNotFound',
  invalidRequestContext: 'InvalidRequestContext',
  runMustReturnPromise: 'RunMustReturnPromise',
  generalException: 'GeneralException',
  insertDeleteConflict: 'InsertDeleteConflict',
  mergedRangeConflict: 'MergedRangeConflict',
} as const;

export function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}
