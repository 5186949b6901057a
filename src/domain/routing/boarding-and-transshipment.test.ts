import { describe, expect, it } from 'vitest';
import { createRouter } from './create-router';
import type { RouteQuery } from './route-query';
import type { RouteResult } from './route-result';
import type { RoutingAssumption, RoutingAssumptions, RoutingNode, RoutingSegment } from './routing-input';

// Issue 13 §3: a service's wait is charged where a shipment boards it, not to a through block train
// at a border station; and ships are changed only where the data says a service does it.

function node(id: string, longitude: number, country: string, extra: Partial<RoutingNode['properties']> = {}) {
  return {
    geometry: { type: 'Point', coordinates: [longitude, 0] },
    properties: { id, name: id, country, kind: 'rail-hub', ...extra },
  } satisfies RoutingNode;
}

function line(from: RoutingNode, to: RoutingNode, mode: 'rail' | 'road' | 'sea'): RoutingSegment {
  return {
    geometry: { type: 'LineString', coordinates: [from.geometry.coordinates, to.geometry.coordinates] },
    properties: {
      id: `${from.properties.id}--${to.properties.id}`,
      from: from.properties.id,
      to: to.properties.id,
      mode,
      vessel: mode === 'sea' ? 'feeder' : undefined,
      gaugeMillimetres: mode === 'rail' ? 1520 : undefined,
      traction: mode === 'rail' ? 'electric' : undefined,
      branch: 'eastern',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [],
      countries: [...new Set([from.properties.country, to.properties.country])],
    },
  };
}

function entry(key: string, unit: string, appliesTo: RoutingAssumption['appliesTo'], values: number[]) {
  const [optimistic = 0, central = 0, pessimistic = 0] = values;
  return { key, unit, appliesTo, optimistic, central, pessimistic, range: { min: 0, max: 1000 } };
}

const ASSUMPTIONS: RoutingAssumptions = {
  teuTonnes: { optimistic: 8, central: 10, pessimistic: 12, unit: 't per TEU', range: { min: 0, max: 30 } },
  entries: [
    entry('speed.rail.electric', 'km/h', { mode: 'rail' }, [40, 25, 15]),
    entry('speed.road.truck', 'km/h', { mode: 'road' }, [45, 28, 18]),
    entry('speed.sea.feeder', 'knots', { mode: 'sea', vessel: 'feeder' }, [16, 13, 10]),
    entry('handling.port.container.hours', 'hours', { cargo: 'container', mode: 'sea' }, [24, 72, 168]),
    entry('handling.rail-terminal.container.hours', 'hours', { cargo: 'container', mode: 'rail' }, [6, 24, 72]),
    entry('border.dwell.station.hours', 'hours', { node: 'station' }, [6, 24, 72]),
    entry('frequency.rail.block-train.days', 'days', { mode: 'rail', service: ['station--beyond'] }, [7, 10, 14]),
  ],
};

function routeOf(nodes: RoutingNode[], segments: RoutingSegment[], query: Partial<RouteQuery>): RouteResult {
  const router = createRouter({
    nodes,
    segments,
    assumptions: ASSUMPTIONS,
    observations: [],
    dataVersion: 'test',
    present: '2026-01-15',
  });
  const outcome = router.route({
    from: 'origin',
    to: 'beyond',
    by: 'time',
    cargo: 'container',
    scenario: {},
    ...query,
  });
  if (outcome.kind !== 'route') throw new Error(`expected a route, got ${JSON.stringify(outcome)}`);
  return outcome.route;
}

function stepsOf(route: RouteResult): string[] {
  return route.legs.flatMap((leg) => leg.transfers.map((step) => `${step.kind}@${step.place}:${step.hours}`));
}

describe('service waits are charged where a shipment boards the service', () => {
  const origin = node('origin', 0, 'AA');
  const station = node('station', 1, 'AA');
  const beyond = node('beyond', 2, 'BB');
  const depot = node('depot', 1, 'AA');
  const nodes = [origin, station, beyond, depot];
  const segments = [line(origin, station, 'rail'), line(station, beyond, 'rail'), line(depot, station, 'road')];

  it('charges a through train the interval where its run starts, not at the border station', () => {
    const route = routeOf(nodes, segments, {});
    expect(route.legs.map((leg) => leg.segment)).toEqual(['origin--station', 'station--beyond']);
    expect(stepsOf(route)).toEqual(['service-wait@origin:120', 'border-crossing@station:24']);
    expect(route.legs[0]?.transfers.map((step) => step.kind)).toEqual(['service-wait']);
  });

  it('charges the wait once, even to a train that runs back and forth', () => {
    const route = routeOf(nodes, segments, { via: ['origin'], from: 'station' });
    expect(stepsOf(route).filter((step) => step.startsWith('service-wait'))).toHaveLength(1);
  });

  it('lets a train that does not use the service run without the wait', () => {
    const route = routeOf(nodes, segments, { to: 'station' });
    expect(stepsOf(route)).toEqual([]);
  });

  it('charges half the interval to a shipment that starts at the station', () => {
    const route = routeOf(nodes, segments, { from: 'station' });
    expect(stepsOf(route)).toEqual(['service-wait@station:120', 'border-crossing@station:24']);
  });

  it('charges it to a shipment that boards the train after a transfer from the road', () => {
    const route = routeOf(nodes, segments, { from: 'depot' });
    expect(route.legs.map((leg) => leg.segment)).toEqual(['depot--station', 'station--beyond']);
    expect(stepsOf(route)).toEqual([
      'rail-road-transfer@station:24',
      'service-wait@station:120',
      'border-crossing@station:24',
    ]);
  });
});

describe('ship-to-ship transfers happen only where a service does them', () => {
  const origin = node('origin', 0, 'AA', { kind: 'seaport' });
  const hub = node('hub', 1, 'AA', { kind: 'seaport' });
  const beyond = node('beyond', 2, 'BB', { kind: 'seaport' });
  const segments = [line(origin, hub, 'sea'), line(hub, beyond, 'sea')];

  it('finds no way through a port where no source says ships exchange cargo', () => {
    const router = createRouter({
      nodes: [origin, hub, beyond],
      segments,
      assumptions: ASSUMPTIONS,
      observations: [],
      dataVersion: 'test',
      present: '2026-01-15',
    });
    const outcome = router.route({ from: 'origin', to: 'beyond', by: 'time', cargo: 'container', scenario: {} });
    expect(outcome.kind).toBe('no-route');
  });

  it('transships at a port whose data names the service', () => {
    const transshipping = node('hub', 1, 'AA', {
      kind: 'seaport',
      transshipment: { sources: ['a-source'], note: 'a feeder hub' },
    });
    const route = routeOf([origin, transshipping, beyond], segments, {});
    expect(route.legs.map((leg) => leg.segment)).toEqual(['origin--hub', 'hub--beyond']);
    expect(stepsOf(route)).toContain('transshipment@hub:72');
    expect(route.transfersByKind.shipToShip).toBe(1);
  });
});
