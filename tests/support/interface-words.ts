import { createIntl, type IntlShape } from 'react-intl';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import type { Language } from '../../src/domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from '../../src/i18n/languages';
import { createWording, type Wording } from '../../src/i18n/wording';

/**
 * The interface's words in a language as unit tests need them: its catalogue's messages (as the
 * build merges its folder), a formatter that throws on any formatting problem (a missing message,
 * values that do not fit), and the wording built from it.
 */

/** A language's messages, id → ICU source. */
export function messagesOf(language: Language): Record<string, string> {
  return readCatalogueFolder(new URL(`../../src/i18n/messages/${language}`, import.meta.url).pathname).messages;
}

/** A formatter of a language's catalogue, in its locale; a formatting problem throws. */
export function intlOf(language: Language): IntlShape {
  return createIntl({
    locale: LANGUAGE_FACTS[language].locale,
    messages: messagesOf(language),
    onError: (error) => {
      throw error;
    },
  });
}

/** The interface's wording in a language (`src/i18n/wording.ts`), strict as `intlOf`. */
export function wordingOf(language: Language): Wording {
  return createWording(intlOf(language));
}
