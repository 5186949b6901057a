import type { Position } from 'geojson';

/**
 * Mean Earth radius in kilometres (IUGG mean radius R1, as used by Turf). The project's drawn lengths
 * and `geodata/README.md` use this value, so figures agree between the app, the CLI and the checks.
 */
const MEAN_EARTH_RADIUS_KILOMETERS = 6371.0088;

/**
 * Half the Earth's equatorial circumference (WGS84, 40,075 km), in kilometres: the geodata checks
 * reject a published segment or pipeline length above it as absurd.
 */
export const HALF_EARTH_CIRCUMFERENCE_KILOMETERS = 20_037.5;

/** Kilometres in one international nautical mile (exact by definition). */
export const KILOMETERS_PER_NAUTICAL_MILE = 1.852;

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Great-circle distance between two `[longitude, latitude]` positions in degrees, in kilometres,
 * by the haversine formula on a sphere of radius `MEAN_EARTH_RADIUS_KILOMETERS`. Correct across the
 * antimeridian and near the poles; the spherical model is within about 0.5% of the ellipsoid.
 */
export function greatCircleKilometers(a: Position, b: Position): number {
  const [longitudeA = 0, latitudeA = 0] = a;
  const [longitudeB = 0, latitudeB = 0] = b;
  const latitudeARadians = latitudeA * RADIANS_PER_DEGREE;
  const latitudeBRadians = latitudeB * RADIANS_PER_DEGREE;
  const halfLatitudeStep = Math.sin(((latitudeB - latitudeA) * RADIANS_PER_DEGREE) / 2);
  const halfLongitudeStep = Math.sin(((longitudeB - longitudeA) * RADIANS_PER_DEGREE) / 2);
  const haversine =
    halfLatitudeStep * halfLatitudeStep +
    Math.cos(latitudeARadians) * Math.cos(latitudeBRadians) * halfLongitudeStep * halfLongitudeStep;
  return 2 * MEAN_EARTH_RADIUS_KILOMETERS * Math.asin(Math.min(1, Math.sqrt(haversine)));
}

/**
 * Length of a line in kilometres: the sum of the great-circle distances between consecutive
 * `[longitude, latitude]` vertices. Zero for fewer than two vertices.
 */
export function lineLengthKilometers(coordinates: readonly Position[]): number {
  let lengthKilometers = 0;
  for (let index = 1; index < coordinates.length; index += 1) {
    const previous = coordinates[index - 1];
    const current = coordinates[index];
    if (previous && current) lengthKilometers += greatCircleKilometers(previous, current);
  }
  return lengthKilometers;
}
