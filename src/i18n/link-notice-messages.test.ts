import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import { LANGUAGES } from '../domain/vocabulary/vocabulary';
import { dropUnknownIds } from '../state/link/drop-unknown-ids';
import { parseLink } from '../state/link/parse-link';
import { LANGUAGE_FACTS } from './languages';
import { LINK_NOTICE_MESSAGES } from './link-notice-messages';

const catalogue = (language: string): Record<string, string> =>
  readCatalogueFolder(new URL(`./messages/${language}`, import.meta.url).pathname).messages;

/** Formats one message of a language's catalogue as the interface does; a problem throws. */
function format(language: (typeof LANGUAGES)[number], id: string, values: Record<string, string | number>): string {
  const intl = createIntl({
    locale: LANGUAGE_FACTS[language].locale,
    messages: catalogue(language),
    onError: (error) => {
      throw error;
    },
  });
  return intl.formatMessage({ id }, values);
}

/** Links that between them make the link parser and the id check say most of what they can say. */
const BAD_LINKS = [
  '#v=2&map=1/2&bbox=1,2,3&by=fastest&cargo=gas&sel=BAD!&dv=2026&embed=2&lang=de&tab=settings&nonsense=1',
  '#v=1&map=30/95/400&month=13&year=2030&date=2026-02-30&route=moscow~moscow~mumbai&avoid=AZ,xyz',
  '#v=1&bbox=10,20,10,20&asm=speed.rail:abc&date=2026-03-01&year=2030&month=1.5&route=moscow',
  `#v=1&${'%&'.repeat(7000)}`,
];

describe('the words of link notices', () => {
  const notices = BAD_LINKS.flatMap((link) => parseLink(link).notices);
  notices.push(
    ...dropUnknownIds(
      { route: ['moscow', 'atlantis'], comparedSegments: ['no--such'], layers: ['x'], selection: 'y' },
      { placeIds: new Set(['moscow']), segmentIds: new Set(), layerIds: new Set() },
    ).notices,
  );
  const codes = new Set(notices.map((notice) => notice.code));

  it('come from links that make most of the codes', () => {
    expect(codes.size).toBeGreaterThanOrEqual(20);
  });

  for (const language of LANGUAGES) {
    it(`are written out in ${language} with every placeholder filled, for each notice`, () => {
      const problems = notices.flatMap((notice) => {
        const text = format(language, LINK_NOTICE_MESSAGES[notice.code], notice.parameters);
        return text.length > 0 && !/[{}]/.test(text) ? [] : [`${notice.code}: ${text}`];
      });
      expect(problems).toEqual([]);
    });
  }

  it('say in English what the English reason says, the numbers aside', () => {
    for (const notice of notices) {
      const text = format('en', LINK_NOTICE_MESSAGES[notice.code], notice.parameters);
      expect(text.replace(/(\d),(\d)/g, '$1$2')).toBe(notice.reason);
    }
  });
});
