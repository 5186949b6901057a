import { describe, expect, it } from 'vitest';
import type { ComparisonLabel } from '../vocabulary/vocabulary';
import { allSeaShape, type RouteOptionNames, routeOptions, routePath } from './route-options';
import type { ComparedRoute, Comparison, RouteLeg, RouteResult } from './route-result';

function leg(from: string, to: string, branch: string, mode: RouteLeg['mode'] = 'rail'): RouteLeg {
  return {
    segment: `${from}--${to}`,
    from,
    to,
    mode,
    km: 100,
    lengthBasis: 'drawn',
    drawnKm: 100,
    days: 1,
    usd: 1,
    co2Kg: 1,
    daysLow: 1,
    daysHigh: 1,
    usdLow: 1,
    usdHigh: 1,
    co2KgLow: 1,
    co2KgHigh: 1,
    branch,
    reversed: false,
    transfers: [],
  };
}

function route(
  legs: RouteLeg[],
  days: number,
  usd: number,
  co2Kg: number,
  extra: Partial<RouteResult> = {},
): RouteResult {
  return {
    from: legs[0]?.from ?? '',
    to: legs[legs.length - 1]?.to ?? '',
    via: [],
    by: 'time',
    cargo: 'container',
    scenario: [],
    year: 2026,
    date: '2026-12-01',
    dateBasis: 'as-of',
    eventDetour: null,
    month: null,
    avoid: [],
    modes: null,
    branch: null,
    dataVersion: 'test',
    distanceBasis: 'published-else-drawn',
    bounds: '',
    totals: {
      km: 1000,
      seaNauticalMiles: 0,
      days,
      daysLow: days * 0.5,
      daysHigh: days * 2,
      usd,
      usdLow: usd * 0.5,
      usdHigh: usd * 2,
      co2Kg,
      co2KgLow: co2Kg * 0.5,
      co2KgHigh: co2Kg * 2,
      borderCrossings: 1,
      gaugeChanges: 0,
      transshipments: 1,
    },
    transfersByKind: { portHandling: 0, shipToShip: 0, railRoad: 0, gaugeChanges: 0, borderCrossings: 1 },
    legs,
    branches: [...new Set(legs.map((item) => item.branch))],
    seasonalLimits: [],
    observations: [],
    ignoredAssumptionOverrides: [],
    ...extra,
  };
}

const compared = (label: ComparisonLabel, result: RouteResult): ComparedRoute => ({ label, access: null, ...result });

const NAMES: RouteOptionNames = {
  place: (id) =>
    ({
      moscow: 'Moscow',
      mumbai: 'Mumbai',
      rostov: 'Rostov',
      novorossiysk: 'Novorossiysk',
      'st-petersburg': 'St Petersburg',
      baku: 'Baku',
      'bandar-abbas': 'Bandar Abbas',
    })[id] ?? `?${id}`,
  passagesOf: (id) => (id.endsWith('suez') ? ['suez'] : id.endsWith('cape') ? ['cape-of-good-hope'] : []),
};

const WESTERN = route(
  [
    leg('moscow', 'baku', 'western'),
    leg('baku', 'bandar-abbas', 'iran'),
    leg('bandar-abbas', 'mumbai', 'indian-ocean', 'sea'),
  ],
  27,
  3000,
  2600,
);
const SUEZ_NOVOROSSIYSK = route(
  [
    leg('moscow', 'rostov', 'russia'),
    leg('rostov', 'novorossiysk', 'russia'),
    { ...leg('novorossiysk', 'mumbai', 'comparator', 'sea'), segment: 'novorossiysk--mumbai--suez' },
  ],
  26,
  2200,
  900,
);
const SUEZ_ST_PETERSBURG = route(
  [
    leg('moscow', 'st-petersburg', 'russia'),
    { ...leg('st-petersburg', 'mumbai', 'comparator', 'sea'), segment: 'st-petersburg--mumbai--suez' },
  ],
  33,
  3200,
  1400,
);

function comparison(routes: ComparedRoute[]): Comparison {
  return {
    from: 'moscow',
    to: 'mumbai',
    by: 'time',
    cargo: 'container',
    scenario: [],
    year: 2026,
    date: '2026-12-01',
    dateBasis: 'as-of',
    month: null,
    avoid: [],
    dataVersion: 'test',
    routes,
    omitted: [],
  };
}

