import { describe, expect, it } from 'vitest';
import type { SegmentMode, TransferKind } from '../vocabulary/vocabulary';
import { assembleRoute, type RouteAssemblyContext } from './assemble-route';
import type { RoutingEdge } from './build-routing-graph';
import type { CostedStep, CostedTraversal, ValuesBySet } from './cost-network';
import type { RoutingObservation, RoutingSegment } from './routing-input';

const COUNTRIES: Record<string, string> = { a: 'AA', p: 'AA', q: 'BB', d: 'BB', e: 'BB' };

function sets(optimistic: number, central: number, pessimistic: number): ValuesBySet {
  return { optimistic, central, pessimistic };
}

const NONE = sets(0, 0, 0);

function step(kind: TransferKind, place: string, options: Partial<CostedStep> = {}): CostedStep {
  return {
    kind,
    place,
    hours: sets(12, 24, 48),
    usd: sets(50, 100, 200),
    co2Kg: NONE,
    assumption: `${kind}.hours`,
    co2Assumption: null,
    ...options,
  };
}

interface TraversalOptions {
  mode?: SegmentMode;
  branch?: string;
  passages?: string[];
  departureSteps?: CostedStep[];
  arrivalSteps?: CostedStep[];
  seasonal?: RoutingSegment['properties']['seasonal'];
}

function segmentEdge(from: string, to: string, km: number, options: TraversalOptions = {}): RoutingEdge {
  const segment: RoutingSegment = {
    geometry: { type: 'LineString', coordinates: [] },
    properties: {
      id: `${from}--${to}`,
      from,
      to,
      mode: options.mode ?? 'rail',
      branch: options.branch ?? 'russia',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [{ km: km + 1, preferred: true }],
      passages: options.passages ?? [],
      seasonal: options.seasonal,
      countries: [],
    },
  };
  const traversal: CostedTraversal = {
    segment,
    from,
    to,
    reversed: false,
    km,
    lengthBasis: 'drawn',
    drawnKm: km,
    // One day, 10 USD and 1 kg per 100 km (optimistic half, pessimistic double).
    running: {
      days: sets(km / 200, km / 100, km / 50),
      usd: sets(km / 20, km / 10, km / 5),
      co2Kg: sets(km / 200, km / 100, km / 50),
    },
    departureSteps: options.departureSteps ?? [],
    arrivalSteps: options.arrivalSteps ?? [],
  };
  return { kind: 'segment', traversal, km, days: 0, usd: 0, co2Kg: 0 };
}

function transferEdge(transfer: CostedStep): RoutingEdge {
  return { kind: 'transfer', step: transfer, km: 0, days: 0, usd: 0, co2Kg: 0 };
}

const ACCESS: RoutingEdge = { kind: 'access', km: 0, days: 0, usd: 0, co2Kg: 0 };

function context(overrides: Partial<RouteAssemblyContext> = {}): RouteAssemblyContext {
  return {
    query: { from: 'a', to: 'd', by: 'time', cargo: 'container', scenario: {} },
    ignoredOverrides: [],
    day: { date: '2026-01-01', basis: 'as-of' },
    restrictionsOf: () => [],
    dataVersion: 'test',
    observations: [],
    countryOf: (place) => COUNTRIES[place],
    ...overrides,
  };
}

const HANDLING_CO2 = sets(5, 10, 20);

/** a → p by rail; port handling at p (with emissions); p → q by sea, a service wait before it and customs at q; port handling at q; q → d by road. */
function seaRoute(): RoutingEdge[] {
  return [
    ACCESS,
    segmentEdge('a', 'p', 300),
    transferEdge(step('port-handling', 'p', { co2Kg: HANDLING_CO2, co2Assumption: 'co2.handling.port.container' })),
    segmentEdge('p', 'q', 1852, {
      mode: 'sea',
      departureSteps: [step('service-wait', 'p')],
      arrivalSteps: [step('customs', 'q')],
      seasonal: { closedMonths: [1, 2], note: 'ice' },
    }),
    transferEdge(step('port-handling', 'q')),
    segmentEdge('q', 'd', 100, { mode: 'road' }),
    ACCESS,
  ];
}

