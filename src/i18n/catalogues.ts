import type { MessageFormatElement } from 'react-intl';
import type { Language } from '../domain/vocabulary/vocabulary';
import type data from './messages/en/data.json';
import type figure from './messages/en/figure.json';
import type frame from './messages/en/frame.json';
import type map from './messages/en/map.json';
import type places from './messages/en/places.json';
import type route from './messages/en/route.json';
import type share from './messages/en/share.json';
import type time from './messages/en/time.json';
import type vocabulary from './messages/en/vocabulary.json';
import english from './messages/en?catalogue';

/** A catalogue as the runtime formats it: each message parsed at build time. */
export type Catalogue = Record<string, MessageFormatElement[]>;

/**
 * The id of a message the interface shows. The English catalogue lists them all, one file per area
 * of the interface (`messages/en/<area>.json`; scripts/icu-catalogues.ts merges a folder).
 */
export type MessageId =
  | keyof typeof frame
  | keyof typeof vocabulary
  | keyof typeof route
  | keyof typeof places
  | keyof typeof time
  | keyof typeof share
  | keyof typeof map
  | keyof typeof figure
  | keyof typeof data;

/** English is in the first view's script; the others are loaded when chosen (issue 16 acceptance). */
export const ENGLISH_CATALOGUE: Catalogue = english;

const OTHER_CATALOGUES: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  ru: () => import('./messages/ru?catalogue'),
  fa: () => import('./messages/fa?catalogue'),
  hi: () => import('./messages/hi?catalogue'),
};

/** The catalogue of a language, fetched once (its chunk is cached by the module loader). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'en') return ENGLISH_CATALOGUE;
  return (await OTHER_CATALOGUES[language]()).default;
}
