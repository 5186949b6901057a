import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeLegFeatures } from '../export/route-leg-features';
import type { SegmentMode } from '../vocabulary/vocabulary';
import { createRouter, type Router } from './create-router';
import type { RouteQuery } from './route-query';
import type { RouteResult } from './route-result';
import type { RoutingAssumption, RoutingAssumptions, RoutingNode, RoutingSegment } from './routing-input';

function node(id: string, longitude: number, latitude: number, country: string, kind = 'rail-hub'): RoutingNode {
  return {
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: { id, name: id, country, kind },
  };
}

interface SegmentOptions {
  mode?: SegmentMode;
  vessel?: string;
  gaugeMillimetres?: number;
  branch?: string;
  status?: string;
  passages?: string[];
  closedMonths?: number[];
  countries?: string[];
  id?: string;
}

function segment(
  nodes: readonly RoutingNode[],
  from: string,
  to: string,
  options: SegmentOptions = {},
): RoutingSegment {
  const start = nodes.find((candidate) => candidate.properties.id === from);
  const end = nodes.find((candidate) => candidate.properties.id === to);
  if (!start || !end) throw new Error(`fixture: unknown node ${from} or ${to}`);
  const mode = options.mode ?? 'rail';
  const countries = options.countries ?? [...new Set([start.properties.country, end.properties.country])];
  return {
    geometry: { type: 'LineString', coordinates: [start.geometry.coordinates, end.geometry.coordinates] },
    properties: {
      id: options.id ?? `${from}--${to}`,
      from,
      to,
      mode,
      vessel: mode === 'sea' || mode === 'river' ? (options.vessel ?? 'feeder') : undefined,
      gaugeMillimetres: mode === 'rail' ? (options.gaugeMillimetres ?? 1520) : undefined,
      traction: mode === 'rail' ? 'electric' : undefined,
      branch: options.branch ?? 'russia',
      status: options.status ?? 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: options.passages ?? [],
      seasonal: options.closedMonths ? { closedMonths: options.closedMonths, note: 'ice' } : undefined,
      countries,
    },
  };
}

function entry(key: string, unit: string, appliesTo: RoutingAssumption['appliesTo'], values: number[]) {
  const [optimistic = 0, central = 0, pessimistic = 0] = values;
  return { key, unit, appliesTo, optimistic, central, pessimistic, range: { min: 0, max: 1000 } };
}

const ASSUMPTIONS: RoutingAssumptions = {
  teuTonnes: {
    optimistic: 8,
    central: 10,
    pessimistic: 12,
    unit: 't per TEU',
    range: { min: 0, max: 30, minExclusive: true },
  },
  entries: [
    entry('speed.rail.electric', 'km/h', { mode: 'rail' }, [40, 25, 15]),
    entry('speed.road.truck', 'km/h', { mode: 'road' }, [45, 28, 18]),
    entry('speed.sea.feeder', 'knots', { mode: 'sea', vessel: 'feeder' }, [16, 13, 10]),
    entry(
      'cost.rail.container.usd-per-teu-km',
      'USD per TEU-km',
      { mode: 'rail', cargo: 'container' },
      [0.1, 0.3, 0.6],
    ),
    entry('cost.rail.bulk.usd-per-tonne-km', 'USD per tonne-km', { mode: 'rail', cargo: 'bulk' }, [0.02, 0.03, 0.06]),
    entry('cost.road.container.usd-per-teu-km', 'USD per TEU-km', { mode: 'road', cargo: 'container' }, [0.6, 1, 1.6]),
    entry(
      'cost.sea.feeder.usd-per-teu-km',
      'USD per TEU-km',
      { mode: 'sea', vessel: 'feeder', cargo: 'container' },
      [0.2, 0.35, 0.6],
    ),
    entry('co2.rail.electric.g-per-tonne-km', 'g CO2e per tonne-km', { mode: 'rail' }, [9, 15, 25]),
    entry('co2.road.truck.g-per-tonne-km', 'g CO2e per tonne-km', { mode: 'road' }, [80, 103, 153]),
    entry('co2.sea.feeder.g-per-tonne-km', 'g CO2e per tonne-km', { mode: 'sea', vessel: 'feeder' }, [18, 35, 50]),
    entry('handling.port.container.hours', 'hours', { cargo: 'container', mode: 'sea' }, [24, 72, 168]),
    entry(
      'cost.handling.port.container.usd-per-teu',
      'USD per TEU',
      { cargo: 'container', mode: 'sea' },
      [100, 200, 400],
    ),
    entry('handling.rail-terminal.container.hours', 'hours', { cargo: 'container', mode: 'rail' }, [6, 24, 72]),
    entry('handling.gauge-break.break.container.hours', 'hours', { cargo: 'container', node: 'break' }, [12, 48, 120]),
    entry('border.dwell.border.hours', 'hours', { segment: 'border--foreign' }, [6, 24, 72]),
    entry('customs.port.port-b.hours', 'hours', { node: 'port-b' }, [12, 48, 120]),
    entry('frequency.sea.a-b.days', 'days', { mode: 'sea', service: ['port-a--port-b'] }, [7, 14, 30]),
  ],
};

