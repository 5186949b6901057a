import type { Position } from 'geojson';
import type { CorridorEvent } from '../events/corridor-event';

/** What `eventPosition` reads of the corridor: places as points, segments as lines, passages as polygons. */
export interface EventPlaces {
  placePosition(id: string): Position | undefined;
  segmentLine(id: string): readonly Position[] | undefined;
  passageRing(id: string): readonly Position[] | undefined;
}

/** The middle vertex of a line (a point on it, unlike the centroid of a bent line). */
function middleOf(line: readonly Position[]): Position | undefined {
  return line[Math.floor((line.length - 1) / 2)];
}

/** The mean of a ring's distinct vertices (the closing vertex repeats the first). */
function centreOf(ring: readonly Position[]): Position | undefined {
  const vertices = ring.length > 1 ? ring.slice(0, -1) : ring;
  if (vertices.length === 0) return undefined;
  const sum = vertices.reduce<[number, number]>(
    (total, vertex) => [total[0] + (vertex[0] ?? 0), total[1] + (vertex[1] ?? 0)],
    [0, 0],
  );
  return [sum[0] / vertices.length, sum[1] / vertices.length];
}

/**
 * Where the map draws an event: at the first place it affects, else the middle of the first
 * segment, else the centre of the first passage; `undefined` for an event that names countries
 * only (it is listed, not drawn). A marker, not a surveyed position.
 */
export function eventPosition(event: CorridorEvent, places: EventPlaces): Position | undefined {
  const features = event.affects.features ?? [];
  for (const id of features) {
    const position = places.placePosition(id);
    if (position) return position;
  }
  for (const id of features) {
    const line = places.segmentLine(id);
    const middle = line ? middleOf(line) : undefined;
    if (middle) return middle;
  }
  for (const id of event.affects.passages ?? []) {
    const ring = places.passageRing(id);
    const centre = ring ? centreOf(ring) : undefined;
    if (centre) return centre;
  }
  return undefined;
}
