import turfDistance from '@turf/distance';
import { lineString } from '@turf/helpers';
import turfLength from '@turf/length';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCircleKilometers, KILOMETERS_PER_NAUTICAL_MILE, lineLengthKilometers } from './great-circle';

const EARTH_RADIUS_KILOMETERS = 6371.0088;

/**
 * How closely two haversine implementations can agree. Away from the antipode, to a millimetre.
 * Near it, the distance is ill-conditioned: d = 2R·asin(√h) and dd/dh = R/√(h(1−h)), so a rounding
 * error of one ulp in h (about 1.1e-16 near h = 1) moves d by up to 2R·√(2.2e-16) ≈ 1.9e-4 km; the
 * two formulas (asin here, atan2 in Turf) round differently, so allow 4× that within 1 km of the
 * antipodal distance πR.
 */
function agreementToleranceKilometers(distanceKilometers: number): number {
  const nearAntipode = Math.PI * EARTH_RADIUS_KILOMETERS - distanceKilometers < 1;
  return nearAntipode ? 8 * EARTH_RADIUS_KILOMETERS * Math.sqrt(Number.EPSILON) : 1e-6;
}

describe('greatCircleKilometers', () => {
  it('is zero between a position and itself', () => {
    expect(greatCircleKilometers([49.87, 40.4], [49.87, 40.4])).toBe(0);
  });

  it('gives one degree of the equator as 2πR/360 kilometres', () => {
    expect(greatCircleKilometers([0, 0], [1, 0])).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 9);
  });

  it('gives one minute of latitude as about one nautical mile', () => {
    const kilometers = greatCircleKilometers([30, 45], [30, 45 + 1 / 60]);
    expect(Math.abs(kilometers - KILOMETERS_PER_NAUTICAL_MILE)).toBeLessThan(0.01);
  });

  it('measures Moscow to St Petersburg at about 634 km', () => {
    expect(greatCircleKilometers([37.6156, 55.7522], [30.3141, 59.9386])).toBeCloseTo(634.4, 0);
  });

  it('takes the short way across the antimeridian', () => {
    expect(greatCircleKilometers([179.5, 0], [-179.5, 0])).toBeCloseTo(111.195, 2);
  });

  it('agrees with Turf distance to a millimetre for any two positions, and as well as doubles allow near antipodes', () => {
    const position = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    );
    fc.assert(
      fc.property(position, position, (a, b) => {
        const expected = turfDistance(a, b, { units: 'kilometers' });
        expect(Math.abs(greatCircleKilometers(a, b) - expected)).toBeLessThan(agreementToleranceKilometers(expected));
      }),
    );
  });

  it('agrees with Turf at the antipodal case fast-check once found', () => {
    const a = [0, 0];
    const b = [179.99991895893487, -0.0000014787793334710982];
    const expected = turfDistance(a, b, { units: 'kilometers' });
    expect(Math.abs(greatCircleKilometers(a, b) - expected)).toBeLessThan(agreementToleranceKilometers(expected));
    expect(Math.abs(greatCircleKilometers(a, b) - expected)).toBeLessThan(0.01);
  });
});

describe('lineLengthKilometers', () => {
  it('is zero for an empty line and for a single vertex', () => {
    expect(lineLengthKilometers([])).toBe(0);
    expect(lineLengthKilometers([[10, 10]])).toBe(0);
  });

  it('adds the legs between consecutive vertices', () => {
    const coordinates = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    expect(lineLengthKilometers(coordinates)).toBeCloseTo(
      greatCircleKilometers([0, 0], [1, 0]) + greatCircleKilometers([1, 0], [1, 1]),
      9,
    );
  });

  it('agrees with Turf length on a corridor line', () => {
    const coordinates = [
      [37.6156, 55.7522],
      [36.73, 56.33],
      [35.9, 56.86],
      [30.3141, 59.9386],
    ];
    expect(lineLengthKilometers(coordinates)).toBeCloseTo(
      turfLength(lineString(coordinates), { units: 'kilometers' }),
      6,
    );
  });
});
