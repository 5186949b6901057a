import { describe, expect, it } from 'vitest';
import { wordingOf } from '../../tests/support/interface-words';
import { ENGLISH_FIGURE_WORDS, figureCaption, legRows, routeHeadline, viewTitle } from '../domain/figure/figure-text';
import type { RouteLeg, RouteResult } from '../domain/routing/route-result';
import { createFigureWords, figureDay, isRightToLeft } from './figure-words';

const names = {
  place: (id: string) => ({ moscow: 'Moscow', mumbai: 'Mumbai', astrakhan: 'Astrakhan' })[id] ?? id,
  segment: (id: string) => ({ 'rasht--qazvin': 'Rasht – Qazvin', 'astara--rasht': 'Astara – Rasht' })[id] ?? id,
  feature: (id: string) => id,
};

function leg(from: string, to: string, mode: RouteLeg['mode'], km: number): RouteLeg {
  return { from, to, mode, km, days: km / 500, usd: km, co2Kg: km / 10 } as RouteLeg;
}

const ROUTE = {
  from: 'moscow',
  to: 'mumbai',
  by: 'time',
  cargo: 'container',
  date: '2026-12-01',
  dateBasis: 'as-of',
  dataVersion: '2026.12.3',
  totals: {
    km: 7654.3,
    days: 26.83,
    daysLow: 20.1,
    daysHigh: 34.6,
    usd: 3120,
    usdLow: 2500,
    usdHigh: 4100,
    co2Kg: 812,
    co2KgLow: 700,
    co2KgHigh: 990,
  },
  legs: [leg('moscow', 'astrakhan', 'rail', 1400), leg('astrakhan', 'mumbai', 'sea', 6254.3)],
} as unknown as RouteResult;

const FACTS = { dataVersion: '2026.12.3', networkDay: '2026-12-01' };
const VIEWS = [
  { route: ['moscow', 'astrakhan', 'mumbai'], criterion: 'co2' as const, comparedSegments: [] },
  { route: ['moscow', 'mumbai'], comparedSegments: [] },
  { comparedSegments: ['rasht--qazvin', 'astara--rasht'] },
  { comparedSegments: ['rasht--qazvin'] },
  { comparedSegments: [] },
];

describe('the figure’s words in each language', () => {
  it('reads in English from the catalogue exactly as the domain’s English words', () => {
    const words = createFigureWords(wordingOf('en'));
    for (const view of VIEWS) expect(viewTitle(view, names, words)).toBe(viewTitle(view, names));
    expect(figureCaption(ROUTE, names, FACTS, words)).toEqual(figureCaption(ROUTE, names, FACTS));
    expect(figureCaption(undefined, names, FACTS, words)).toEqual(figureCaption(undefined, names, FACTS));
    for (const dateBasis of ['year', 'date'] as const)
      expect(figureCaption({ ...ROUTE, dateBasis }, names, FACTS, words)).toEqual(
        figureCaption({ ...ROUTE, dateBasis }, names, FACTS),
      );
    expect(legRows(ROUTE, names, words)).toEqual(legRows(ROUTE, names, ENGLISH_FIGURE_WORDS));
    expect(routeHeadline({ ...ROUTE, legs: ROUTE.legs.slice(0, 1) }, names, words)).toMatch(/in 1 leg\.$/);
  });

  it('words a route’s headline in Russian with its plural and figures', () => {
    const words = createFigureWords(wordingOf('ru'));
    expect(routeHeadline(ROUTE, names, words)).toBe(
      'Moscow — Mumbai, лучший по времени: около 27 (20–35) сут., около 3\u00a0100 (2\u00a0500–4\u00a0100) долл. США на ДФЭ и около 810 (700–990) кг CO₂-экв. на ДФЭ; 7\u00a0654 км, 2 плеча.',
    );
    expect(figureCaption(ROUTE, names, FACTS, words)[1]).toContain('для сети по состоянию на 1 декабря 2026 г.');
    expect(viewTitle({ comparedSegments: [] }, names, words)).toBe('Международный транспортный коридор «Север — Юг»');
  });

  it('words figures in Persian digits and days in the Solar Hijri calendar', () => {
    const wording = wordingOf('fa');
    const words = createFigureWords(wording);
    expect(isRightToLeft(wording)).toBe(true);
    expect(routeHeadline(ROUTE, names, words)).toContain('۷٬۶۵۴ کیلومتر در ۲ مرحله');
    expect(figureCaption(undefined, names, FACTS, words)).toEqual([
      'نسخهٔ داده‌ها 2026.12.3؛ شبکه در ۱۰ آذر ۱۴۰۵ (۱ دسامبر ۲۰۲۶).',
    ]);
    expect(legRows(ROUTE, names, words)[0]).toMatchObject({ mode: 'ریلی', km: '۱٬۴۰۰', days: '۲٫۸' });
    expect(figureCaption({ ...ROUTE, dateBasis: 'year' }, names, FACTS, words)[1]).toContain('پایان سال ۲۰۲۶ میلادی');
  });

  it('words a title and legs in Hindi', () => {
    const wording = wordingOf('hi');
    const words = createFigureWords(wording);
    expect(isRightToLeft(wording)).toBe(false);
    expect(viewTitle({ comparedSegments: ['rasht--qazvin', 'astara--rasht'] }, names, words)).toBe(
      'Rasht – Qazvin और Astara – Rasht की तुलना',
    );
    expect(routeHeadline(ROUTE, names, words)).toContain('2 चरणों में 7,654 किमी।');
    expect(legRows(ROUTE, names, words)[1]).toMatchObject({ mode: 'समुद्र', km: '6,254' });
  });

  it('keeps ISO days in English figures and writes them in the language elsewhere', () => {
    expect(figureDay(wordingOf('en'), '2026-12-01')).toBe('2026-12-01');
    expect(figureDay(wordingOf('hi'), '2026-12-01')).toBe('1 दिसंबर 2026');
  });
});