describe('assembleRoute', () => {
  it('makes one leg per segment edge and folds each step into the leg that follows it', () => {
    const route = assembleRoute(seaRoute(), context());
    expect(
      route.legs.map((leg) => [leg.segment, leg.transfers.map((transfer) => `${transfer.kind}@${transfer.place}`)]),
    ).toEqual([
      ['a--p', []],
      ['p--q', ['port-handling@p', 'service-wait@p']],
      ['q--d', ['customs@q', 'port-handling@q']],
    ]);
  });

  it('folds the steps of the arrival into the last leg when no leg follows', () => {
    const edges = [segmentEdge('a', 'p', 300), transferEdge(step('rail-road-transfer', 'p'))];
    const route = assembleRoute(edges, context());
    expect(route.legs[0]?.transfers.map((transfer) => transfer.kind)).toEqual(['rail-road-transfer']);
  });

  it('adds the steps to the running figures of their leg under each assumption set', () => {
    const leg = assembleRoute(seaRoute(), context()).legs[1];
    // Running: 18.52 days, 185.2 USD, 18.52 kg; steps: 2 × 24 h, 2 × 100 USD, 10 kg of handling.
    expect(leg).toMatchObject({ days: 20.52, usd: 385.2, co2Kg: 28.52 });
    expect(leg).toMatchObject({ daysLow: 10.26, usdLow: 192.6, co2KgLow: 14.26 });
    expect(leg).toMatchObject({ daysHigh: 41.04, usdHigh: 770.4, co2KgHigh: 57.04 });
  });

  it('writes the emissions of a step and the key they come from, and null where they are not modelled', () => {
    const steps = assembleRoute(seaRoute(), context()).legs.flatMap((leg) => leg.transfers);
    expect(steps.map((transfer) => [transfer.kind, transfer.co2Kg, transfer.co2Assumption])).toEqual([
      ['port-handling', 10, 'co2.handling.port.container'],
      ['service-wait', 0, null],
      ['customs', 0, null],
      ['port-handling', 0, null],
    ]);
  });

  it('sums the legs into totals, with the sea and river legs also in nautical miles', () => {
    const { totals, legs } = assembleRoute(seaRoute(), context());
    expect(totals.km).toBe(2252);
    expect(totals.seaNauticalMiles).toBe(1000);
    expect(totals.days).toBeCloseTo(
      legs.reduce((sum, leg) => sum + leg.days, 0),
      6,
    );
    expect(totals.co2Kg).toBeCloseTo(
      legs.reduce((sum, leg) => sum + leg.co2Kg, 0),
      6,
    );
    expect(totals.co2KgLow).toBeLessThan(totals.co2Kg);
    expect(totals.co2KgHigh).toBeGreaterThan(totals.co2Kg);
  });

  it('counts transfers by kind, and transshipments as port handling, ship to ship and rail–road together', () => {
    const edges = [
      segmentEdge('a', 'p', 100),
      transferEdge(step('gauge-change', 'p')),
      segmentEdge('p', 'q', 100),
      transferEdge(step('rail-road-transfer', 'q')),
      segmentEdge('q', 'd', 100, { mode: 'road' }),
      transferEdge(step('port-handling', 'd')),
      segmentEdge('d', 'e', 100, { mode: 'sea' }),
      transferEdge(step('transshipment', 'e')),
      segmentEdge('e', 'd', 100, { mode: 'sea' }),
    ];
    const route = assembleRoute(edges, context());
    expect(route.transfersByKind).toEqual({
      portHandling: 1,
      shipToShip: 1,
      railRoad: 1,
      gaugeChanges: 1,
      borderCrossings: 1,
    });
    expect(route.totals).toMatchObject({ transshipments: 3, gaugeChanges: 1, borderCrossings: 1 });
  });

  it('counts a border crossing for every leg between two countries, by land or by sea', () => {
    const route = assembleRoute(seaRoute(), context());
    expect(route.totals.borderCrossings).toBe(1);
    expect(route.transfersByKind.borderCrossings).toBe(1);
  });

  it('writes the query back with current defaults, and the data version', () => {
    const route = assembleRoute(
      seaRoute(),
      context({
        query: {
          from: 'a',
          to: 'd',
          by: 'cost',
          cargo: 'bulk',
          via: ['p'],
          modes: [],
          scenario: { flags: ['hormuz-closed', 'planned'], avoidCountries: ['zz'], month: 3 },
        },
        ignoredOverrides: ['no.such'],
      }),
    );
    expect(route).toMatchObject({
      from: 'a',
      to: 'd',
      via: ['p'],
      by: 'cost',
      cargo: 'bulk',
      scenario: ['planned', 'hormuz-closed'],
      year: 2026,
      month: 3,
      avoid: ['ZZ'],
      modes: null,
      branch: null,
      dataVersion: 'test',
      distanceBasis: 'published-else-drawn',
      ignoredAssumptionOverrides: ['no.such'],
    });
  });

  it('lists the branches in order of first use, the seasonal limits met and the published length of each leg', () => {
    const route = assembleRoute(seaRoute(), context());
    expect(route.branches).toEqual(['russia']);
    expect(route.seasonalLimits).toEqual([
      { segment: 'p--q', closedMonths: [1, 2], restrictedMonths: [], inFigures: false, note: 'ice', sources: [] },
    ]);
    expect(route.legs.map((leg) => leg.publishedKm)).toEqual([301, 1853, 101]);
    expect(route.legs[1]?.seasonalClosedMonths).toEqual([1, 2]);
  });

  it('matches observations on a comparator leg to the all-sea route it belongs to', () => {
    const observation: RoutingObservation = {
      id: 'round-africa',
      kind: 'shipment',
      title: 'Round Africa',
      date: '2024',
      route: ['p', 'q'],
      routeDescription: 'p – q via the Cape',
      branch: 'all-sea-cape',
      cargo: { kind: 'container', description: 'one TEU' },
      reported: {},
      claimedBy: 'a carrier',
      sources: [],
      verified: false,
    };
    const edges = [segmentEdge('p', 'q', 1000, { mode: 'sea', branch: 'comparator', passages: ['cape-of-good-hope'] })];
    const route = assembleRoute(edges, context({ observations: [observation] }));
    expect(route.observations.map((matched) => [matched.id, matched.match])).toEqual([
      ['round-africa', 'same endpoints'],
    ]);
    const viaSuez = [segmentEdge('p', 'q', 1000, { mode: 'sea', branch: 'comparator', passages: ['suez'] })];
    expect(assembleRoute(viaSuez, context({ observations: [observation] })).observations).toEqual([]);
  });
});
