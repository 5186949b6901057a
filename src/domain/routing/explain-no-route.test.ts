import { describe, expect, it } from 'vitest';
import { createNetworkTimeline } from '../timeline/network-timeline';
import type { RoutingEdge } from './build-routing-graph';
import type { CostedTraversal } from './cost-network';
import { explainNoRoute, type NoRouteSearch } from './explain-no-route';
import { type ClosureContext, closureContextOf } from './route-constraints';
import type { RouteQuery } from './route-query';
import type { RoutingSegment } from './routing-input';
import { SCENARIOS } from './scenarios';

const TIMELINE = createNetworkTimeline({ present: '2026-01-01' });

const QUERY: RouteQuery = { from: 'origin', to: 'port-b', by: 'distance', cargo: 'container', scenario: {} };

function segmentEdge(id: string, properties: Partial<RoutingSegment['properties']> = {}): RoutingEdge {
  const segment: RoutingSegment = {
    geometry: { type: 'LineString', coordinates: [] },
    properties: {
      id,
      from: 'origin',
      to: 'port-b',
      mode: 'sea',
      branch: 'indian-ocean',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [],
      countries: ['AA'],
      ...properties,
    },
  };
  const none = { optimistic: 0, central: 0, pessimistic: 0 };
  const traversal: CostedTraversal = {
    segment,
    from: segment.properties.from,
    to: segment.properties.to,
    reversed: false,
    lengthBasis: 'drawn',
    drawnKm: 1,
    km: 1,
    running: { days: none, usd: none, co2Kg: none },
    departureSteps: [],
    arrivalSteps: [],
  };
  return { kind: 'segment', traversal, km: 1, days: 0, usd: 0, co2Kg: 0 };
}

/** A search that finds `edges` when `opens` says the relaxed context allows them, and records every context. */
function searchFinding(edges: RoutingEdge[], opens: (context: ClosureContext) => boolean) {
  const searched: ClosureContext[] = [];
  const search: NoRouteSearch = {
    searchUnder: (context) => {
      searched.push(context);
      return opens(context) ? edges : undefined;
    },
    countryOf: (place) => ({ origin: 'AA', 'port-b': 'BB', tehran: 'IR' })[place],
  };
  return { search, searched };
}

/** The words of an explanation. */
function reasonOf(...args: Parameters<typeof explainNoRoute>): string {
  return explainNoRoute(...args).reason;
}

function contextOf(scenario: RouteQuery['scenario'], extra: Partial<RouteQuery> = {}): ClosureContext {
  return closureContextOf({ ...QUERY, ...extra, scenario }, TIMELINE);
}

