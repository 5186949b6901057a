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

/** One line: line breaks and runs of spaces become single spaces (RIS fields are one line each). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function versions(input: CitationInput): string {
  const network = input.networkDay ? `, network as on ${input.networkDay}` : '';
  return `app version ${input.appVersion}, data version ${input.dataVersion}${network}`;
}

/**
 * APA 7th edition, a dataset-like web resource with a retrieval date (the view changes with the
 * data): author, year, title, [description], site, "Retrieved …, from URL". Pure.
 */
export function apaCitation(input: CitationInput): string {
  const year = input.accessedOn.slice(0, 4);
  return oneLine(
    `INSTC Explorer contributors. (${year}). ${input.title} [Interactive map; ${versions(input)}]. ` +
      `INSTC Explorer. Retrieved ${longDate(input.accessedOn)}, from ${input.url}`,
  );
}

/** Chicago (17th edition) bibliography entry for a web page, with its access date. Pure. */
export function chicagoCitation(input: CitationInput): string {
  return oneLine(
    `INSTC Explorer contributors. “${input.title}.” INSTC Explorer, ${versions(input)}. ` +
      `Accessed ${longDate(input.accessedOn)}. ${input.url}.`,
  );
}

/** RIS (one `TAG  - value` line each, ending `ER  - `), as reference managers import it. Pure. */
export function risCitation(input: CitationInput): string {
  const field = (tag: string, value: string) => `${tag}  - ${oneLine(value)}`;
  return [
    field('TY', 'ELEC'),
    field('AU', 'INSTC Explorer contributors'),
    field('TI', input.title),
    field('T2', 'INSTC Explorer'),
    field('PY', input.accessedOn.slice(0, 4)),
    field('Y2', input.accessedOn.replaceAll('-', '/')),
    field('UR', input.url),
    field('N1', `${versions(input).replace(/^a/, 'A')}.`),
    'ER  - ',
  ].join('\r\n');
}
