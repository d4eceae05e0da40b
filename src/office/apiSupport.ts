/** Which optional Excel API sets the running Excel has (the manifest requires ExcelApi 1.7). */
export interface ApiSupport {
  /** ExcelApi 1.8: data validation, gridlines, chart axis number formats, blanks in charts. */
  readonly api18: boolean;
  /** ExcelApi 1.9: page layout (print setup, footer, print titles) and cell indentation. */
  readonly api19: boolean;
}

/** Asks Office which optional API sets this Excel supports. */
export function detectApiSupport(): ApiSupport {
  const requirements = Office.context.requirements;
  return {
    api18: requirements.isSetSupported('ExcelApi', '1.8'),
    api19: requirements.isSetSupported('ExcelApi', '1.9'),
  };
}

export const FULL_SUPPORT: ApiSupport = { api18: true, api19: true };