describe('explainNoRoute', () => {
  it('says when a stop is in an avoided country, without searching', () => {
    const { search, searched } = searchFinding([], () => true);
    const reason = reasonOf({ ...QUERY, via: ['tehran'] }, contextOf({ avoidCountries: ['bb', 'ir'] }), search);
    expect(reason).toBe(
      'no route from origin to port-b via tehran: tehran is in IR, port-b is in BB, which avoid=BB,IR excludes',
    );
    expect(searched).toEqual([]);
    const { code, parameters } = explainNoRoute(
      { ...QUERY, via: ['tehran'] },
      contextOf({ avoidCountries: ['bb', 'ir'] }),
      search,
    );
    expect({ code, parameters }).toEqual({
      code: 'stop-in-avoided-country',
      parameters: {
        from: 'origin',
        to: 'port-b',
        via: ['tehran'],
        stops: [
          { place: 'tehran', country: 'IR' },
          { place: 'port-b', country: 'BB' },
        ],
        avoid: ['BB', 'IR'],
      },
    });
  });

  it('names the constraint that alone removes every route, with the closed segments the route would use', () => {
    const icebound = segmentEdge('origin--port-b', { seasonal: { closedMonths: [1], note: 'ice' } });
    const { search } = searchFinding([icebound], (context) => context.month === undefined);
    expect(reasonOf(QUERY, contextOf({ month: 1 }), search)).toBe(
      'month=1 (seasonal closures) removes every route from origin to port-b (without it the best route uses origin--port-b)',
    );
    const { code, parameters } = explainNoRoute(QUERY, contextOf({ month: 1 }), search);
    expect({ code, parameters }).toEqual({
      code: 'removed-by-constraints',
      parameters: {
        from: 'origin',
        to: 'port-b',
        via: [],
        causes: [{ constraint: { constraint: 'month', month: 1 }, through: ['origin--port-b'] }],
      },
    });
  });

  it('names every scenario of the registry that closes passages, with no case of its own', () => {
    for (const scenario of SCENARIOS) {
      if (!('closesPassages' in scenario)) continue;
      const through = segmentEdge('through', { passages: [...scenario.closesPassages] });
      const { search } = searchFinding([through], (context) => !context.scenarios.has(scenario.flag));
      expect(reasonOf(QUERY, contextOf({ flags: [scenario.flag] }), search)).toBe(
        `${scenario.flag} removes every route from origin to port-b (without it the best route uses through)`,
      );
      const explanation = explainNoRoute(QUERY, contextOf({ flags: [scenario.flag] }), search);
      expect(explanation.code === 'removed-by-constraints' && explanation.parameters.causes).toEqual([
        { constraint: { constraint: 'scenario', flag: scenario.flag }, through: ['through'] },
      ]);
    }
  });

  it('relaxes the year to the fully planned network and suggests the planned scenario', () => {
    const { search, searched } = searchFinding([segmentEdge('kti', { status: 'planned' })], (context) =>
      context.scenarios.has('planned'),
    );
    expect(reasonOf(QUERY, contextOf({ year: 2010 }), search)).toBe(
      'the network as built in 2010 (try the planned scenario or a later year) removes every route from origin to port-b (without it the best route uses kti)',
    );
    expect(searched[0]?.networkMoment).toBe('2100-12-31');
    expect(searched[0]?.moment).toBe('2010-12-31');
    const withPlanned = reasonOf(QUERY, contextOf({ year: 2010, flags: ['planned'] }), search);
    expect(withPlanned).toMatch(/^the network as built in 2010 removes every route/);
    const explanation = explainNoRoute(QUERY, contextOf({ year: 2010 }), search);
    expect(explanation.code === 'removed-by-constraints' && explanation.parameters.causes).toEqual([
      { constraint: { constraint: 'year', day: '2010-12-31', basis: 'year', planned: false }, through: ['kti'] },
    ]);
  });

  it('lists each constraint that alone removes every route, in registry order (a shared branch is not closed by a forced one)', () => {
    const { search } = searchFinding(
      [segmentEdge('plain')],
      (context) => context.modes === undefined || context.branch === undefined,
    );
    const reason = reasonOf(QUERY, contextOf({}, { modes: ['rail'], branch: 'western' }), search);
    expect(reason).toBe(
      'modes=rail removes every route from origin to port-b (without it the best route uses plain); branch=western removes every route from origin to port-b',
    );
  });

  it('says so when no single constraint helps, naming them all', () => {
    const { search, searched } = searchFinding([], () => false);
    expect(reasonOf(QUERY, contextOf({ month: 2 }, { modes: ['road'] }), search)).toBe(
      "no route from origin to port-b: the network does not join them under the network as built on 2026-01-01 (the data's as-of date) (try the planned scenario or a later date) + month=2 (seasonal closures) + modes=road, and relaxing any one of these alone does not help",
    );
    expect(searched).toHaveLength(3);
    const explanation = explainNoRoute(QUERY, contextOf({ month: 2 }, { modes: ['road'] }), search);
    expect(explanation.code).toBe('not-joined');
    expect(explanation.code === 'not-joined' && explanation.parameters.under).toEqual([
      { constraint: 'year', day: '2026-01-01', basis: 'as-of', planned: false },
      { constraint: 'month', month: 2 },
      { constraint: 'modes', modes: ['road'] },
    ]);
  });
});
