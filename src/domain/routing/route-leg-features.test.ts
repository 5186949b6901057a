import { describe, expect, it } from 'vitest';
import { routeLegFeatures } from './route-leg-features';
import type { RouteLeg } from './route-result';
import type { RoutingSegment } from './routing-input';

function segment(id: string, coordinates: [number, number][]): RoutingSegment {
  return {
    geometry: { type: 'LineString', coordinates },
    properties: {
      id,
      from: id.split('--')[0] ?? '',
      to: id.split('--')[1] ?? '',
      mode: 'rail',
      branch: 'russia',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [],
      countries: [],
    },
  };
}

function leg(segmentId: string, reversed: boolean): RouteLeg {
  const [from = '', to = ''] = segmentId.split('--');
  return {
    segment: segmentId,
    from: reversed ? to : from,
    to: reversed ? from : to,
    mode: 'rail',
    km: 1,
    days: 1,
    usd: 1,
    co2Kg: 1,
    daysLow: 1,
    daysHigh: 1,
    usdLow: 1,
    usdHigh: 1,
    co2KgLow: 1,
    co2KgHigh: 1,
    branch: 'russia',
    reversed,
    transfers: [
      { kind: 'gauge-change', place: 'b', hours: 48, usd: 0, co2Kg: 0, assumption: null, co2Assumption: null },
    ],
  };
}

const SEGMENTS = new Map([
  [
    'a--b',
    segment('a--b', [
      [0, 0],
      [1, 0],
    ]),
  ],
  [
    'c--b',
    segment('c--b', [
      [2, 0],
      [1, 0],
    ]),
  ],
]);

describe('routeLegFeatures', () => {
  it('draws each leg in travel direction, numbered in order, with its steps as JSON', () => {
    const route = { legs: [leg('a--b', false), leg('c--b', true)] };
    const collection = routeLegFeatures(route, SEGMENTS);
    expect(collection.features.map((feature) => [feature.id, feature.geometry.coordinates])).toEqual([
      [
        '0:a--b',
        [
          [0, 0],
          [1, 0],
        ],
      ],
      [
        '1:c--b',
        [
          [1, 0],
          [2, 0],
        ],
      ],
    ]);
    expect(collection.features[1]?.properties).toMatchObject({ sequence: 1, from: 'b', to: 'c', reversed: true });
    expect(JSON.parse(collection.features[1]?.properties.transfers ?? '')).toEqual(leg('c--b', true).transfers);
  });

  it('leaves out a leg whose segment it does not know, keeping the others numbered by their place in the route', () => {
    const route = { legs: [leg('x--y', false), leg('a--b', false)] };
    expect(routeLegFeatures(route, SEGMENTS).features.map((feature) => feature.id)).toEqual(['1:a--b']);
  });
});
