import { describe, expect, it } from 'vitest';
import { wordingOf } from '../../tests/support/interface-words';
import { GAUGE_BREAK_WORDS } from '../overlays/corridor/corridor-overlay';
import { legendEntries, mapLegendGroups, shownBranchesText, wordLegendGroups } from './map-legend';
import { startFailureWords } from './map-words';
import { lengthText, showSummary } from './use-summaries';

const groups = mapLegendGroups({
  route: true,
  preview: true,
  compared: 3,
  highlightBranch: 'western',
  overlays: [
    { id: 'corridor', entries: [{ label: GAUGE_BREAK_WORDS, colour: '#000000', symbol: 'point' }] },
    {
      id: 'energy',
      entries: [
        { label: (wording) => wording.t('mapKey.gasWidth', { value: 110 }), colour: '#111111', symbol: 'line' },
      ],
    },
  ],
});

describe('the map key in each language', () => {
  it('words the key’s lines and headings in English as before', () => {
    expect(legendEntries(groups, wordingOf('en')).map((entry) => entry.label)).toEqual([
      'Chosen route',
      'Route option under the pointer',
      'Compared segments',
      'Highlighted: Western branch (via Azerbaijan)',
      'Gauge break (1520 / 1435 mm)',
      'Gas: 110 bcm/yr',
    ]);
    expect(wordLegendGroups(groups, wordingOf('en')).map((group) => group.title)).toEqual([
      'Your selection',
      'Corridor on the day shown',
      'Energy',
    ]);
    expect(shownBranchesText(['russia', 'western', 'comparator'], wordingOf('en'))).toBe(
      'Russia, Western branch, All-sea comparators',
    );
  });
  it('words them in Russian, Persian and Hindi, with the language’s digits and plurals', () => {
    const russian = legendEntries(groups, wordingOf('ru')).map((entry) => entry.label);
    expect(russian[0]).toBe('Выбранный маршрут');
    expect(russian[2]).toBe('Участки в сравнении');
    expect(russian[3]).toBe('Выделено: Западная ветвь (через Азербайджан)');
    const persian = legendEntries(groups, wordingOf('fa')).map((entry) => entry.label);
    expect(persian[4]).toBe('محل تغییر عرض خط (۱۵۲۰ / ۱۴۳۵ میلی‌متر)');
    expect(persian[5]).toBe('گاز: ۱۱۰ bcm در سال');
    expect(shownBranchesText(['russia', 'western'], wordingOf('fa'))).toBe('روسیه، شاخهٔ غربی');
    const hindi = legendEntries(groups, wordingOf('hi')).map((entry) => entry.label);
    expect(hindi[0]).toBe('चुना गया मार्ग');
    expect(hindi[5]).toBe('गैस: 110 bcm/वर्ष');
  });
});

describe('the card and the tooltip in each language', () => {
  const summary = {
    id: 'astara-ir--rasht',
    name: 'Astara (IR) – Rasht',
    kind: 'mapKey.missingRailLink',
    status: 'card.notYetBuiltOnDay',
    publishedKilometers: 162,
    computedKilometers: 1234.4,
    role: 'segment',
    anchor: [0, 0],
    bounds: [0, 0, 0, 0],
  } as const;
  it('gives both lengths with the language’s digits and words', () => {
    expect(lengthText(summary, wordingOf('en'))).toBe('162 km published · 1,234 km computed');
    expect(lengthText(summary, wordingOf('fa'))).toBe('۱۶۲ کیلومتر طبق منابع · ۱٬۲۳۴ کیلومتر محاسبه‌شده');
    expect(lengthText({ publishedKilometers: 162 }, wordingOf('ru'))).toBe('162 км по источникам');
    expect(lengthText({}, wordingOf('hi'))).toBeUndefined();
  });
  it('words a summary’s kind and status, and names it through the names given', () => {
    const shown = showSummary(summary, wordingOf('hi'), () => 'आस्तारा – रश्त');
    expect(shown).toMatchObject({ name: 'आस्तारा – रश्त', kind: 'लापता रेल कड़ी', status: 'इस दिन तक अभी बना नहीं' });
    expect(showSummary(summary, wordingOf('en'))).toMatchObject({
      name: 'Astara (IR) – Rasht',
      kind: 'Missing rail link',
    });
  });
  it('counts the other features under the pointer with the language’s plurals', () => {
    expect(wordingOf('en').t('tooltip.more', { count: 1 })).toBe('and 1 more feature here: click to choose');
    expect(wordingOf('en').t('tooltip.more', { count: 3 })).toBe('and 3 more features here: click to choose');
    expect(wordingOf('ru').t('tooltip.more', { count: 5 })).toBe('и ещё 5 объектов здесь: нажмите, чтобы выбрать');
  });
});

describe('the map’s failures as codes', () => {
  it('keeps the English text and gives the page a code to word in the reader’s language', () => {
    const noWebgl = startFailureWords(new Error('Failed to initialize WebGL'));
    expect(noWebgl.message).toBe(
      'This browser cannot draw the map: WebGL is not available (Failed to initialize WebGL).',
    );
    expect(noWebgl.words).toEqual({ id: 'map.noWebgl', values: { detail: 'Failed to initialize WebGL' } });
    expect(wordingOf('fa').t(noWebgl.words.id, noWebgl.words.values)).toBe(
      'این مرورگر نمی‌تواند نقشه را بکشد: WebGL در دسترس نیست (Failed to initialize WebGL).',
    );
    expect(startFailureWords('out of memory').words.id).toBe('map.couldNotStart');
    expect(wordingOf('en').t('map.stoppedWhile', { step: 'firstView', detail: 'x' })).toBe(
      'The map stopped while drawing its first view: x',
    );
    expect(wordingOf('ru').t('map.firstDrawTimeout', { seconds: 45 })).toBe('Карта не закончила отрисовку за 45 с.');
  });
});
