import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import { fill } from '../domain/report/reportTexts';
import type { Language, LocalText } from '../domain/text/localText';
import { inLanguage } from '../domain/text/localText';
import type { UiKey } from './uiTexts';
import { UI } from './uiTexts';

export interface Translator {
  readonly language: Language;
  /** A task-pane text, with `{name}` placeholders filled in. */
  readonly t: (key: UiKey, values?: Record<string, string>) => string;
  /** A text from elsewhere (a finding, an explanation) in the chosen language. */
  readonly pick: (text: LocalText) => string;
}

export function translator(language: Language): Translator {
  return {
    language,
    t: (key, values = {}) => fill(inLanguage(UI[key], language), values),
    pick: (text) => inLanguage(text, language),
  };
}

const I18nContext = createContext<Translator>(translator('da'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <I18nContext.Provider value={translator(language)}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}
