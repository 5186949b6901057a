import { describe, expect, it } from 'vitest';
import { englishLiteralsIn, findEnglishLiterals, readsAsProse } from '../../scripts/find-english-literals';

/**
 * No user-visible English literal in the interface's source (issue 16 acceptance): every word a
 * reader sees comes from the catalogues. The files still being translated are listed; the list
 * may only shrink (a listed file with nothing left fails, so it is taken off).
 */
const STILL_TO_TRANSLATE = new Set<string>([]);

const root = new URL('../..', import.meta.url).pathname;
const FOLDERS = ['src/ui', 'src/map', 'src/overlays'];

describe('English literals in the interface', () => {
  const found = findEnglishLiterals(root, FOLDERS);
  it('has none outside the files still to translate', () => {
    const outside = found.filter((item) => !STILL_TO_TRANSLATE.has(item.file));
    expect(outside.map((item) => `${item.file}:${item.line} ${item.text}`)).toEqual([]);
  });
  it('has some in each file still listed (take a translated file off the list)', () => {
    const withLiterals = new Set(found.map((item) => item.file));
    expect([...STILL_TO_TRANSLATE].filter((file) => !withLiterals.has(file))).toEqual([]);
  });
});

describe('the finder', () => {
  it('finds JSX text, readable attributes and prose, and not machine values', () => {
    const source = [
      'const a = <p title="Close the card">Route options</p>;',
      'const b = <div className="route-card route-card--best" aria-label={t(\'tabs.route\')} />;',
      "const c = message('Segment closed for winter');",
      "if (event.key === 'Escape') close();",
      'const d = <span>{count}</span>;',
      "const e = 'Closed'; // i18n-exempt: a machine column",
    ].join('\n');
    const found = englishLiteralsIn('sample.tsx', source).map((item) => `${item.line} ${item.text}`);
    expect(found).toEqual(['1 Close the card', '1 Route options', '3 Segment closed for winter']);
  });
  it('reads prose as prose', () => {
    expect(readsAsProse('No route found')).toBe(true);
    expect(readsAsProse('Details')).toBe(true);
    expect(readsAsProse('route-card is-best')).toBe(false);
    expect(readsAsProse('notices.linkTitle')).toBe(false);
    expect(readsAsProse('en-GB')).toBe(false);
  });
});
