/** A user-facing text in both languages. Danish is the default everywhere. */
export interface LocalText {
  readonly da: string;
  readonly en: string;
}

export type Language = 'da' | 'en';

/** Picks one language of a text. */
export function inLanguage(text: LocalText, language: Language): string {
  return language === 'en' ? text.en : text.da;
}
