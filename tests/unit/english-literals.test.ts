import { describe, expect, it } from 'vitest';
import { englishLiteralsIn, findEnglishLiterals, readsAsProse } from '../../scripts/find-english-literals';

/**
 * No user-visible English literal in the interface's source (issue 16 acceptance): every word a
 * reader sees comes from the catalogues. A literal that is not for reading is marked
 * `i18n-exempt: <why>` on its line or the line above.
 */
const root = new URL('../..', import.meta.url).pathname;
const FOLDERS = ['src/ui', 'src/map', 'src/overlays'];

describe('English literals in the interface', () => {
  const found = findEnglishLiterals(root, FOLDERS);
  it('has none', () => {
    expect(found.map((item) => `${item.file}:${item.line} ${item.text}`)).toEqual([]);
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
