import type { Position } from 'geojson';

/** A longitude/latitude rectangle in degrees. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The smallest box around some lines, or `undefined` when there is no position. Longitudes are taken
 * as they are (the corridor never crosses the antimeridian).
 */
export function boundingBoxOfLines(lines: Iterable<readonly Position[]>): Bounds | undefined {
  let box: Bounds | undefined;
  for (const line of lines) {
    for (const [longitude = 0, latitude = 0] of line) {
      box = box
        ? {
            west: Math.min(box.west, longitude),
            south: Math.min(box.south, latitude),
            east: Math.max(box.east, longitude),
            north: Math.max(box.north, latitude),
          }
        : { west: longitude, south: latitude, east: longitude, north: latitude };
    }
  }
  return box;
}
