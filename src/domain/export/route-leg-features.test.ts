import { describe, expect, it } from 'vitest';
import type { RouteLeg } from '../routing/route-result';
import { routeLegFeatures } from './route-leg-features';

const figures = {
  days: 1,
  usd: 2,
  co2Kg: 3,
  daysLow: 1,
  daysHigh: 1,
  usdLow: 2,
  usdHigh: 2,
  co2KgLow: 3,
  co2KgHigh: 3,
};

const legs: RouteLeg[] = [
  {
    segment: 'a--b',
    from: 'a',
    to: 'b',
    mode: 'rail',
    km: 10,
    lengthBasis: 'drawn',
    drawnKm: 10,
    branch: 'russia',
    reversed: false,
    transfers: [],
    ...figures,
  },
  {
    segment: 'c--b',
    from: 'b',
    to: 'c',
    mode: 'sea',
    km: 20,
    lengthBasis: 'drawn',
    drawnKm: 20,
    branch: 'russia',
    reversed: true,
    transfers: [
      {
        kind: 'port-handling',
        place: 'b',
        hours: 12,
        usd: 100,
        co2Kg: 0,
        assumption: 'handling.x',
        co2Assumption: null,
      },
    ],
    ...figures,
  },
  {
    segment: 'c--d',
    from: 'c',
    to: 'd',
    mode: 'road',
    km: 5,
    lengthBasis: 'drawn',
    drawnKm: 5,
    branch: 'russia',
    reversed: false,
    transfers: [],
    ...figures,
  },
];

const lines = new Map([
  [
    'a--b',
    [
      [0, 0],
      [1, 0],
    ],
  ],
  [
    'c--b',
    [
      [3, 0],
      [2, 0],
      [1, 0],
    ],
  ],
]);

describe('routeLegFeatures', () => {
  it('draws each leg in travel direction, with its fields, sequence and transfers as JSON', () => {
    const collection = routeLegFeatures({ legs }, (id) => lines.get(id));
    expect(collection.features.map((feature) => feature.id)).toEqual(['0:a--b', '1:c--b']);
    expect(collection.features[1]?.geometry.coordinates).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    const { transfers, ...fields } = legs[1] as RouteLeg;
    expect(collection.features[1]?.properties).toEqual({
      ...fields,
      sequence: 1,
      transfers: JSON.stringify(transfers),
    });
  });

  it('leaves out a leg whose segment has no line, and never changes the lines it was given', () => {
    const collection = routeLegFeatures({ legs }, (id) => lines.get(id));
    expect(collection.features).toHaveLength(2);
    collection.features[0]?.geometry.coordinates[0]?.splice(0, 2, 9, 9);
    expect(lines.get('a--b')).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(lines.get('c--b')?.[0]).toEqual([3, 0]);
  });
});
