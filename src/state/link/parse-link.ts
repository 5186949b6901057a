import { formatLink } from './format-link';
import { LINK_KEYS, linkKeyCodec } from './link-keys';
import { LinkReader } from './link-reader';
import type { LinkNotice, LinkState } from './link-state';

/** Links longer than this have their lists cut (contracts §4). */
export const MAXIMUM_LINK_LENGTH = 4000;
/**
 * A hash longer than this is cut, with a notice, before it is read: three times the longest link
 * the app writes, so that link still fits with every character percent-encoded. Reading stays
 * bounded however long a pasted or hostile hash is (`%&` fifty thousand times: issue 11).
 */
export const MAXIMUM_INPUT_LENGTH = 3 * MAXIMUM_LINK_LENGTH;
/**
 * At most this many `KEY=VALUE` parts of a hash are read (four times the keys of the format); the
 * rest are dropped with one notice, so a hash of thousands of parts costs no more than this many.
 */
export const MAXIMUM_LINK_PARTS = 64;

/** The result of reading a link: the state it asks for and what was ignored or changed. */
export interface ParsedLink {
  state: LinkState;
  notices: LinkNotice[];
}

function safeDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The lists that may be cut to bring an over-long link under the limit, by rank. */
const CUTTABLE = LINK_KEYS.flatMap((codec) => (codec.cut ? [{ key: codec.key, ...codec.cut }] : [])).sort(
  (a, b) => a.rank - b.rank,
);

/** Cuts the longest list, one item at a time, until the link fits; each cut list gets a notice naming its key. */
function cutToLength(reader: LinkReader): void {
  const state = reader.state;
  if (formatLink(state, '0000.00.0').length <= MAXIMUM_LINK_LENGTH) return;
  const originalCounts = new Map(CUTTABLE.map((list) => [list, state[list.field]?.length ?? 0]));
  while (formatLink(state, '0000.00.0').length > MAXIMUM_LINK_LENGTH) {
    const longest = CUTTABLE.filter((list) => (state[list.field]?.length ?? 0) > list.minimum).sort(
      (a, b) => (state[b.field]?.length ?? 0) - (state[a.field]?.length ?? 0),
    )[0];
    if (!longest) break;
    state[longest.field]?.pop();
    if (state[longest.field]?.length === 0) delete state[longest.field];
  }
  for (const [list, count] of originalCounts) {
    const now = state[list.field]?.length ?? 0;
    if (now < count) {
      reader.note(list.key, `${count} items`, 'cut-to-length', { limit: MAXIMUM_LINK_LENGTH, kept: now, count });
    }
  }
}

/**
 * Reads a link hash leniently (contracts §4): any order, the last of repeated keys wins, unknown
 * keys, unknown values and malformed percent-encoding are dropped with a notice, numbers are
 * clamped. Never throws. Ids are only checked for syntax here; see `dropUnknownIds`.
 *
 * @param hash - `location.hash`, with or without the leading `#`
 */
export function parseLink(hash: string): ParsedLink {
  const reader = new LinkReader();
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAXIMUM_INPUT_LENGTH) {
    // Cut after the last whole part that fits, so no part is read half.
    const lastSeparator = text.lastIndexOf('&', MAXIMUM_INPUT_LENGTH);
    const cut = lastSeparator > 0 ? lastSeparator : MAXIMUM_INPUT_LENGTH;
    reader.note('link', `${text.length} characters`, 'link-too-long', {
      limit: MAXIMUM_INPUT_LENGTH,
      cut,
      count: text.length,
    });
    text = text.slice(0, cut);
  }
  const pairs = text.split('&').filter((pair) => pair !== '');
  if (pairs.length > MAXIMUM_LINK_PARTS) {
    reader.note('link', `${pairs.length} parts`, 'too-many-parts', { limit: MAXIMUM_LINK_PARTS, count: pairs.length });
    pairs.length = MAXIMUM_LINK_PARTS;
  }
  const values = new Map<string, string>();
  for (const pair of pairs) {
    const separator = pair.indexOf('=');
    const rawKey = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? '' : pair.slice(separator + 1);
    const key = safeDecode(rawKey);
    const value = safeDecode(rawValue);
    if (key === undefined || value === undefined) {
      reader.note(key ?? rawKey, rawValue, 'malformed-encoding');
      continue;
    }
    values.delete(key);
    values.set(key, value);
  }
  for (const [key, value] of values) {
    const codec = linkKeyCodec(key);
    if (codec) codec.read(value, reader);
    else reader.note(key, value, 'unknown-key');
  }
  if (reader.state.camera && reader.state.boundingBox) delete reader.state.boundingBox;
  if (reader.state.date !== undefined && reader.state.year !== undefined) {
    reader.note('year', String(reader.state.year), 'year-with-date', { date: reader.state.date });
    delete reader.state.year;
  }
  cutToLength(reader);
  return { state: reader.state, notices: reader.finishedNotices() };
}