// A small network along the equator (1° of longitude ≈ 111 km): origin → break (gauge change) →
// border → foreign by rail; port-a → port-b by sea (another country); a road alternative.
const NODES = [
  node('origin', 0, 0, 'AA'),
  node('break', 1, 0, 'AA'),
  node('border', 2, 0, 'AA'),
  node('foreign', 3, 0, 'BB'),
  node('port-a', 1, 1, 'AA', 'seaport'),
  node('port-b', 3, 1, 'BB', 'seaport'),
  node('lonely', 10, 10, 'CC'),
];

const SEGMENTS = [
  segment(NODES, 'origin', 'break'),
  segment(NODES, 'break', 'border', { gaugeMillimetres: 1435 }),
  segment(NODES, 'border', 'foreign', { gaugeMillimetres: 1435 }),
  segment(NODES, 'origin', 'port-a', { mode: 'road' }),
  segment(NODES, 'port-a', 'port-b', { mode: 'sea', passages: ['hormuz'], closedMonths: [1, 2] }),
  segment(NODES, 'port-b', 'foreign', { mode: 'road' }),
];

function router(segments: readonly RoutingSegment[] = SEGMENTS): Router {
  return createRouter({
    nodes: NODES,
    segments,
    assumptions: ASSUMPTIONS,
    observations: [],
    dataVersion: 'test',
    currentYear: 2026,
  });
}

function query(overrides: Partial<RouteQuery> = {}): RouteQuery {
  return { from: 'origin', to: 'foreign', by: 'distance', cargo: 'container', scenario: {}, ...overrides };
}

function routeOf(result: ReturnType<Router['route']>): RouteResult {
  if (result.kind !== 'route') throw new Error(`expected a route, got ${JSON.stringify(result)}`);
  return result.route;
}

