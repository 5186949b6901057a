import {
  apaCitation,
  type CitationFormat,
  type CitationWords,
  chicagoCitation,
  ENGLISH_CITATION_WORDS,
  risCitation,
} from './citation-formats';

/** What a citation of a view needs. */
export interface CitationInput {
  /** The permalink of the view. */
  url: string;
  /** A short description of the view with names, never ids, e.g. "Route from Moscow to Mumbai, best by time". */
  title: string;
  appVersion: string;
  dataVersion: string;
  /** `YYYY-MM-DD`. */
  accessedOn: string;
  /** The day the view's map and figures are for (`YYYY-MM-DD`, contracts §7), when known. */
  networkDay?: string | undefined;
}

function escapeBibtex(text: string): string {
  return text.replace(/[\\{}]/g, (character) => `\\${character}`).replace(/[%&$#_]/g, (character) => `\\${character}`);
}

/**
 * A URL made safe inside BibTeX's `\url{…}`: braces, backslashes, spaces and control characters
 * (which a URL never needs raw, and which could close the field) are percent-encoded.
 */
function escapeBibtexUrl(url: string): string {
  let escaped = '';
  for (const character of url) {
    const code = character.codePointAt(0) ?? 0;
    const unsafe =
      character === '{' ||
      character === '}' ||
      character === '\\' ||
      code <= 0x20 ||
      code === 0x7f ||
      /\s/.test(character);
    escaped += unsafe
      ? [...new TextEncoder().encode(character)]
          .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
          .join('')
      : character;
  }
  return escaped;
}

/** biblatex's `langid` of a language (the babel and polyglossia name); the code itself for one not listed. */
const BIBLATEX_LANGUAGES: Readonly<Record<string, string>> = { ru: 'russian', fa: 'persian', hi: 'hindi' };

/**
 * A citation of a view as a BibTeX `@misc` entry (the URL, both versions and the access date): fields
 * and note in English as the format expects, the title as given (in the language shown) and, when
 * that is not English, biblatex's `langid` so the entry is hyphenated and sorted in its language. Pure.
 */
function bibtexCitation(input: CitationInput, language: string): string {
  const year = input.accessedOn.slice(0, 4);
  const key = `instc-explorer-${input.accessedOn.replaceAll('-', '')}`;
  const network = input.networkDay ? `, network as on ${input.networkDay}` : '';
  return [
    `@misc{${key},`,
    '  author = {{INSTC Explorer contributors}},',
    `  title = {{INSTC Explorer}: ${escapeBibtex(input.title)}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${escapeBibtexUrl(input.url)}}},`,
    `  note = {App version ${escapeBibtex(input.appVersion)}, data version ${escapeBibtex(input.dataVersion)}${network}. Accessed ${input.accessedOn}},`,
    ...(language === 'en' ? [] : [`  langid = {${BIBLATEX_LANGUAGES[language] ?? escapeBibtex(language)}},`]),
    `  urldate = {${input.accessedOn}}`,
    '}',
  ].join('\n');
}

/**
 * A citation of a view of the explorer in every style of `CITATION_FORMATS`: the readable ones (APA,
 * Chicago) in the language of `words` (English unless given), the machine ones (BibTeX, RIS) with
 * English fields and the title as given. Pure.
 */
export function citeView(
  input: CitationInput,
  words: CitationWords = ENGLISH_CITATION_WORDS,
): Record<CitationFormat, string> {
  return {
    apa: apaCitation(input, words),
    chicago: chicagoCitation(input, words),
    bibtex: bibtexCitation(input, words.language),
    ris: risCitation(input, words.language),
  };
}
