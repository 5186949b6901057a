import type { LinkNotice } from './link-state';

/**
 * What the link parser and the id check say, as codes with parameters (issue 16 §2): the interface
 * words each code in the reader's language (`src/i18n`), and `reason` keeps the English sentence
 * (the CLI, logs, tests). Each code's English template is here, next to its parameters.
 */
const ENGLISH = {
  'unknown-key': () => 'unknown key; ignored',
  'malformed-encoding': () => 'malformed percent-encoding; ignored',
  'link-too-long': (p: { limit: number; cut: number; count: number }) =>
    `longer than ${p.limit} characters; cut at ${p.cut} characters and the rest not read`,
  'too-many-parts': (p: { limit: number; count: number }) =>
    `more than ${p.limit} KEY=VALUE parts; read the first ${p.limit}, the rest not read`,
  'cut-to-length': (p: { limit: number; kept: number; count: number }) =>
    `link longer than ${p.limit} characters; cut to ${p.kept}`,
  'unlisted-problems': (p: { count: number }) => `and ${p.count} more problems of the same link, not listed`,
  'unsupported-version': (p: { version: number }) => `unsupported link version; read as version ${p.version}`,
  'bad-camera': () => 'expected ZOOM/LAT/LNG or ZOOM/LAT/LNG/BEARING/PITCH with numbers; ignored',
  'longitude-wrapped': (p: { longitude: number }) => `longitude wrapped to ${p.longitude}`,
  'bad-box': () => 'expected four numbers W,S,E,N; ignored',
  'empty-box': () => 'empty box (south must be below north, west differ from east); ignored',
  'out-of-range': (p: { what: NumberName; value: number }) => `${p.what} out of range; clamped to ${p.value}`,
  'not-whole-number': () => 'not a whole number; ignored',
  'route-too-short': () => 'a route needs at least an origin and a destination; ignored',
  'not-one-of': (p: { allowed: string }) => `not one of ${p.allowed}; ignored`,
  'invalid-item': (p: { what: ItemName }) => `not a valid ${ITEM_WORDS[p.what]}; ignored`,
  'repeated-item': (p: { what: ItemName }) => `${ITEM_WORDS[p.what]} repeated one after the other; kept once`,
  'too-many-items': (p: { limit: number; count: number }) => `more than ${p.limit}; kept the first ${p.limit}`,
  'bad-date': (p: { detail: string }) => `${p.detail}; ignored`,
  'bad-assumption': (p: { detail: string }) => `${p.detail}; ignored`,
  'not-an-id': () => 'not a valid id; ignored',
  'bad-data-version': () => 'not a data version (YYYY.MM.N); ignored',
  'embed-value': () => 'only embed=1 is understood; ignored',
  'year-with-date': (p: { date: string }) => `date=${p.date} names the day; year ignored`,
  'unknown-id': (p: { what: ItemName }) => `unknown ${ITEM_WORDS[p.what]}; ignored`,
  'route-unknown-places': () => 'fewer than two known places left; route ignored',
  'unknown-feature': () => 'unknown feature id; ignored',
  'other-data-version': (p: { linked: string; current: string }) =>
    `this link was made with data version ${p.linked}; the app now has ${p.current}, so figures may differ`,
} as const;

/** The numbers of a link that are clamped into their range. */
export type NumberName = 'zoom' | 'latitude' | 'pitch' | 'south' | 'north' | 'west' | 'east' | 'year' | 'month';

/** The kinds of item a link's lists hold. */
export type ItemName = 'place' | 'country' | 'scenario' | 'id' | 'segment' | 'layer';

const ITEM_WORDS: Record<ItemName, string> = {
  place: 'place id',
  country: 'ISO 3166-1 alpha-2 country code',
  scenario: 'scenario',
  id: 'id',
  segment: 'segment id',
  layer: 'layer id',
};

/** Every code a link notice can carry. */
export type LinkNoticeCode = keyof typeof ENGLISH;

/** The parameters a code takes (`undefined` for most). */
type ParametersOf<Code extends LinkNoticeCode> =
  Parameters<(typeof ENGLISH)[Code]> extends [infer Given] ? Given : undefined;

/** The rest of `linkNotice`'s and `LinkReader.note`'s arguments: a code's parameters, if it takes any. */
export type CodeParameters<Code extends LinkNoticeCode> =
  ParametersOf<Code> extends undefined ? [] : [ParametersOf<Code>];

/** A notice about `key`'s `value`, with its code, parameters and English reason. */
export function linkNotice<Code extends LinkNoticeCode>(
  key: string,
  value: string,
  code: Code,
  ...parameters: CodeParameters<Code>
): LinkNotice {
  const [given] = parameters;
  const english = ENGLISH[code] as (parameters: unknown) => string;
  return { key, value, code, parameters: (given ?? {}) as Record<string, string | number>, reason: english(given) };
}
