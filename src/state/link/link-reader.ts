import { isUnprintable } from '../../domain/printable-text';
import { type CodeParameters, type ItemName, type LinkNoticeCode, linkNotice, type NumberName } from './link-notice';
import type { LinkNotice, LinkState } from './link-state';

/** Longest id accepted in any list; real ids are far shorter. */
export const MAXIMUM_ID_LENGTH = 80;
/** Longest text shown of a value in a notice. */
const MAXIMUM_NOTICE_VALUE_LENGTH = 60;
/** At most this many notices are kept for one link; the rest are counted in one last notice. */
export const MAXIMUM_LINK_NOTICES = 20;

const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Makes any text safe and short enough to show in a notice (as text, never as markup): control,
 * invisible and direction-changing characters become `?`, and the text is cut between code points
 * (never inside a surrogate pair).
 */
function describeForNotice(text: string): string {
  const characters: string[] = [];
  // Only the characters shown are looked at, however long the text.
  for (const character of text) {
    characters.push(isUnprintable(character) ? '?' : character);
    if (characters.length > MAXIMUM_NOTICE_VALUE_LENGTH) break;
  }
  return characters.length > MAXIMUM_NOTICE_VALUE_LENGTH
    ? `${characters.slice(0, MAXIMUM_NOTICE_VALUE_LENGTH - 3).join('')}…`
    : characters.join('');
}

/** A decimal number as links write it (no hex, no `Infinity`), or `undefined`. */
export function readNumber(text: string): number | undefined {
  if (!NUMBER_PATTERN.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * What reading a link builds: the state it asks for and the notices about what was ignored or
 * changed. The key codecs (`LINK_KEYS`) read their values into it.
 */
export class LinkReader {
  readonly state: LinkState = {};
  readonly notices: LinkNotice[] = [];
  private unlisted = 0;

  /** Records that something of `key` was ignored or changed, and why (the first few in full, the rest counted). */
  note<Code extends LinkNoticeCode>(key: string, value: string, code: Code, ...parameters: CodeParameters<Code>): void {
    if (this.notices.length >= MAXIMUM_LINK_NOTICES) {
      this.unlisted += 1;
      return;
    }
    this.notices.push(linkNotice(describeForNotice(key), describeForNotice(value), code, ...parameters));
  }

  /** The notices, with one more that counts those not listed. */
  finishedNotices(): LinkNotice[] {
    if (this.unlisted === 0) return this.notices;
    return [
      ...this.notices,
      linkNotice('link', `${this.unlisted} more`, 'unlisted-problems', { count: this.unlisted }),
    ];
  }

  /** Clamps a number into a range, noting the change. */
  clamped(key: string, label: NumberName, value: number, minimum: number, maximum: number): number {
    const result = Math.min(maximum, Math.max(minimum, value));
    if (result !== value) this.note(key, String(value), 'out-of-range', { what: label, value: result });
    return result;
  }

  /**
   * Splits a list and drops invalid items (with a notice). Repeated items are dropped too, or,
   * with `repeats: 'consecutive'`, only an item that repeats the one just before it (a route may
   * pass a place twice). Keeps at most `limit` items, with a notice.
   */
  list(
    key: string,
    value: string,
    options: {
      separator: string;
      normalise: (item: string) => string | undefined;
      what: ItemName;
      limit: number;
      repeats?: 'any' | 'consecutive';
    },
  ): string[] {
    const items: string[] = [];
    // A set beside the list, so a list of thousands of items is read in linear time.
    const seen = new Set<string>();
    for (const raw of value.split(options.separator)) {
      if (raw === '') continue;
      const item = raw.length <= MAXIMUM_ID_LENGTH ? options.normalise(raw) : undefined;
      if (item === undefined) {
        this.note(key, raw, 'invalid-item', { what: options.what });
        continue;
      }
      if (options.repeats === 'consecutive') {
        if (items[items.length - 1] === item) this.note(key, raw, 'repeated-item', { what: options.what });
        else items.push(item);
      } else if (!seen.has(item)) {
        seen.add(item);
        items.push(item);
      }
    }
    if (items.length > options.limit) {
      this.note(key, `${items.length} items`, 'too-many-items', { limit: options.limit, count: items.length });
      items.length = options.limit;
    }
    return items;
  }
}
