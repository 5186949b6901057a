import { describe, expect, it } from 'vitest';
import { createNetworkTimeline } from '../timeline/network-timeline';
import { closureContextOf } from './route-constraints';
import type { RouteQuery } from './route-query';
import type { RoutingNode, RoutingSegment } from './routing-input';
import { createScenarioSearch } from './scenario-search';

const TIMELINE = createNetworkTimeline({ present: '2026-01-01' });

function node(id: string, longitude: number, country: string): RoutingNode {
  return {
    geometry: { type: 'Point', coordinates: [longitude, 0] },
    properties: { id, name: id, country, kind: 'city' },
  };
}

function road(from: string, to: string, fromLongitude: number, toLongitude: number): RoutingSegment {
  return {
    geometry: {
      type: 'LineString',
      coordinates: [
        [fromLongitude, 0],
        [toLongitude, 0],
      ],
    },
    properties: {
      id: `${from}--${to}`,
      from,
      to,
      mode: 'road',
      branch: 'iran',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [],
      countries: [],
    },
  };
}

// a — b — c along the equator, b in another country; and a direct a — c road that is longer.
const NODES = [node('a', 0, 'AA'), node('b', 1, 'BB'), node('c', 2, 'AA')];
const SEGMENTS = [
  road('a', 'b', 0, 1),
  road('b', 'c', 1, 2),
  {
    ...road('a', 'c', 0, 2),
    geometry: {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [1, 1],
        [2, 0],
      ],
    },
  },
];

function search() {
  return createScenarioSearch({
    nodesById: new Map(NODES.map((entry) => [entry.properties.id, entry])),
    segments: SEGMENTS,
    places: NODES.map(({ properties }) => properties),
    assumptions: {
      teuTonnes: { optimistic: 8, central: 10, pessimistic: 12, unit: 't per TEU', range: { min: 0, max: 30 } },
      entries: [
        {
          key: 'speed.road.truck',
          unit: 'km/h',
          appliesTo: { mode: 'road' },
          optimistic: 40,
          central: 30,
          pessimistic: 20,
          range: { min: 0, max: 90, minExclusive: true },
        },
      ],
    },
  });
}

const QUERY: RouteQuery = { from: 'a', to: 'c', by: 'distance', cargo: 'container', scenario: {} };

function segmentsOf(edges: ReturnType<ReturnType<typeof search>['search']>) {
  return edges?.flatMap((edge) => (edge.kind === 'segment' ? [edge.traversal.segment.properties.id] : []));
}

describe('createScenarioSearch', () => {
  it('searches the open network of the context', () => {
    const { search: find } = search();
    expect(segmentsOf(find(QUERY, closureContextOf(QUERY, TIMELINE), ['a', 'c'], 'distance'))).toEqual([
      'a--b',
      'b--c',
    ]);
  });

  it('closes the places of an avoided country and the segments a constraint closes', () => {
    const { search: find } = search();
    const avoid = { ...QUERY, scenario: { avoidCountries: ['BB'] } };
    expect(segmentsOf(find(avoid, closureContextOf(avoid, TIMELINE), ['a', 'c'], 'distance'))).toEqual(['a--c']);
    const rail = { ...QUERY, modes: ['rail' as const] };
    expect(find(rail, closureContextOf(rail, TIMELINE), ['a', 'c'], 'distance')).toBeUndefined();
  });

  it('costs a network once per cargo and overrides, whatever their order', () => {
    const { costing } = search();
    expect(costing('container', { 'speed.road.truck': 10, nope: 1 })).toBe(
      costing('container', { nope: 1, 'speed.road.truck': 10 }),
    );
    expect(costing('container')).not.toBe(costing('bulk'));
    expect(costing('container', { nope: 1 }).ignoredOverrides).toEqual(['nope']);
  });

  it('prices the graph with the overrides of the query', () => {
    const { search: find } = search();
    const context = closureContextOf(QUERY, TIMELINE);
    const days = (query: RouteQuery) =>
      (find(query, context, ['a', 'c'], 'time') ?? []).reduce((sum, edge) => sum + edge.days, 0);
    expect(days({ ...QUERY, assumptionOverrides: { 'speed.road.truck': 15 } })).toBeCloseTo(2 * days(QUERY), 6);
  });
});
