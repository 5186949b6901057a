import { describe, expect, it } from 'vitest';
import type { RouteLeg, RouteResult } from '../routing/route-result';
import { ENGLISH_FIGURE_WORDS, figureCaption, legRows, routeHeadline, sourcesOf, viewTitle } from './figure-text';

const PLACES: Record<string, string> = {
  moscow: 'Moscow',
  mumbai: 'Mumbai (JNPT / Nhava Sheva)',
  astrakhan: 'Astrakhan',
  'bandar-abbas': 'Bandar Abbas',
};
const SEGMENTS: Record<string, string> = { 'rasht--qazvin': 'Rasht – Qazvin', 'astara-ir--rasht': 'Astara – Rasht' };
const names = {
  place: (id: string) => PLACES[id] ?? id,
  segment: (id: string) => SEGMENTS[id] ?? id,
  feature: (id: string) => SEGMENTS[id] ?? PLACES[id] ?? id,
};

function leg(from: string, to: string, mode: RouteLeg['mode'], km: number): RouteLeg {
  return {
    segment: `${from}--${to}`,
    from,
    to,
    mode,
    km,
    lengthBasis: 'drawn',
    drawnKm: km,
    days: km / 500,
    usd: km,
    co2Kg: km / 10,
    daysLow: 0,
    daysHigh: 0,
    usdLow: 0,
    usdHigh: 0,
    co2KgLow: 0,
    co2KgHigh: 0,
    branch: 'eastern',
    reversed: false,
    transfers: [],
  };
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

describe('viewTitle', () => {
  it('names the route’s places and its criterion, never their ids', () => {
    expect(viewTitle({ route: ['moscow', 'mumbai'], criterion: 'time', comparedSegments: [] }, names)).toBe(
      'Route from Moscow to Mumbai (JNPT / Nhava Sheva), best by time',
    );
    expect(
      viewTitle(
        { route: ['moscow', 'astrakhan', 'bandar-abbas', 'mumbai'], criterion: 'co2', comparedSegments: [] },
        names,
      ),
    ).toBe('Route from Moscow to Mumbai (JNPT / Nhava Sheva) via Astrakhan and Bandar Abbas, best by CO₂e');
    expect(viewTitle({ route: ['moscow', 'mumbai'], comparedSegments: [] }, names)).toMatch(/best by distance$/);
  });

  it('names the compared segments, the selection, or the corridor', () => {
    expect(viewTitle({ comparedSegments: ['rasht--qazvin', 'astara-ir--rasht'] }, names)).toBe(
      'Comparison of Rasht – Qazvin and Astara – Rasht',
    );
    expect(viewTitle({ comparedSegments: ['rasht--qazvin'] }, names)).toBe('Corridor segment Rasht – Qazvin');
    expect(viewTitle({ comparedSegments: [], selection: 'astara-ir--rasht' }, names)).toBe('Astara – Rasht');
    expect(viewTitle({ comparedSegments: [] }, names)).toBe('The International North–South Transport Corridor');
  });
});

describe('figure caption and legs', () => {
  it('gives the headline figures with their ranges, the data version and the day', () => {
    expect(routeHeadline(ROUTE, names)).toBe(
      'Moscow to Mumbai (JNPT / Nhava Sheva), best by time: about 27 (20–35) days, US$ about 3,100 (2,500–4,100) per TEU and about 810 (700–990) kg CO₂e per TEU; 7,654 km in 2 legs.',
    );
    const caption = figureCaption(ROUTE, names, { dataVersion: 'x', networkDay: 'y' });
    expect(caption[1]).toContain('from data version 2026.12.3 for the network as of 2026-12-01');
    expect(figureCaption(undefined, names, { dataVersion: '2026.12.3', networkDay: '2026-12-01' })).toEqual([
      'Data version 2026.12.3; the network as on 2026-12-01.',
    ]);
  });

  it('lists the legs with names and modes', () => {
    expect(legRows(ROUTE, names)).toEqual([
      { number: 1, leg: 'Moscow – Astrakhan', mode: 'Rail', km: '1,400', days: '2.8', usd: '1,400', co2Kg: '140' },
      {
        number: 2,
        leg: 'Astrakhan – Mumbai (JNPT / Nhava Sheva)',
        mode: 'Sea',
        km: '6,254',
        days: '12.5',
        usd: '6,254',
        co2Kg: '625',
      },
    ]);
  });
});

describe('sourcesOf', () => {
  it('lists each known source once, by title, in the order first cited', () => {
    const bibliography: Record<string, { title: string; publisher: string; url: string | null }> = {
      a: { title: 'Source A', publisher: 'P', url: 'https://a.example' },
      b: { title: 'Source B', publisher: 'Q', url: null },
    };
    expect(
      sourcesOf(
        [
          ['b', 'a'],
          ['a', 'unknown'],
        ],
        (id) => bibliography[id],
      ).map((source) => source.title),
    ).toEqual(['Source B', 'Source A']);
  });
});

describe('the words a figure is written in', () => {
  it('takes every sentence from the words given, with names and figures as values', () => {
    const words = {
      ...ENGLISH_FIGURE_WORDS,
      routeTitle: ({ from, to, vias, criterion }: Parameters<typeof ENGLISH_FIGURE_WORDS.routeTitle>[0]) =>
        `${from}>${vias.join('+')}>${to}/${criterion}`,
      comparisonTitle: (segments: readonly string[]) => `cmp:${segments.join('|')}`,
      corridorTitle: () => 'corridor',
      headline: (parts: Parameters<typeof ENGLISH_FIGURE_WORDS.headline>[0]) =>
        `${parts.from}>${parts.to}:${parts.legs}:${parts.totals.km}:${parts.cargo}`,
      method: ({ dateBasis, date }: Parameters<typeof ENGLISH_FIGURE_WORDS.method>[0]) => `${dateBasis}@${date}`,
      viewFacts: ({ networkDay }: { dataVersion: string; networkDay: string }) => `day ${networkDay}`,
      mode: (mode: string) => mode.toUpperCase(),
      whole: (value: number) => `w${Math.round(value)}`,
      tenth: (value: number) => `t${value.toFixed(1)}`,
    };
    expect(
      viewTitle({ route: ['moscow', 'astrakhan', 'mumbai'], criterion: 'cost', comparedSegments: [] }, names, words),
    ).toBe('Moscow>Astrakhan>Mumbai (JNPT / Nhava Sheva)/cost');
    expect(viewTitle({ comparedSegments: ['rasht--qazvin', 'astara-ir--rasht'] }, names, words)).toBe(
      'cmp:Rasht – Qazvin|Astara – Rasht',
    );
    expect(viewTitle({ comparedSegments: [] }, names, words)).toBe('corridor');
    expect(figureCaption(ROUTE, names, { dataVersion: 'x', networkDay: 'y' }, words)).toEqual([
      'Moscow>Mumbai (JNPT / Nhava Sheva):2:7654.3:container',
      'as-of@2026-12-01',
    ]);
    expect(figureCaption(undefined, names, { dataVersion: 'x', networkDay: 'y' }, words)).toEqual(['day y']);
    expect(legRows(ROUTE, names, words)[0]).toEqual({
      number: 1,
      leg: 'Moscow – Astrakhan',
      mode: 'RAIL',
      km: 'w1400',
      days: 't2.8',
      usd: 'w1400',
      co2Kg: 'w140',
    });
  });
});
