import type { LocalText } from '../text/localText';

/** The nine statuses a goal can have (domain §4.4). */
export type StatusCode =
  | 'met'
  | 'on_track'
  | 'at_risk'
  | 'partly_met'
  | 'off_track'
  | 'not_met'
  | 'not_started'
  | 'no_data'
  | 'invalid';

export type StatusColour = 'green' | 'yellow' | 'red' | 'grey';

export interface StatusInfo {
  readonly code: StatusCode;
  readonly label: LocalText;
  readonly colour: StatusColour;
  /** Shown beside the label so that status never depends on colour alone. */
  readonly symbol: string;
  /** The rule, in one sentence, for the report's legend. */
  readonly rule: LocalText;
}

const info = (
  code: StatusCode,
  da: string,
  en: string,
  colour: StatusColour,
  symbol: string,
  rule: LocalText,
): StatusInfo => ({ code, label: { da, en }, colour, symbol, rule });

/** Every status, in the order the report lists them: best first. */
export const STATUSES: readonly StatusInfo[] = [
  info('met', 'Opfyldt', 'Met', 'green', '✔', {
    da: 'Målet er nået (eller et akkumuleret minimum er allerede nået).',
    en: 'The target is reached (or a cumulative minimum is already reached).',
  }),
  info('on_track', 'På rette vej', 'On track', 'green', '▲', {
    da: 'Målperioden er ikke slut, og udviklingen er mindst som forventet på dette tidspunkt.',
    en: 'The target period is not over, and progress is at least as expected by now.',
  }),
  info('at_risk', 'I risiko', 'At risk', 'yellow', '●', {
    da: 'Målperioden er ikke slut, og udviklingen er under det forventede, men inden for tolerancen.',
    en: 'The target period is not over, and progress is below expectation but within the tolerance.',
  }),
  info('partly_met', 'Delvist opfyldt', 'Partly met', 'yellow', '◐', {
    da: 'Målperioden er slut, og målet er ikke helt nået, men inden for tolerancen.',
    en: 'The target period is over, and the target is not quite reached but within the tolerance.',
  }),
  info('off_track', 'Ikke på rette vej', 'Off track', 'red', '▼', {
    da: 'Målperioden er ikke slut, og udviklingen er under det forventede ud over tolerancen.',
    en: 'The target period is not over, and progress is below expectation beyond the tolerance.',
  }),
  info('not_met', 'Ikke opfyldt', 'Not met', 'red', '✖', {
    da: 'Målperioden er slut (eller fristen overskredet), og målet er ikke nået.',
    en: 'The target period is over (or the deadline passed), and the target is not reached.',
  }),
  info('not_started', 'Ikke startet', 'Not started', 'grey', '○', {
    da: 'Milepælen er ikke sat i gang, og fristen er ikke overskredet.',
    en: 'The milestone has not started, and its deadline has not passed.',
  }),
  info('no_data', 'Ingen data', 'No data', 'grey', '–', {
    da: 'Der er ingen opfølgningstal (eller sammenligningstal) til og med perioden.',
    en: 'There are no follow-up figures (or benchmark figures) up to the period.',
  }),
  info('invalid', 'Fejl i data', 'Invalid data', 'grey', '!', {
    da: 'Målet kan ikke beregnes, fordi planen eller opfølgningen har en fejl; se fejllisten.',
    en: 'The goal cannot be computed because the plan or follow-up has an error; see the findings.',
  }),
];

export function statusInfo(code: StatusCode): StatusInfo {
  const found = STATUSES.find((s) => s.code === code);
  if (!found) throw new Error(`Unknown status ${code}`);
  return found;
}
