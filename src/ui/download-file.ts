import { createIntl } from 'react-intl';
import { localizeCsvHeader } from '../domain/export/localize-csv-header';
import { LANGUAGES, type Language } from '../domain/vocabulary/vocabulary';
import { loadCatalogue } from '../i18n/catalogues';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { csvHeaderWords } from './download-headers';
import { localizedCsvHeadersOn } from './download-options';

function save(fileName: string, mediaType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn, once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The language the page shows (the i18n provider sets `<html lang>` once its catalogue is in). */
function shownLanguage(): Language {
  const lang = document.documentElement.lang;
  return LANGUAGES.find((language) => language === lang) ?? 'en';
}

/** A CSV with its header row in a language other than English, from that language's (loaded) catalogue. */
async function withLocalizedHeader(language: Exclude<Language, 'en'>, csv: string): Promise<string> {
  const intl = createIntl({ locale: LANGUAGE_FACTS[language].locale, messages: await loadCatalogue(language) });
  return localizeCsvHeader(
    csv,
    csvHeaderWords((id, values) => intl.formatMessage({ id }, values)),
  );
}

/**
 * Offers text as a file download (a Blob behind a temporary link), so exports need no server. A
 * CSV keeps its English machine column names, unless the reader asked for column headers in the
 * language shown (Share & cite, `download-options.ts`): then its header row alone is in that
 * language (issue 16 §6); the data rows and every other format are unchanged.
 *
 * @param mediaType - e.g. `text/csv;charset=utf-8`
 */
export function downloadFile(fileName: string, mediaType: string, content: string): void {
  const language = shownLanguage();
  if (!mediaType.startsWith('text/csv') || !localizedCsvHeadersOn() || language === 'en') {
    save(fileName, mediaType, content);
    return;
  }
  // The shown language's catalogue is already loaded: this waits a turn, not a fetch.
  withLocalizedHeader(language, content).then(
    (localized) => save(fileName, mediaType, localized),
    (error: unknown) => {
      console.warn(
        'The column headers could not be put in the language shown; the file keeps its machine names.',
        error,
      );
      save(fileName, mediaType, content);
    },
  );
}
