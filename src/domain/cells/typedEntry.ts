import { parseNumberText } from './parseNumberText';
import type { RawValue } from './rawTable';

/**
 * The value a cell gets when a Danish user types `text` into it: a number where the text is a
 * Danish number (`7,7`, `2013`, `1.071.224`), nothing for empty text, else the text itself.
 */
export function typedEntry(text: string): RawValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = parseNumberText(trimmed);
  if (parsed && !parsed.english && !parsed.percent && !/kr/i.test(trimmed)) return parsed.value;
  return text;
}