describe('routeOptions', () => {
  it('names an all-sea best route by its port of departure, beside the comparator from another port', () => {
    const options = routeOptions(
      SUEZ_NOVOROSSIYSK,
      comparison([compared('western', WESTERN), compared('all-sea-suez', SUEZ_ST_PETERSBURG)]),
      NAMES,
    );
    expect(options.map((option) => [option.key, option.title, option.best, option.originPortName])).toEqual([
      ['best', 'All sea via Suez from Novorossiysk', true, 'Novorossiysk'],
      ['western', 'Western branch (via Azerbaijan)', false, 'Bandar Abbas'],
      ['all-sea-suez', 'All sea via Suez from St Petersburg', false, 'St Petersburg'],
    ]);
    expect(options[0]?.why).toBe(
      'The best route by time of all: an all-sea route that sails from Novorossiysk, not the comparator port nearest Moscow by land; path Moscow → Novorossiysk → Mumbai.',
    );
    expect(options[2]?.why).toContain('from St Petersburg, the comparator port nearest Moscow by land');
    expect(options[1]?.why).toContain('with the Western branch forced');
    expect(options[1]?.why).toBe(
      'The best route by time with the Western branch forced; first sails from Bandar Abbas; path Moscow → Baku → Bandar Abbas → Mumbai.',
    );
  });

  it('shows a compared route that is the best route once, first, marked best, with the best route’s figures', () => {
    const options = routeOptions(
      SUEZ_ST_PETERSBURG,
      comparison([compared('western', WESTERN), compared('all-sea-suez', SUEZ_ST_PETERSBURG)]),
      NAMES,
    );
    expect(options.map((option) => [option.key, option.best])).toEqual([
      ['all-sea-suez', true],
      ['western', false],
    ]);
    expect(options[0]?.route).toBe(SUEZ_ST_PETERSBURG);
    expect(options[0]?.why).toMatch(
      /^The best route by time of all, and the best all-sea route by time via Suez from St Petersburg/,
    );
    const western = routeOptions(WESTERN, comparison([compared('western', WESTERN)]), NAMES);
    expect(western[0]?.why).toMatch(/^The best route by time of all, which takes the Western branch;/);
  });

  it('a forced branch is the route: its card comes first, chosen, and the best route of all stays a card', () => {
    const forced = { ...WESTERN, branch: 'western' as const };
    const options = routeOptions(
      forced,
      comparison([compared('all-sea-suez', SUEZ_ST_PETERSBURG), compared('western', WESTERN)]),
      NAMES,
      SUEZ_NOVOROSSIYSK,
    );
    expect(options.map((option) => [option.key, option.chosen, option.best, option.branch])).toEqual([
      ['western', true, false, 'western'],
      ['best', false, true, null],
      ['all-sea-suez', false, false, null],
    ]);
    expect(options[0]?.route).toBe(forced);
    expect(options[1]?.why).toMatch(/^The best route by time of all: an all-sea route that sails from Novorossiysk/);
  });

  it('a route through via places that no compared route is gets its own card, named by its via places', () => {
    const via = { ...WESTERN, via: ['baku'] };
    const options = routeOptions(via, comparison([compared('all-sea-suez', SUEZ_ST_PETERSBURG)]), NAMES);
    expect(options.map((option) => [option.key, option.title, option.chosen, option.best])).toEqual([
      ['best', 'Best route via Baku', true, true],
      ['all-sea-suez', 'All sea via Suez from St Petersburg', false, false],
    ]);
    expect(options[0]?.why).toMatch(/^The best route by time of all through Baku; first sails from Bandar Abbas;/);
    const forcedVia = {
      ...via,
      branch: 'western' as const,
      legs: [leg('moscow', 'baku', 'western'), leg('baku', 'mumbai', 'iran')],
    };
    const both = routeOptions(forcedVia, comparison([]), NAMES, via);
    expect(both.map((option) => [option.key, option.title])).toEqual([
      ['route', 'Western branch (via Azerbaijan), via Baku'],
      ['best', 'Best route via Baku'],
    ]);
  });

  it('marks the fastest, the cheapest and the lowest CO2e, and scales every bar on one axis', () => {
    const options = routeOptions(
      SUEZ_NOVOROSSIYSK,
      comparison([compared('western', WESTERN), compared('all-sea-suez', SUEZ_ST_PETERSBURG)]),
      NAMES,
    );
    expect(options.map((option) => option.marks)).toEqual([['fastest', 'cheapest', 'lowest-co2'], [], []]);
    // The widest pessimistic figure ends the scale: St Petersburg's 66 days.
    expect(options[2]?.days.bar.end).toBe(1);
    expect(options[0]?.days.bar).toEqual({ start: 13 / 66, end: 52 / 66, tick: 26 / 66 });
    expect(options[0]?.days.text).toBe('about 26 (13–52)');
  });

  it('gives one best card without a comparison, and no marks for a single option', () => {
    const options = routeOptions(WESTERN, undefined, NAMES);
    expect(options.map((option) => [option.key, option.title, option.marks])).toEqual([['best', 'Best route', []]]);
  });
});

describe('allSeaShape and routePath', () => {
  it('an all-sea route is land legs and one comparator sailing through a passage', () => {
    expect(allSeaShape(SUEZ_NOVOROSSIYSK, NAMES)?.label).toBe('all-sea-suez');
    expect(allSeaShape(WESTERN, NAMES)).toBeUndefined();
  });

  it('the path lists the places where the mode or branch changes', () => {
    expect(routePath(SUEZ_NOVOROSSIYSK, NAMES.place)).toBe('Moscow → Novorossiysk → Mumbai');
  });
});
