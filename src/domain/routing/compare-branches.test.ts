import { describe, expect, it } from 'vitest';
import { createNetworkTimeline } from '../timeline/network-timeline';
import type { RoutingEdge } from './build-routing-graph';
import { type ComparisonRouting, compareBranches } from './compare-branches';
import { type ClosureContext, closureContextOf } from './route-constraints';
import type { RouteQuery } from './route-query';
import type { RouteAnswer, RouteLeg, RouteResult } from './route-result';
import type { RoutingSegment } from './routing-input';

const TIMELINE = createNetworkTimeline({ present: '2026-01-01' });

const QUERY: RouteQuery = { from: 'moscow', to: 'mumbai', by: 'time', cargo: 'container', scenario: {} };
const BASE = closureContextOf(QUERY, TIMELINE);

function leg(from: string, to: string, branch: string): RouteLeg {
  return {
    segment: `${from}--${to}`,
    from,
    to,
    mode: branch === 'comparator' ? 'sea' : 'rail',
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

function route(query: RouteQuery, legs: RouteLeg[]): RouteResult {
  return {
    from: query.from,
    to: query.to,
    via: [...(query.via ?? [])],
    by: query.by,
    cargo: query.cargo,
    scenario: [],
    year: 2026,
    date: '2026-01-01',
    dateBasis: 'as-of',
    eventDetour: null,
    month: null,
    avoid: [],
    modes: null,
    branch: query.branch ?? null,
    dataVersion: 'test',
    distanceBasis: 'drawn',
    bounds: '',
    totals: {
      km: 0,
      seaNauticalMiles: 0,
      days: 0,
      daysLow: 0,
      daysHigh: 0,
      usd: 0,
      usdLow: 0,
      usdHigh: 0,
      co2Kg: 0,
      co2KgLow: 0,
      co2KgHigh: 0,
      borderCrossings: 0,
      gaugeChanges: 0,
      transshipments: 0,
    },
    transfersByKind: { portHandling: 0, shipToShip: 0, railRoad: 0, gaugeChanges: 0, borderCrossings: 0 },
    legs,
    branches: [...new Set(legs.map((item) => item.branch))],
    seasonalLimits: [],
    observations: [],
    ignoredAssumptionOverrides: [],
  };
}

function comparator(from: string, to: string, passage: string): RoutingSegment {
  return {
    geometry: { type: 'LineString', coordinates: [] },
    properties: {
      id: `${from}--${to}--${passage}`,
      from,
      to,
      mode: 'sea',
      branch: 'comparator',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [passage],
      countries: [],
    },
  };
}

const SEGMENTS = [
  comparator('st-petersburg', 'mumbai', 'suez'),
  comparator('novorossiysk', 'mumbai', 'suez'),
  comparator('st-petersburg', 'mumbai', 'cape-of-good-hope'),
];

/** Land kilometres from moscow to each port; mumbai is the destination and a port itself. */
const LAND_KILOMETERS: Record<string, number> = { 'st-petersburg': 700, novorossiysk: 1400 };

interface Call {
  query: RouteQuery;
  context: ClosureContext;
}

function routing(answer: (query: RouteQuery, context: ClosureContext) => RouteAnswer) {
  const calls: Call[] = [];
  const landSearches: { stops: readonly string[]; context: ClosureContext }[] = [];
  const ports: ComparisonRouting = {
    routeUnder: (query, context) => {
      calls.push({ query, context });
      return answer(query, context);
    },
    shortestByDistance: (stops, context) => {
      landSearches.push({ stops, context });
      const kilometers = stops[0] === 'moscow' ? LAND_KILOMETERS[stops[1] ?? ''] : undefined;
      return kilometers === undefined
        ? undefined
        : [{ kind: 'access', km: kilometers, days: 0, usd: 0, co2Kg: 0 } satisfies RoutingEdge];
    },
    segments: SEGMENTS,
    dataVersion: 'test',
  };
  return { ports, calls, landSearches };
}

/** Every branch and every all-sea route answers with a route through its own kind of leg. */
function everyBranchAnswers(query: RouteQuery, context: ClosureContext): RouteAnswer {
  if (context.allSeaVia) {
    const [port] = context.allSeaPorts ?? [];
    return {
      kind: 'route',
      route: route(query, [leg('moscow', port ?? '', 'russia'), leg(port ?? '', 'mumbai', 'comparator')]),
    };
  }
  return { kind: 'route', route: route(query, [leg('moscow', 'mumbai', query.branch ?? 'russia')]) };
}

describe('compareBranches', () => {
  it('forces each branch in turn, then the all-sea routes from the comparator port nearest by land', () => {
    const { ports, calls } = routing(everyBranchAnswers);
    const outcome = compareBranches(QUERY, BASE, ports);
    if (outcome.kind !== 'comparison') throw new Error('expected a comparison');
    expect(outcome.comparison.routes.map((compared) => [compared.label, compared.access])).toEqual([
      ['western', null],
      ['trans-caspian', null],
      ['eastern', null],
      ['all-sea-suez', 'by land to st-petersburg'],
      ['all-sea-cape', 'by land to st-petersburg'],
    ]);
    expect(calls.map(({ context }) => context.branch ?? context.allSeaVia)).toEqual([
      'western',
      'trans-caspian',
      'eastern',
      'suez',
      'cape-of-good-hope',
    ]);
    const suez = calls[3];
    expect(suez?.context.allSeaPorts).toEqual(['st-petersburg', 'mumbai']);
    expect(suez?.query.via).toEqual(['st-petersburg']);
    expect(outcome.comparison.routes[3]?.via).toEqual([]);
    expect(outcome.comparison).toMatchObject({ from: 'moscow', to: 'mumbai', year: 2026, dataVersion: 'test' });
  });

  it('measures the way to the ports by land (rail and road), whatever the forced modes and branch', () => {
    const { ports, landSearches } = routing(everyBranchAnswers);
    compareBranches(QUERY, { ...BASE, modes: new Set(['sea']) }, ports);
    expect(landSearches.length).toBeGreaterThan(0);
    for (const { context } of landSearches) {
      expect([...(context.modes ?? [])].sort()).toEqual(['rail', 'road']);
      expect(context.branch).toBeUndefined();
    }
  });

  it('leaves out a branch without a route, or whose best route uses none of its segments, and says why', () => {
    const { ports } = routing((query, context) => {
      if (query.branch === 'trans-caspian') {
        const parameters = {
          from: 'moscow',
          to: 'mumbai',
          via: [],
          under: [{ constraint: 'month' as const, month: 1 }],
        };
        return { kind: 'no-route', reason: 'month=1 removes every route', code: 'not-joined', parameters };
      }
      if (query.branch === 'eastern') return { kind: 'route', route: route(query, [leg('moscow', 'mumbai', 'iran')]) };
      return everyBranchAnswers(query, context);
    });
    const outcome = compareBranches(QUERY, BASE, ports);
    if (outcome.kind !== 'comparison') throw new Error('expected a comparison');
    expect(outcome.comparison.omitted).toEqual([
      {
        label: 'trans-caspian',
        reason: 'month=1 removes every route',
        code: 'not-joined',
        parameters: { from: 'moscow', to: 'mumbai', via: [], under: [{ constraint: 'month', month: 1 }] },
      },
      {
        label: 'eastern',
        reason: 'the best route with eastern forced uses none of its segments',
        code: 'branch-unused',
        parameters: { branch: 'eastern' },
      },
    ]);
  });

  it('leaves out an all-sea route when both ends are nearest the same port', () => {
    const { ports } = routing(everyBranchAnswers);
    const outcome = compareBranches({ ...QUERY, to: 'st-petersburg' }, BASE, ports);
    if (outcome.kind !== 'comparison') throw new Error('expected a comparison');
    expect(outcome.comparison.omitted.map((entry) => entry.reason)).toEqual([
      'no all-sea leg via suez joins seaports reached by land from the two places',
      'no all-sea leg via cape-of-good-hope joins seaports reached by land from the two places',
    ]);
    expect(outcome.comparison.omitted.map(({ code, parameters }) => ({ code, parameters }))).toEqual([
      { code: 'no-all-sea-ports', parameters: { passage: 'suez' } },
      { code: 'no-all-sea-ports', parameters: { passage: 'cape-of-good-hope' } },
    ]);
  });

  it('answers no-route, with every reason, when no corridor branch joins the places', () => {
    const { ports, calls } = routing(() => ({ kind: 'no-route', reason: 'nothing' }));
    const outcome = compareBranches(QUERY, BASE, ports);
    const beside = {
      reason: 'shown only beside a corridor branch that joins the two places',
      code: 'beside-branch-only',
      parameters: {},
    };
    expect(outcome).toEqual({
      kind: 'no-route',
      reason:
        'no corridor branch joins moscow and mumbai: western: nothing; trans-caspian: nothing; eastern: nothing; all-sea-suez: shown only beside a corridor branch that joins the two places; all-sea-cape: shown only beside a corridor branch that joins the two places',
      code: 'no-branch-joins',
      parameters: {
        from: 'moscow',
        to: 'mumbai',
        omitted: [
          { label: 'western', reason: 'nothing' },
          { label: 'trans-caspian', reason: 'nothing' },
          { label: 'eastern', reason: 'nothing' },
          { label: 'all-sea-suez', ...beside },
          { label: 'all-sea-cape', ...beside },
        ],
      },
    });
    // Each branch is asked under the context, then without the day's events (do the events alone close it?).
    expect(calls).toHaveLength(6);
    expect(calls.slice(3).every((call) => call.context.events === false)).toBe(true);
  });
});
