import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleKilometers, lineLengthKilometers } from './great-circle';
import { findStretches, isInsidePolygons, landStretches, preparePolygons, waterStretches } from './land-check';

function rectangle(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

const kilometersPerDegreeAtEquator = greatCircleKilometers([0, 0], [1, 0]);

describe('isInsidePolygons', () => {
  it('finds a position inside a polygon and not outside it', () => {
    const land = preparePolygons([rectangle(2, -1, 4, 1)]);
    expect(isInsidePolygons(land, [3, 0])).toBe(true);
    expect(isInsidePolygons(land, [5, 0])).toBe(false);
    expect(isInsidePolygons(land, [3, 1.5])).toBe(false);
  });

  it('respects holes (even-odd rule)', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [rectangle(0, 0, 10, 10).coordinates[0] ?? [], rectangle(4, 4, 6, 6).coordinates[0] ?? []],
    };
    const land = preparePolygons([withHole]);
    expect(isInsidePolygons(land, [2, 2])).toBe(true);
    expect(isInsidePolygons(land, [5, 5])).toBe(false);
  });

  it('tests every part of a multipolygon', () => {
    const land = preparePolygons([
      { type: 'MultiPolygon', coordinates: [rectangle(0, 0, 1, 1).coordinates, rectangle(50, 40, 51, 41).coordinates] },
    ]);
    expect(isInsidePolygons(land, [50.5, 40.5])).toBe(true);
    expect(isInsidePolygons(land, [25, 20])).toBe(false);
  });

  it('finds nothing in an empty set of polygons (empty geometry)', () => {
    const land = preparePolygons([{ type: 'Polygon', coordinates: [] }]);
    expect(isInsidePolygons(land, [0, 0])).toBe(false);
  });

  it('reads a ring closed across the antimeridian as one island, not a band around the world', () => {
    // Natural Earth style: the ring jumps from +180° to −180° and back.
    const island: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [179, -16],
          [180, -16.5],
          [-179.5, -17],
          [-179.5, -16],
          [180, -15.5],
          [179, -16],
        ],
      ],
    };
    const land = preparePolygons([island]);
    expect(isInsidePolygons(land, [179.8, -16.3])).toBe(true);
    expect(isInsidePolygons(land, [-179.8, -16.5])).toBe(true);
    expect(isInsidePolygons(land, [0, -16.7])).toBe(false);
    expect(isInsidePolygons(land, [-120, -16.5])).toBe(false);
  });
});

describe('findStretches', () => {
  it('returns nothing for an empty line', () => {
    expect(findStretches([], () => true)).toEqual([]);
  });

  it('returns one stretch over the whole line when the predicate always holds', () => {
    const coordinates = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    const stretches = findStretches(coordinates, () => true);
    expect(stretches).toHaveLength(1);
    expect(stretches[0]?.startKilometers).toBe(0);
    expect(stretches[0]?.endKilometers).toBeCloseTo(lineLengthKilometers(coordinates), 9);
  });

  it('interpolates between vertices straight in Web Mercator, as the map draws the line', () => {
    // From 10° N to 60° N the Mercator midpoint is at 39.26° N; the longitude–latitude midpoint at 35° N.
    const coordinates = [
      [0, 10],
      [40, 60],
    ];
    const mercatorIsland = preparePolygons([rectangle(19.5, 38.76, 20.5, 39.76)]);
    const plateCarreeIsland = preparePolygons([rectangle(19.5, 34.5, 20.5, 35.5)]);
    expect(findStretches(coordinates, (position) => isInsidePolygons(mercatorIsland, position))).toHaveLength(1);
    expect(findStretches(coordinates, (position) => isInsidePolygons(plateCarreeIsland, position))).toHaveLength(0);
  });
});

describe('landStretches and waterStretches', () => {
  const land = preparePolygons([rectangle(2, -1, 4, 1)]);
  const line: Position[] = [
    [0, 0],
    [6, 0],
  ];

  it('finds where a line crosses land, to within 10 m', () => {
    const stretches = landStretches(land, line);
    expect(stretches).toHaveLength(1);
    expect(stretches[0]?.startKilometers).toBeCloseTo(2 * kilometersPerDegreeAtEquator, 2);
    expect(stretches[0]?.endKilometers).toBeCloseTo(4 * kilometersPerDegreeAtEquator, 2);
    expect(stretches[0]?.lengthKilometers).toBeCloseTo(2 * kilometersPerDegreeAtEquator, 2);
    expect(stretches[0]?.start[0]).toBeCloseTo(2, 3);
    expect(stretches[0]?.end[0]).toBeCloseTo(4, 3);
  });

  it('finds the water on both sides of the land', () => {
    const stretches = waterStretches(land, line);
    expect(stretches.map((stretch) => Math.round(stretch.startKilometers))).toEqual([0, 445]);
    expect(stretches.map((stretch) => Math.round(stretch.endKilometers))).toEqual([222, 667]);
  });

  it('leaves out excluded circles around the end nodes', () => {
    const stretches = waterStretches(land, line, {
      excludedCircles: [
        { center: [0, 0], radiusKilometers: 50 },
        { center: [6, 0], radiusKilometers: 10 },
      ],
    });
    expect(stretches[0]?.startKilometers).toBeCloseTo(50, 1);
    expect(stretches[1]?.endKilometers).toBeCloseTo(6 * kilometersPerDegreeAtEquator - 10, 1);
  });

  it('leaves out excluded areas such as a declared passage', () => {
    const passage = preparePolygons([rectangle(2.5, -1, 3.5, 1)]);
    const stretches = landStretches(land, line, { excludedAreas: passage });
    expect(stretches.map((stretch) => Math.round(stretch.lengthKilometers))).toEqual([56, 56]);
  });

  it('splits any line into land and water that add up to its length', () => {
    const position = fc.tuple(
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(position, { minLength: 2, maxLength: 6 }), (coordinates) => {
        const total = [...landStretches(land, coordinates), ...waterStretches(land, coordinates)].reduce(
          (sum, stretch) => sum + stretch.lengthKilometers,
          0,
        );
        expect(Math.abs(total - lineLengthKilometers(coordinates))).toBeLessThan(0.05);
      }),
      { numRuns: 50 },
    );
  });
});
