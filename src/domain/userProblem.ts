import type { LocalText } from './text/localText';

/** A problem the user can act on, with the words to tell them (never a stack trace). */
export class UserProblem extends Error {
  constructor(
    readonly text: LocalText,
    options?: { cause: unknown },
  ) {
    super(text.en, options);
    this.name = 'UserProblem';
  }
}

/** Why the worked example is not put into a workbook that has any of the tables. */
export const EXAMPLE_NEEDS_EMPTY_WORKBOOK: LocalText = {
  da: 'Eksemplet indsættes kun i en projektmappe uden tabellerne Plan, Opfølgning og Indstillinger, så det ikke blandes med dine data. Åbn en ny projektmappe, og prøv igen.',
  en: 'The example is only put into a workbook without the tables Plan, Opfølgning and Indstillinger, so that it does not mix with your data. Open a new workbook and try again.',
};
