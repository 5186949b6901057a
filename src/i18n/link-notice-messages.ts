import type { LinkNoticeCode } from '../state/link/link-notice';
import type { MessageId } from './catalogues';

/** The catalogue message that words each link notice's code (its parameters fill the message). */
export const LINK_NOTICE_MESSAGES = {
  'unknown-key': 'link.unknown-key',
  'malformed-encoding': 'link.malformed-encoding',
  'link-too-long': 'link.link-too-long',
  'too-many-parts': 'link.too-many-parts',
  'cut-to-length': 'link.cut-to-length',
  'unlisted-problems': 'link.unlisted-problems',
  'unsupported-version': 'link.unsupported-version',
  'bad-camera': 'link.bad-camera',
  'longitude-wrapped': 'link.longitude-wrapped',
  'bad-box': 'link.bad-box',
  'empty-box': 'link.empty-box',
  'out-of-range': 'link.out-of-range',
  'not-whole-number': 'link.not-whole-number',
  'route-too-short': 'link.route-too-short',
  'not-one-of': 'link.not-one-of',
  'invalid-item': 'link.invalid-item',
  'repeated-item': 'link.repeated-item',
  'too-many-items': 'link.too-many-items',
  'bad-date': 'link.bad-date',
  'bad-assumption': 'link.bad-assumption',
  'not-an-id': 'link.not-an-id',
  'bad-data-version': 'link.bad-data-version',
  'embed-value': 'link.embed-value',
  'year-with-date': 'link.year-with-date',
  'unknown-id': 'link.unknown-id',
  'route-unknown-places': 'link.route-unknown-places',
  'unknown-feature': 'link.unknown-feature',
  'other-data-version': 'link.other-data-version',
} as const satisfies Record<LinkNoticeCode, MessageId>;
