import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Removes jumps across the antimeridian from a ring (or any line) by carrying longitudes past ±180°: a step of
 * more than 180° between two vertices is taken to be a crossing, and every following vertex is
 * shifted by 360°. Natural Earth (as packaged by world-atlas) closes Russia's and Fiji's rings with
 * edges from +180° to −180°, which a planar renderer draws as a band across the whole world.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  let previousLongitude: number | undefined;
  return ring.map(([longitude = 0, latitude = 0, ...rest]) => {
    if (previousLongitude !== undefined) {
      const step = longitude + offset - previousLongitude;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previousLongitude = longitude + offset;
    return [longitude + offset, latitude, ...rest];
  });
}

/** `unwrapRing` applied to every ring of a polygon or multipolygon. */
export function unwrapPolygon<Geometry extends Polygon | MultiPolygon>(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
}
