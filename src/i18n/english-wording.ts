import { createIntl } from 'react-intl';
import { ENGLISH_CATALOGUE } from './catalogues';
import { LANGUAGE_FACTS } from './languages';
import { createWording, type Wording } from './wording';

let english: Wording | undefined;

/**
 * The English words, from the English catalogue (already in the first view's script): the default
 * of the figure's renderer, the PDF and `figureContent` when no language is given.
 */
export function englishWording(): Wording {
  english ??= createWording(createIntl({ locale: LANGUAGE_FACTS.en.locale, messages: ENGLISH_CATALOGUE }));
  return english;
}
