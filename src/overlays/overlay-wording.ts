import { createIntl } from 'react-intl';
import type { Language } from '../domain/vocabulary/vocabulary';
import { ENGLISH_CATALOGUE, loadCatalogue } from '../i18n/catalogues';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { createWording, type Wording } from '../i18n/wording';

/** A formatting problem is a console error, as in the interface (src/i18n/i18n-provider.tsx). */
function reportIntlError(error: { message: string }): void {
  console.error(`[i18n] ${error.message}`);
}

/** The words of a language from its catalogue, outside React (the map's status, the exported image). */
export function wordingFrom(language: Language, catalogue: Parameters<typeof createIntl>[0]['messages']): Wording {
  return createWording(
    createIntl({ locale: LANGUAGE_FACTS[language].locale, messages: catalogue, onError: reportIntlError }),
  );
}

let english: Wording | undefined;

/** The interface's words in English (its catalogue is in the first view's script): the log's and the tests' text. */
export function englishWording(): Wording {
  english ??= wordingFrom('en', ENGLISH_CATALOGUE);
  return english;
}

/** The words of a language, its catalogue loaded if need be (once; later calls are immediate). */
export async function wordingIn(language: Language): Promise<Wording> {
  if (language === 'en') return englishWording();
  return wordingFrom(language, await loadCatalogue(language));
}
