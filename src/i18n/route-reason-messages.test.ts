import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import { displayNames } from '../domain/readable';
import type { ConstraintFacts, OmittedReason } from '../domain/routing/route-reasons';
import { LANGUAGES, type Language } from '../domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from './languages';
import { optionTitle, optionWhy } from './route-option-messages';
import { constraintText, type ReasonWords, reasonText, SCENARIO_MESSAGES } from './route-reason-messages';
import { createWording } from './wording';

/** The words of a language as the interface builds them; a formatting problem throws. */
function wordsOf(language: Language): ReasonWords {
  const messages = readCatalogueFolder(new URL(`./messages/${language}`, import.meta.url).pathname).messages;
  const intl = createIntl({
    locale: LANGUAGE_FACTS[language].locale,
    messages,
    onError: (error) => {
      throw error;
    },
  });
  const formatDay = (day: string) =>
    intl.formatDate(new Date(`${day}T00:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const events = new Map([['border-closure', { name: 'Border closed', start: '2026-03', end: null }]]);
  return { wording: createWording(intl), names, formatDay, event: (id) => events.get(id) };
}

const names = displayNames({
  places: new Map([
    ['moscow', 'Moscow'],
    ['mumbai', 'Mumbai'],
    ['baku', 'Baku'],
    ['tehran', 'Tehran'],
  ]),
  segments: new Map([['astrakhan--anzali', 'Astrakhan – Anzali']]),
  passages: new Map([['suez', 'Suez Canal']]),
});

const BETWEEN = { from: 'moscow', to: 'mumbai', via: ['baku'] };

/** Every constraint kind, as set. */
const CONSTRAINTS: ConstraintFacts[] = [
  { constraint: 'year', day: '2010-12-31', basis: 'year', planned: false },
  { constraint: 'year', day: '2026-03-01', basis: 'date', planned: true },
  { constraint: 'events', day: '2026-12-01', basis: 'as-of', events: ['border-closure'] },
  { constraint: 'events', day: '2026-12-01', basis: 'as-of', events: [] },
  { constraint: 'month', month: 1 },
  { constraint: 'scenario', flag: 'redsea-closed' },
  { constraint: 'avoid', countries: ['IR', 'AZ'] },
  { constraint: 'modes', modes: ['rail', 'road'] },
  { constraint: 'branch', branch: 'western' },
  { constraint: 'all-sea' },
];

/** Every code, with parameters. */
const REASONS: OmittedReason[] = [
  {
    code: 'stop-in-avoided-country',
    parameters: { ...BETWEEN, stops: [{ place: 'tehran', country: 'IR' }], avoid: ['IR'] },
  },
  {
    code: 'removed-by-constraints',
    parameters: {
      ...BETWEEN,
      causes: [
        { constraint: { constraint: 'month', month: 12 }, through: ['astrakhan--anzali'] },
        { constraint: { constraint: 'branch', branch: 'eastern' }, through: [] },
      ],
    },
  },
  { code: 'not-joined', parameters: { ...BETWEEN, under: CONSTRAINTS } },
  {
    code: 'no-branch-joins',
    parameters: {
      from: 'moscow',
      to: 'mumbai',
      omitted: [
        { label: 'western', reason: 'an English reason', code: 'branch-unused', parameters: { branch: 'western' } },
        { label: 'eastern', reason: 'an English reason without a code' },
      ],
    },
  },
  { code: 'branch-unused', parameters: { branch: 'trans-caspian' } },
  { code: 'no-all-sea-ports', parameters: { passage: 'suez' } },
  { code: 'no-all-sea-leg', parameters: { passage: 'cape-of-good-hope' } },
  { code: 'beside-branch-only', parameters: {} },
];

describe('the words of no-route and omitted-route reasons', () => {
  it('say in English what the router says, with names for ids', () => {
    const words = wordsOf('en');
    expect(reasonText(REASONS[0] as OmittedReason, words)).toBe(
      'no route from Moscow to Mumbai via Baku: Tehran is in Iran, which the question avoids (Iran)',
    );
    expect(reasonText(REASONS[1] as OmittedReason, words)).toBe(
      'the seasonal closures of December removes every route from Moscow to Mumbai via Baku (without it the best route uses Astrakhan – Anzali); the Eastern branch forced removes every route from Moscow to Mumbai via Baku',
    );
    expect(reasonText(REASONS[3] as OmittedReason, words)).toBe(
      'no corridor branch joins Moscow and Mumbai: Western (via Azerbaijan): the best route with the Western branch forced uses none of its segments; Eastern (via Kazakhstan, Turkmenistan): an English reason without a code',
    );
    expect(reasonText(REASONS[5] as OmittedReason, words)).toBe(
      'no all-sea leg via Suez Canal joins seaports reached by land from the two places',
    );
  });

  it('name each constraint as set in English', () => {
    const words = wordsOf('en');
    expect(CONSTRAINTS.map((facts) => constraintText(facts, words))).toEqual([
      'the network as built in 2010 (try the planned scenario or a later year)',
      'the network as built on 1 March 2026',
      "the events in force on 1 December 2026 (the data's as-of date) (Border closed, from March 2026)",
      "the events in force on 1 December 2026 (the data's as-of date)",
      'the seasonal closures of January',
      'the scenario “Red Sea closed (no Suez, no Bab-el-Mandeb)”',
      'avoiding Iran and Azerbaijan',
      'only rail and road',
      'the Western branch forced',
      'the all-sea comparator (land legs and one all-sea leg only)',
    ]);
  });

  for (const language of LANGUAGES) {
    it(`are written out in ${language} with every placeholder filled, for each code and constraint`, () => {
      const words = wordsOf(language);
      const texts = [
        ...REASONS.map((reason) => reasonText(reason, words)),
        ...CONSTRAINTS.map((facts) => constraintText(facts, words)),
        ...Object.keys(SCENARIO_MESSAGES).map((flag) =>
          constraintText({ constraint: 'scenario', flag: flag as keyof typeof SCENARIO_MESSAGES }, words),
        ),
      ];
      expect(texts.filter((text) => text.length === 0 || /[{}]/.test(text))).toEqual([]);
      if (language !== 'en') {
        // No English sentence is left: only names, codes and the reason that came without a code.
        const english = texts.filter((text) =>
          /\b(route|removes|network|events|avoiding|forced|seasonal|joins)\b/.test(
            text.replace('an English reason without a code', ''),
          ),
        );
        expect(english).toEqual([]);
      }
    });
  }

  it('write the year of a constraint in the language’s digits', () => {
    const year: ConstraintFacts = { constraint: 'year', day: '2010-12-31', basis: 'year', planned: true };
    expect(constraintText(year, wordsOf('fa'))).toContain('۲۰۱۰');
    expect(constraintText(year, wordsOf('ru'))).toContain('2010');
    expect(constraintText(year, wordsOf('hi'))).toContain('2010');
  });
});

describe('the words of the option cards', () => {
  const why = {
    basis: {
      kind: 'all-sea' as const,
      criterion: 'time' as const,
      best: true,
      label: 'all-sea-suez' as const,
      port: 'baku',
      from: 'moscow',
    },
    sailsFrom: undefined,
    path: ['moscow', 'baku', 'mumbai'],
  };

  it('say in English what the English cards say', () => {
    const { wording } = wordsOf('en');
    expect(optionTitle({ kind: 'all-sea', label: 'all-sea-suez', port: 'baku' }, wording, names)).toBe(
      'All sea via Suez from Baku',
    );
    expect(optionTitle({ kind: 'forced', branch: 'western', via: ['baku'] }, wording, names)).toBe(
      'Western branch (via Azerbaijan), via Baku',
    );
    expect(optionTitle({ kind: 'best', via: [] }, wording, names)).toBe('Best route');
    expect(optionWhy(why, wording, names)).toBe(
      'The best route by time of all, and the best all-sea route by time via Suez from Baku, the comparator port nearest Moscow by land; path Moscow → Baku → Mumbai.',
    );
    const forced = {
      basis: { kind: 'branch' as const, criterion: 'cost' as const, branch: 'eastern' as const, best: false },
      sailsFrom: null,
      path: ['moscow', 'mumbai'],
    };
    expect(optionWhy(forced, wording, names)).toBe(
      'The best route by cost with the Eastern branch forced; by land only; path Moscow → Mumbai.',
    );
  });

  it('point the path the way Persian reads', () => {
    expect(optionWhy(why, wordsOf('fa').wording, names)).toContain('Moscow ← Baku ← Mumbai');
  });

  for (const language of LANGUAGES) {
    it(`are written out in ${language}`, () => {
      const { wording } = wordsOf(language);
      const text = optionWhy(why, wording, names);
      expect(text).not.toMatch(/[{}]/);
      if (language !== 'en') expect(text).not.toMatch(/\bbest\b|\bpath\b/);
    });
  }
});
