import type { CitationInput } from './cite-view';

/** The citation styles the share panel offers, in the order it lists them. */
export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'chicago', label: 'Chicago (bibliography)' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS (Zotero, EndNote, Mendeley)' },
] as const;

/** A citation style's id. */
export type CitationFormat = (typeof CITATION_FORMATS)[number]['id'];

/** The parts a readable citation (APA, Chicago) is made of, each already in words. */
interface CitationParts {
  authors: string;
  /** The year of access as the citation writes it. */
  year: string;
  title: string;
  /** The app's and the data's versions (and the network's day), as `CitationWords.versions` words them. */
  versions: string;
  site: string;
  /** The day of access in words. */
  date: string;
  url: string;
}

/**
 * The words of the readable citations (APA, Chicago) in one language (issue 16): the domain keeps
 * English (`ENGLISH_CITATION_WORDS`, for the CLI, the tests and any caller that names no language);
 * the interface builds the language shown from its catalogues. BibTeX and RIS are machine formats:
 * their fields and notes stay English whatever the words; only their title is the caller's.
 */
export interface CitationWords {
  /** The language's primary subtag (`en`, `ru`, `fa`, `hi`): BibTeX and RIS record it when not English. */
  language: string;
  /** "INSTC Explorer contributors". */
  authors: string;
  /** The site's name: "INSTC Explorer". */
  site: string;
  /** The year of a day (`YYYY-MM-DD`) as the citation writes it: "2026". */
  year(isoDay: string): string;
  /** The day of access (`YYYY-MM-DD`) in words: "December 3, 2026". */
  date(isoDay: string): string;
  /** "app version 0.1.0, data version 2026.11.1, network as on 2026-03-15". */
  versions(input: Pick<CitationInput, 'appVersion' | 'dataVersion' | 'networkDay'>): string;
  /** The APA 7th edition line from its parts. */
  apa(parts: CitationParts): string;
  /** The Chicago bibliography entry from its parts. */
  chicago(parts: CitationParts): string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2026-12-03` as "December 3, 2026". */
function longDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? 1}, ${year ?? ''}`;
}

/** The citations' words in English: the CLI's, the machine formats' notes, and the default of every function here. */
export const ENGLISH_CITATION_WORDS: CitationWords = {
  language: 'en',
  authors: 'INSTC Explorer contributors',
  site: 'INSTC Explorer',
  year: (isoDay) => isoDay.slice(0, 4),
  date: longDate,
  versions: (input) => {
    const network = input.networkDay ? `, network as on ${input.networkDay}` : '';
    return `app version ${input.appVersion}, data version ${input.dataVersion}${network}`;
  },
  apa: (parts) =>
    `${parts.authors}. (${parts.year}). ${parts.title} [Interactive map; ${parts.versions}]. ` +
    `${parts.site}. Retrieved ${parts.date}, from ${parts.url}`,
  chicago: (parts) =>
    `${parts.authors}. “${parts.title}.” ${parts.site}, ${parts.versions}. Accessed ${parts.date}. ${parts.url}.`,
};

/** One line: line breaks and runs of spaces become single spaces (RIS fields are one line each). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function partsOf(input: CitationInput, words: CitationWords): CitationParts {
  return {
    authors: words.authors,
    year: words.year(input.accessedOn),
    title: input.title,
    versions: words.versions(input),
    site: words.site,
    date: words.date(input.accessedOn),
    url: input.url,
  };
}

/**
 * APA 7th edition, a dataset-like web resource with a retrieval date (the view changes with the
 * data): author, year, title, [description], site, "Retrieved …, from URL"; in the language of
 * `words` (English unless given). Pure.
 */
export function apaCitation(input: CitationInput, words: CitationWords = ENGLISH_CITATION_WORDS): string {
  return oneLine(words.apa(partsOf(input, words)));
}

/** Chicago (17th edition) bibliography entry for a web page, with its access date; in the language of `words`. Pure. */
export function chicagoCitation(input: CitationInput, words: CitationWords = ENGLISH_CITATION_WORDS): string {
  return oneLine(words.chicago(partsOf(input, words)));
}

/**
 * RIS (one `TAG  - value` line each, ending `ER  - `), as reference managers import it: fields and
 * note in English as the format expects; the title as given (in the language shown), and `LA` (the
 * language) when `language` is not English. Pure.
 */
export function risCitation(input: CitationInput, language = 'en'): string {
  const field = (tag: string, value: string) => `${tag}  - ${oneLine(value)}`;
  return [
    field('TY', 'ELEC'),
    field('AU', ENGLISH_CITATION_WORDS.authors),
    field('TI', input.title),
    field('T2', ENGLISH_CITATION_WORDS.site),
    ...(language === 'en' ? [] : [field('LA', language)]),
    field('PY', input.accessedOn.slice(0, 4)),
    field('Y2', input.accessedOn.replaceAll('-', '/')),
    field('UR', input.url),
    field('N1', `${ENGLISH_CITATION_WORDS.versions(input).replace(/^a/, 'A')}.`),
    'ER  - ',
  ].join('\r\n');
}
