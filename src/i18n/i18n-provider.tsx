import { type ReactNode, useEffect, useLayoutEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { Language } from '../domain/vocabulary/vocabulary';
import { useExplorer, useExplorerStore } from '../state/explorer-context';
import { selectLanguage } from '../state/explorer-store';
import { type Catalogue, loadCatalogue } from './catalogues';
import { LANGUAGE_FACTS } from './languages';

/** The language the interface shows, with its catalogue (loaded). */
export interface ShownLanguage {
  language: Language;
  catalogue: Catalogue;
}

/**
 * Every formatting problem is a console error: a message missing from a catalogue, a message whose
 * values do not fit it. The end-to-end tests fail on console errors, so none goes unseen.
 */
function reportIntlError(error: { message: string }): void {
  console.error(`[i18n] ${error.message}`);
}

/**
 * The interface in the language the link or the reader asks for (`selectLanguage`): the catalogue
 * is loaded when the language is chosen, and until it has arrived the interface stays in the
 * language it shows, so no message ever appears as its id. The page's `lang` (on <html>) and `dir`
 * (on <body>) follow.
 */
export function I18nProvider({ initial, children }: { initial: ShownLanguage; children: ReactNode }) {
  const store = useExplorerStore();
  const wanted = useExplorer(selectLanguage);
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (wanted === shown.language) return;
    let current = true;
    loadCatalogue(wanted).then(
      (catalogue) => {
        if (current) setShown({ language: wanted, catalogue });
      },
      (error: unknown) => {
        if (!current) return;
        const language = LANGUAGE_FACTS[wanted].nativeName;
        store.getState().addAppNotice({
          id: 'language',
          message: `The interface in ${language} could not be loaded (${String(error)}); the explorer stays in the language it shows.`,
          words: { id: 'notice.languageFailed', values: { language, detail: String(error) } },
        });
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, shown, store]);
  const locale = LANGUAGE_FACTS[shown.language].locale;
  useLayoutEffect(() => {
    document.documentElement.lang = shown.language;
    // The direction is set on <body>, which holds the whole page, and not on <html>: MapLibre draws
    // each glyph of its labels on an OffscreenCanvas, whose text direction follows the document
    // element's, so `dir="rtl"` there mirrors brackets in every map label ("(" drawn as ")").
    document.body.dir = LANGUAGE_FACTS[shown.language].direction;
  }, [shown.language]);
  return (
    <IntlProvider locale={locale} defaultLocale="en-GB" messages={shown.catalogue} onError={reportIntlError}>
      {children}
    </IntlProvider>
  );
}