describe('createRouter on a small network', () => {
  it('costs a gauge change as a step folded into the leg that follows it', () => {
    const route = routeOf(router().route(query({ modes: ['rail'] })));
    expect(route.legs.map((leg) => leg.segment)).toEqual(['origin--break', 'break--border', 'border--foreign']);
    expect(route.legs[1]?.transfers.map((step) => [step.kind, step.place, step.hours])).toEqual([
      ['gauge-change', 'break', 48],
    ]);
    expect(route.totals.gaugeChanges).toBe(1);
  });

  it('adds the border dwell of the crossing segment and counts the crossing', () => {
    const route = routeOf(router().route(query({ modes: ['rail'] })));
    const crossing = route.legs[2];
    expect(crossing?.transfers.map((step) => [step.kind, step.hours])).toEqual([['border-crossing', 24]]);
    expect(route.totals.borderCrossings).toBe(1);
  });

  it('adds half the sailing interval, port handling and customs at a foreign port on the sea route', () => {
    const route = routeOf(router().route(query({ modes: ['road', 'sea'] })));
    expect(route.legs.map((leg) => leg.segment)).toEqual(['origin--port-a', 'port-a--port-b', 'port-b--foreign']);
    const kinds = route.legs.map((leg) => leg.transfers.map((step) => `${step.kind}@${step.place}:${step.hours}`));
    expect(kinds).toEqual([
      [],
      ['port-handling@port-a:72', 'service-wait@port-a:168'],
      ['customs@port-b:48', 'port-handling@port-b:72'],
    ]);
    expect(route.totals.transshipments).toBe(2);
  });

  it('keeps optimistic ≤ central ≤ pessimistic and the legs chained', () => {
    const route = routeOf(router().route(query({ by: 'time' })));
    const { totals } = route;
    expect(totals.daysLow).toBeLessThanOrEqual(totals.days);
    expect(totals.days).toBeLessThanOrEqual(totals.daysHigh);
    expect(totals.usdLow).toBeLessThanOrEqual(totals.usd);
    expect(totals.usd).toBeLessThanOrEqual(totals.usdHigh);
    route.legs.slice(1).forEach((leg, index) => {
      expect(leg.from).toBe(route.legs[index]?.to);
    });
  });

  it('takes a segment in either direction', () => {
    const route = routeOf(router().route(query({ from: 'foreign', to: 'origin', modes: ['rail'] })));
    expect(route.legs.map((leg) => [leg.from, leg.to, leg.reversed])).toEqual([
      ['foreign', 'border', true],
      ['border', 'break', true],
      ['break', 'origin', true],
    ]);
  });

  it('closes the sea leg in a month its seasonal closure lists, and through a closed passage', () => {
    const seaOnly = { modes: ['road', 'sea'] as SegmentMode[] };
    expect(router().route(query({ ...seaOnly, scenario: { month: 3 } })).kind).toBe('route');
    const january = router().route(query({ ...seaOnly, scenario: { month: 1 } }));
    expect(january.kind === 'no-route' && january.reason).toMatch(/month=1/);
    const closed = router().route(query({ ...seaOnly, scenario: { flags: ['hormuz-closed'] } }));
    expect(closed.kind === 'no-route' && closed.reason).toMatch(/hormuz-closed removes every route.*port-a--port-b/);
  });

  it('opens a planned segment only with the planned scenario or after its expected year', () => {
    const planned = segment(NODES, 'origin', 'foreign', { mode: 'road', status: 'planned', id: 'origin--foreign' });
    const withPlanned = [...SEGMENTS, { ...planned, properties: { ...planned.properties, expectedOpen: 2029 } }];
    const today = routeOf(router(withPlanned).route(query()));
    expect(today.legs.map((leg) => leg.segment)).not.toContain('origin--foreign');
    const withScenario = routeOf(router(withPlanned).route(query({ scenario: { flags: ['planned'] } })));
    expect(withScenario.legs.map((leg) => leg.segment)).toEqual(['origin--foreign']);
    const in2029 = routeOf(router(withPlanned).route(query({ scenario: { year: 2029 } })));
    expect(in2029.legs.map((leg) => leg.segment)).toEqual(['origin--foreign']);
  });

  it('avoids a country and says so when an end is in it', () => {
    const avoided = router().route(query({ scenario: { avoidCountries: ['BB'] } }));
    expect(avoided.kind === 'no-route' && avoided.reason).toMatch(/foreign is in BB/);
  });

  it('goes through via places in order', () => {
    const route = routeOf(router().route(query({ via: ['port-b'] })));
    expect(route.legs.some((leg) => leg.to === 'port-b')).toBe(true);
    expect(route.legs[route.legs.length - 1]?.to).toBe('foreign');
  });

  it('lists the closest ids for an unknown id', () => {
    const result = router().route(query({ to: 'foriegn' }));
    expect(result).toMatchObject({ kind: 'unknown-place', places: [{ id: 'foriegn', role: 'to' }] });
    expect(result.kind === 'unknown-place' && result.places[0]?.closest[0]).toBe('foreign');
  });

  it('says when no segment reaches a place at all', () => {
    const result = router().route(query({ to: 'lonely' }));
    expect(result.kind === 'no-route' && result.reason).toMatch(/does not join them/);
  });

  it('rejects a month outside 1..12', () => {
    expect(router().route(query({ scenario: { month: 13 } }))).toMatchObject({ kind: 'invalid-query' });
  });

  it('replaces a central value with an override and reports unknown keys', () => {
    const base = routeOf(router().route(query({ modes: ['rail'] })));
    const slower = routeOf(
      router().route(query({ modes: ['rail'], assumptionOverrides: { 'speed.rail.electric': 12.5, 'no.such': 1 } })),
    );
    expect(slower.ignoredAssumptionOverrides).toEqual(['no.such']);
    expect(slower.totals.days).toBeGreaterThan(base.totals.days);
    expect(slower.totals.daysLow).toBe(base.totals.daysLow);
  });

  it('draws the legs in travel direction', () => {
    const instance = router();
    const route = routeOf(instance.route(query({ from: 'foreign', to: 'origin', modes: ['rail'] })));
    const lineOf = (id: string) => SEGMENTS.find((segment) => segment.properties.id === id)?.geometry.coordinates;
    const collection = routeLegFeatures(route, lineOf);
    expect(collection.features[0]?.geometry.coordinates[0]).toEqual([3, 0]);
    expect(collection.features.map((feature) => feature.properties.sequence)).toEqual([0, 1, 2]);
  });

  it('adds the emissions of a handling to its step and its leg when a co2.handling entry applies', () => {
    const withHandlingCo2: RoutingAssumptions = {
      ...ASSUMPTIONS,
      entries: [
        ...ASSUMPTIONS.entries,
        entry(
          'co2.handling.port.container.kg-per-teu',
          'kg CO2e per TEU',
          { cargo: 'container', mode: 'sea' },
          [5, 10, 20],
        ),
      ],
    };
    const base = routeOf(router().route(query({ modes: ['road', 'sea'] })));
    const handled = routeOf(
      createRouter({
        nodes: NODES,
        segments: SEGMENTS,
        assumptions: withHandlingCo2,
        observations: [],
        dataVersion: 'test',
        currentYear: 2026,
      }).route(query({ modes: ['road', 'sea'] })),
    );
    const portHandling = handled.legs[1]?.transfers.find((step) => step.kind === 'port-handling');
    expect(portHandling).toMatchObject({ co2Kg: 10, co2Assumption: 'co2.handling.port.container.kg-per-teu' });
    expect(handled.legs[1]?.co2Kg).toBeCloseTo((base.legs[1]?.co2Kg ?? 0) + 10, 2);
    expect(handled.legs[1]?.co2KgLow).toBeCloseTo((base.legs[1]?.co2KgLow ?? 0) + 5, 2);
    expect(handled.legs[1]?.co2KgHigh).toBeCloseTo((base.legs[1]?.co2KgHigh ?? 0) + 20, 2);
    expect(handled.totals.co2Kg).toBeCloseTo(base.totals.co2Kg + 20, 2);
  });

  it('marks handling emissions as not modelled when no co2.handling entry applies', () => {
    const route = routeOf(router().route(query({ modes: ['road', 'sea'] })));
    const steps = route.legs.flatMap((leg) => leg.transfers);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step).toMatchObject({ co2Kg: 0, co2Assumption: null });
  });

  it('splits the transfers by kind beside the contract totals', () => {
    const route = routeOf(router().route(query({ modes: ['road', 'sea'] })));
    expect(route.transfersByKind).toEqual({
      portHandling: 2,
      shipToShip: 0,
      railRoad: 0,
      gaugeChanges: 0,
      borderCrossings: route.totals.borderCrossings,
    });
  });

  it('lists the through segments left out and the coverage notes of each cargo as problems', () => {
    const through = segment(NODES, 'origin', 'border', { id: 'origin--border--through' });
    const withThrough = [
      ...SEGMENTS,
      {
        ...through,
        geometry: {
          ...through.geometry,
          coordinates: [
            [0, 0],
            [1, 0],
            [2, 0],
          ],
        },
      },
    ];
    const { problems } = router(withThrough);
    expect(problems[0]).toBe(
      'origin--border--through: repeats a chain of other segments of the same mode and length; the router uses the components',
    );
    expect(problems).toContain(
      'bulk: origin--port-a: no bulk cost rate; cost.road.container.usd-per-teu-km converted with teuTonnes',
    );
    expect(problems.filter((problem) => problem.startsWith('container: '))).toEqual([
      'container: port-a: no customs.port entry for international arrivals by sea; customs count 0 h',
    ]);
    expect(router(withThrough).problems).toEqual(problems);
  });

  it('never lengthens the best route when a segment is added (property)', () => {
    const ids = NODES.filter((candidate) => candidate.properties.id !== 'lonely').map(
      (candidate) => candidate.properties.id,
    );
    const pair = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([from, to]) => from !== to);
    fc.assert(
      fc.property(
        pair,
        pair,
        fc.constantFrom<SegmentMode>('rail', 'road'),
        fc.constantFrom('distance', 'time', 'cost', 'co2'),
        ([from, to], [extraFrom, extraTo], mode, by) => {
          const extra = segment(NODES, extraFrom, extraTo, { mode, id: `${extraFrom}--${extraTo}--extra` });
          const without = router().route(query({ from, to, by }));
          const withExtra = router([...SEGMENTS, extra]).route(query({ from, to, by }));
          if (without.kind !== 'route') return;
          expect(withExtra.kind).toBe('route');
          if (withExtra.kind !== 'route') return;
          const measure = (route: RouteResult) =>
            ({ distance: route.totals.km, time: route.totals.days, cost: route.totals.usd, co2: route.totals.co2Kg })[
              by
            ];
          // Totals are rounded (km 0.1, days/usd/kg 0.01); the tolerance covers the rounding only.
          expect(measure(withExtra.route)).toBeLessThanOrEqual(measure(without.route) + 0.1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
