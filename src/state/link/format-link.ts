import { LINK_KEYS } from './link-keys';
import type { LinkState } from './link-state';

/** Characters written literally in a link value (contracts §4); anything else is percent-encoded. */
const LITERAL_CHARACTER = /[A-Za-z0-9.\-~,/:]/;

/**
 * Percent-encodes a link value, leaving ids, digits, `.`, `-` and the separators `~ , / :` as they
 * are. (`URLSearchParams` would encode `~ , /`, which the contract forbids.)
 */
function encodeLinkValue(value: string): string {
  let encoded = '';
  for (const character of value) {
    encoded += LITERAL_CHARACTER.test(character) ? character : encodeURIComponent(character);
  }
  return encoded;
}

/**
 * Writes the link hash (without `#`) for a state: every key of `LINK_KEYS` that has a value, in
 * the contract's order. `map` wins over `bbox`, so only one of them is written.
 *
 * @param dataVersion - the data version to write as `dv` (every link carries it)
 */
export function formatLink(state: LinkState, dataVersion: string): string {
  const pairs: string[] = [];
  for (const codec of LINK_KEYS) {
    const value = codec.write(state, { dataVersion });
    if (value !== undefined) pairs.push(`${codec.key}=${encodeLinkValue(value)}`);
  }
  return pairs.join('&');
}
