import type { LocalText } from '../domain/text/localText';
import { UserProblem } from '../domain/userProblem';

/** A problem the user can act on, raised by the host with words for the task pane. */
export class HostProblem extends UserProblem {
  constructor(text: LocalText, options?: { cause: unknown }) {
    super(text, options);
    this.name = 'HostProblem';
  }
}

/** The error code Office.js puts on a failed request, if any. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

const BY_CODE: Record<string, LocalText> = {
  InvalidOperationInCellEditMode: {
    da: 'Excel er ved at redigere en celle. Tryk Enter eller Esc i cellen, og prøv igen.',
    en: 'Excel is editing a cell. Press Enter or Esc in the cell, and try again.',
  },
  AccessDenied: {
    da: 'Excel tillod ikke ændringen. Er projektmappen eller arket beskyttet eller skrivebeskyttet?',
    en: 'Excel did not allow the change. Is the workbook or sheet protected or read-only?',
  },
  RequestPayloadSizeLimitExceeded: {
    da: 'Forespørgslen til Excel blev for stor. Prøv igen; hjælper det ikke, så del planen i flere projektmapper.',
    en: 'The request to Excel was too large. Try again; if that does not help, split the plan into several workbooks.',
  },
  ItemAlreadyExists: {
    da: 'Et ark eller en tabel med det navn findes allerede. Omdøb det, og prøv igen.',
    en: 'A sheet or table of that name already exists. Rename it and try again.',
  },
  ItemNotFound: {
    da: 'Et ark eller en tabel, som PlanStatus skulle bruge, findes ikke længere. Prøv igen.',
    en: 'A sheet or table PlanStatus needed no longer exists. Try again.',
  },
  InsertDeleteConflict: {
    da: 'Ændringen ville flytte celler i en tabel eller et flettet område. Flyt tabellen, og prøv igen.',
    en: 'The change would move cells in a table or a merged range. Move the table and try again.',
  },
  Conflict: {
    da: 'Projektmappen blev ændret et andet sted imens (fx af en medforfatter). Prøv igen.',
    en: 'The workbook was changed elsewhere meanwhile (e.g. by a co-author). Try again.',
  },
  ApiNotFound: {
    da: 'Denne version af Excel mangler en funktion, som PlanStatus bruger. Opdatér Excel, og prøv igen.',
    en: 'This version of Excel lacks a feature PlanStatus uses. Update Excel and try again.',
  },
};

const FALLBACK: LocalText = {
  da: 'Excel kunne ikke udføre handlingen. Prøv igen; sker det igen, så gem projektmappen, genåbn den og prøv en gang til.',
  en: 'Excel could not carry out the action. Try again; if it happens again, save the workbook, reopen it and try once more.',
};

/**
 * Words for a host error that a user can act on, never a stack trace: what happened, and what
 * to do about it.
 */
export function describeHostError(error: unknown): LocalText {
  if (error instanceof UserProblem) return error.text;
  const code = officeErrorCode(error);
  return (code !== null ? BY_CODE[code] : undefined) ?? FALLBACK;
}
