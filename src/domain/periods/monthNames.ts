/** Danish month names, lower case, January first. */
export const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Danish short month labels as the report shows them. */
export const DANISH_MONTHS_SHORT = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'maj',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
] as const;

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ENGLISH_SHORT = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Every accepted spelling of a month (lower case, no trailing dot) → month 1–12. */
const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  DANISH_MONTHS.forEach((name, i) => {
    words.set(name, i + 1);
    words.set(name.slice(0, 3), i + 1);
  });
  ENGLISH_MONTHS.forEach((name, i) => words.set(name.toLowerCase(), i + 1));
  ENGLISH_SHORT.forEach((name, i) => words.set(name, i + 1));
  words.set('sept', 9);
  return words;
})();

/** The month (1–12) a word names, with or without a trailing dot; null when it names none. */
export function monthOfWord(word: string): number | null {
  return MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** A regular-expression alternation matching every month word, longest first. */
export const MONTH_WORD_PATTERN = [...MONTH_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');
