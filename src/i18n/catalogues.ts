import type { MessageFormatElement } from 'react-intl';
import type { Language } from '../domain/vocabulary/vocabulary';
import type englishSource from './messages/en.json';
import english from './messages/en.json?icu';

/** A catalogue as the runtime formats it: each message parsed at build time. */
export type Catalogue = Record<string, MessageFormatElement[]>;

/** The id of a message the interface shows; the English catalogue lists them all. */
export type MessageId = keyof typeof englishSource;

/** English is in the first view's script; the others are loaded when chosen (issue 16 acceptance). */
export const ENGLISH_CATALOGUE: Catalogue = english;

const OTHER_CATALOGUES: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  ru: () => import('./messages/ru.json?icu'),
  fa: () => import('./messages/fa.json?icu'),
  hi: () => import('./messages/hi.json?icu'),
};

/** The catalogue of a language, fetched once (its chunk is cached by the module loader). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'en') return ENGLISH_CATALOGUE;
  return (await OTHER_CATALOGUES[language]()).default;
}
