import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { readCatalogueFolder } from '../../../scripts/icu-catalogues';

/**
 * What the language tests read of the catalogues: a message's text, and the English phrases that
 * must not be left on a page shown in another language.
 */

const folder = (language: string) => new URL(`../../../src/i18n/messages/${language}`, import.meta.url).pathname;

/** A language's messages, id → ICU source. */
export function catalogue(language: string): Record<string, string> {
  return readCatalogueFolder(folder(language)).messages;
}

/** The literal runs of a message (the text between its placeholders, through plurals and selects). */
function literalRuns(elements: MessageFormatElement[], into: string[] = []): string[] {
  let run = '';
  const flush = () => {
    if (run.trim()) into.push(run.trim());
    run = '';
  };
  for (const element of elements) {
    if (element.type === TYPE.literal) run += element.value;
    else {
      flush();
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) literalRuns(option.value, into);
      }
      if (element.type === TYPE.tag) literalRuns(element.children, into);
    }
  }
  flush();
  return into;
}

/**
 * English phrases of the interface (runs of three or more words from the English catalogue) that the
 * language's catalogue does not also use: on a page in that language, any of them is an
 * untranslated string. Names of data features never match: they are not in the catalogue.
 */
export function englishPhrases(language: string): string[] {
  const own = Object.values(catalogue(language)).join('\n');
  const phrases = Object.values(catalogue('en')).flatMap((message) =>
    literalRuns(parse(message)).filter((run) => /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(run)),
  );
  return [...new Set(phrases)].filter((phrase) => !own.includes(phrase));
}

/** The English phrases of the interface found in a text shown in `language`. */
export function englishLeftIn(text: string, language: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return englishPhrases(language).filter((phrase) => flat.includes(phrase.replace(/\s+/g, ' ')));
}
