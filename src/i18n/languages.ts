import { LANGUAGES, type Language } from '../domain/vocabulary/vocabulary';

/** What the interface needs to know of each of its languages. */
interface LanguageFacts {
  /** The language's name in itself, as the language switch lists it. */
  nativeName: string;
  /** The direction of its script: the page's `dir`. */
  direction: 'ltr' | 'rtl';
  /**
   * The locale `Intl` formats with: Persian as written in Iran (Persian digits; the Solar Hijri
   * calendar where a date is shown in it), Hindi and Russian as in India and Russia; English as in
   * the project's sources (day before month, `en-GB`).
   */
  locale: string;
}

export const LANGUAGE_FACTS: Record<Language, LanguageFacts> = {
  en: { nativeName: 'English', direction: 'ltr', locale: 'en-GB' },
  ru: { nativeName: 'Русский', direction: 'ltr', locale: 'ru-RU' },
  fa: { nativeName: 'فارسی', direction: 'rtl', locale: 'fa-IR' },
  hi: { nativeName: 'हिन्दी', direction: 'ltr', locale: 'hi-IN' },
};

/**
 * The first of the browser's preferred languages (`navigator.languages`, most preferred first)
 * that the interface has, by primary subtag (`ru-RU` and `ru` are Russian); English when none is.
 */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    const language = LANGUAGES.find((item) => item === primary);
    if (language) return language;
  }
  return 'en';
}
