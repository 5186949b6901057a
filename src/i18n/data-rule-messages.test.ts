import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intlOf, messagesOf } from '../../tests/support/interface-words';
import { ASSUMPTION_RULES } from '../data/assumptions-schema';
import { STATUS_HISTORY_RULES } from '../data/status-history';
import { CORRIDOR_RULES } from '../data/validate-corridor';
import { EVENT_RULES } from '../data/validate-events';
import { LANGUAGES } from '../domain/vocabulary/vocabulary';
import type { MessageId } from './catalogues';
import { DATA_RULE_MESSAGES, problemWords, ruleMessage } from './data-rule-messages';

/** The rule ids of the checker's tables. */
const TABLE_RULES = [
  ...Object.keys(CORRIDOR_RULES),
  ...Object.keys(EVENT_RULES),
  ...Object.keys(ASSUMPTION_RULES),
  ...Object.keys(STATUS_HISTORY_RULES),
];

/**
 * The rule ids the checker's code names outside its tables, read from its source (src/data and
 * scripts): `rule: 'file'`, `RULE = 'source-not-opened'`, the default `rule = 'formula-text'`, and
 * the third or second argument of the files' own `report(…)` and `problem(…)` helpers.
 */
function rulesNamedInSource(): Set<string> {
  const folders = ['../data', '../../scripts'].map((folder) => new URL(`${folder}/`, import.meta.url));
  const sources = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => readFileSync(new URL(name, folder), 'utf8')),
  );
  const argument = String.raw`(?:'[^']*'|[\w.]+)`;
  const patterns = [
    /\brule: '([a-z][a-z-]*)'/g,
    /\b(?:[A-Z_]+_RULE|rule) = '([a-z][a-z-]*)'/g,
    new RegExp(String.raw`\breport\(\s*${argument},\s*(?:${argument},\s*)?'([a-z][a-z-]*)',`, 'g'),
    /\bproblem\(\s*'([a-z][a-z-]*)',/g,
  ];
  return new Set(
    sources.flatMap((text) => patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''))),
  );
}

describe('the data rules in the catalogues (issue 16 §2)', () => {
  it('give a message to every rule of the checker’s tables', () => {
    expect(TABLE_RULES.length).toBeGreaterThan(40);
    expect(TABLE_RULES.filter((rule) => ruleMessage(rule) === undefined)).toEqual([]);
  });

  it('give a message to every rule the checker names outside its tables', () => {
    const named = rulesNamedInSource();
    // The scan finds the ad hoc rules (so it would find a new one).
    for (const rule of ['file', 'json', 'shape', 'coverage', 'alias', 'pipeline-exists', 'swap-exists']) {
      expect(named).toContain(rule);
    }
    expect(named).toContain('source-not-opened');
    expect(named).toContain('source-id-repeated');
    expect([...named].filter((rule) => ruleMessage(rule) === undefined)).toEqual([]);
  });

  it('word no rule that is not the checker’s, and every message of the area belongs to a rule', () => {
    expect(ruleMessage('no-such-rule')).toBeUndefined();
    expect(ruleMessage('constructor')).toBeUndefined();
    expect(ruleMessage(undefined)).toBeUndefined();
    const areaIds = Object.keys(messagesOf('en')).filter((id) => id.startsWith('dataRule.'));
    expect(new Set<string>(Object.values(DATA_RULE_MESSAGES))).toEqual(new Set(areaIds));
  });

  for (const language of LANGUAGES) {
    it(`are written out in ${language}, each a short phrase`, () => {
      const intl = intlOf(language);
      for (const id of Object.values(DATA_RULE_MESSAGES)) {
        const text = intl.formatMessage({ id });
        expect(text.length, id).toBeGreaterThan(3);
        expect(text.length, id).toBeLessThan(80);
        expect(text, id).not.toMatch(/[{}]/);
      }
    });
  }
});

describe('problemWords', () => {
  const seaLeg = {
    feature: 'astrakhan--anzali',
    rule: 'sea-leg-off-land',
    message: 'crosses 12 km of land outside its declared passages',
  };
  const wordsIn = (language: (typeof LANGUAGES)[number], problem: Parameters<typeof problemWords>[0]) => {
    const intl = intlOf(language);
    return problemWords(problem, (id: MessageId) => intl.formatMessage({ id }));
  };

  it('names the feature and the rule it breaks, in each language', () => {
    expect(wordsIn('en', seaLeg)).toBe('astrakhan--anzali (a sea leg crosses land)');
    expect(wordsIn('ru', seaLeg)).toBe('astrakhan--anzali (морской участок проходит по суше)');
    expect(wordsIn('fa', seaLeg)).toBe('astrakhan--anzali (مسیر دریایی از خشکی می‌گذرد)');
    expect(wordsIn('hi', seaLeg)).toBe('astrakhan--anzali (समुद्री खंड ज़मीन के ऊपर से गुज़रता है)');
  });

  it('gives the rule alone for a group of features, such as a file', () => {
    const file = { feature: '(file)', rule: 'json', message: 'corridor/nodes.geojson: unexpected end of input' };
    expect(wordsIn('en', file)).toBe('a file is not valid JSON');
    expect(wordsIn('ru', file)).toBe('файл не является корректным JSON');
  });

  it('keeps the English message of a problem with no rule or a rule it does not know', () => {
    const unknown = { feature: 'baku', rule: 'some-new-rule', message: 'is odd' };
    expect(wordsIn('ru', unknown)).toBe('baku (is odd)');
    expect(wordsIn('fa', { feature: 'baku', message: 'is odd' })).toBe('baku (is odd)');
    expect(wordsIn('hi', { feature: '(network)', message: 'no rail link' })).toBe('no rail link');
  });
});
