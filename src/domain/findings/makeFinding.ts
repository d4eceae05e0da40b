import type { Finding, Place } from './finding';
import type { FindingCode, MessageParams } from './messages';
import { MESSAGES } from './messages';

/** Builds a finding of a code at a place, with the code's severity and message. */
export function makeFinding<C extends FindingCode>(
  code: C,
  params: MessageParams<C>,
  place: Place,
  goalId: string | null = null,
): Finding {
  const entry = MESSAGES[code] as {
    severity: Finding['severity'];
    text: (p: MessageParams<C>) => Finding['message'];
  };
  return { ...place, severity: entry.severity, code, message: entry.text(params), goalId };
}
