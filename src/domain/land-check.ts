import type { MultiPolygon, Polygon, Position } from 'geojson';
import { greatCircleKilometers } from './great-circle';
import { unwrapPolygon } from './unwrap-antimeridian';

/**
 * Default distance between two tested points along a line, in kilometres. Half a kilometre is finer
 * than the 1:50m outline can be trusted (it is drawn for about 1:50,000,000, where 1 mm is 50 km),
 * and still checks the whole corridor (about 85,000 km of lines) in a fraction of a second.
 */
const SAMPLE_SPACING_KILOMETERS = 0.5;

/**
 * How far from its end nodes a sea or river leg may cross land, in kilometres. Ports sit in
 * harbours, lagoons and river mouths that the 1:50m outline (drawn for about 1:50,000,000, where
 * 1 mm is 50 km) fills in or smooths away, so the approach to a berth often runs over "land".
 */
export const PORT_APPROACH_KILOMETERS = 10;

/**
 * How far from its end nodes a rail or road leg may leave the land, in kilometres. Coastal
 * stations and port terminals lie at the shoreline, which the 1:50m outline places a kilometre or
 * two off; further from the ends a land leg in the water is a drawing error.
 */
export const COASTLINE_TOLERANCE_KILOMETERS = 2;

/** Latitude limit of Web Mercator, in degrees; interpolation clamps to it. */
const MAXIMUM_MERCATOR_LATITUDE = 85.0511;

/** Size of the cells of the coarse index from positions to polygons, in degrees. */
const INDEX_CELL_DEGREES = 1;

/** Bisection steps that locate where a stretch starts or ends between two samples (about 1/256 of a sample). */
const BOUNDARY_BISECTION_STEPS = 8;

interface PreparedPolygon {
  west: number;
  south: number;
  east: number;
  north: number;
  /** Height of one latitude band in degrees. */
  bandDegrees: number;
  /** Edges of all the polygon's rings, by latitude band, flattened as x1, y1, x2, y2. */
  bands: number[][];
}

/**
 * Polygons indexed for fast point-in-polygon tests: a one-degree grid finds the few polygons whose
 * bounding box holds a position, and each polygon keeps its edges in latitude bands so that a
 * ray cast only looks at the edges at that latitude. Built once by `preparePolygons`.
 */
export interface PreparedPolygons {
  readonly polygons: readonly PreparedPolygon[];
  readonly cells: ReadonlyMap<number, readonly number[]>;
  /** Westernmost and easternmost longitude of any polygon, in degrees (beyond ±180 once unwrapped). */
  readonly west: number;
  readonly east: number;
}

/** A stretch of a line, measured from the line's first vertex. */
export interface LineStretch {
  /** Distance along the line from its first vertex to the start of the stretch, in kilometres. */
  startKilometers: number;
  /** Distance along the line from its first vertex to the end of the stretch, in kilometres. */
  endKilometers: number;
  /** `endKilometers - startKilometers`. */
  lengthKilometers: number;
  /** `[longitude, latitude]` where the stretch starts, in degrees. */
  start: Position;
  /** `[longitude, latitude]` where the stretch ends, in degrees. */
  end: Position;
}

/** A circle on the Earth: every position within `radiusKilometers` of `center` (great-circle distance). */
interface Circle {
  center: Position;
  radiusKilometers: number;
}

/** What a land or water stretch search leaves out, and how finely it samples. */
export interface StretchOptions {
  /** Areas where the line may be anywhere (e.g. the passages a sea leg declares). */
  excludedAreas?: PreparedPolygons;
  /** Circles where the line may be anywhere (e.g. port approaches around end nodes). */
  excludedCircles?: readonly Circle[];
  /** Distance between tested points in kilometres; `SAMPLE_SPACING_KILOMETERS` by default. */
  sampleSpacingKilometers?: number;
}

function cellKey(longitudeCell: number, latitudeCell: number): number {
  return (longitudeCell + 1000) * 4000 + (latitudeCell + 1000);
}

function preparePolygon(rings: readonly Position[][]): PreparedPolygon | undefined {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let edgeCount = 0;
  for (const ring of rings) {
    for (const [longitude = 0, latitude = 0] of ring) {
      west = Math.min(west, longitude);
      east = Math.max(east, longitude);
      south = Math.min(south, latitude);
      north = Math.max(north, latitude);
    }
    edgeCount += Math.max(0, ring.length - 1);
  }
  if (edgeCount === 0) return undefined;
  const bandCount = Math.min(1024, Math.max(1, Math.ceil(edgeCount / 8)));
  const bandDegrees = north > south ? (north - south) / bandCount : 1;
  const bands: number[][] = Array.from({ length: bandCount }, () => []);
  const bandOf = (latitude: number) =>
    Math.min(bandCount - 1, Math.max(0, Math.floor((latitude - south) / bandDegrees)));
  for (const ring of rings) {
    for (let index = 1; index < ring.length; index += 1) {
      const [x1 = 0, y1 = 0] = ring[index - 1] ?? [];
      const [x2 = 0, y2 = 0] = ring[index] ?? [];
      if (y1 === y2) continue; // a horizontal edge never crosses a horizontal ray
      for (let band = bandOf(Math.min(y1, y2)); band <= bandOf(Math.max(y1, y2)); band += 1) {
        bands[band]?.push(x1, y1, x2, y2);
      }
    }
  }
  return { west, south, east, north, bandDegrees, bands };
}

/**
 * Indexes polygons and multipolygons (e.g. Natural Earth land, or passage areas) for
 * `isInsidePolygons`. Rings are first carried across the antimeridian with `unwrapPolygon`
 * (Natural Earth closes Russia's and Fiji's rings with edges from +180° to −180°, which would
 * otherwise cross the whole map); positions are then also tested 360° east and west.
 */
export function preparePolygons(geometries: Iterable<Polygon | MultiPolygon>): PreparedPolygons {
  const polygons: PreparedPolygon[] = [];
  for (const geometry of geometries) {
    const unwrapped = unwrapPolygon(geometry);
    const parts = unwrapped.type === 'Polygon' ? [unwrapped.coordinates] : unwrapped.coordinates;
    for (const rings of parts) {
      const prepared = preparePolygon(rings);
      if (prepared) polygons.push(prepared);
    }
  }
  const cells = new Map<number, number[]>();
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  polygons.forEach((polygon, polygonIndex) => {
    west = Math.min(west, polygon.west);
    east = Math.max(east, polygon.east);
    const firstLongitudeCell = Math.floor(polygon.west / INDEX_CELL_DEGREES);
    const lastLongitudeCell = Math.floor(polygon.east / INDEX_CELL_DEGREES);
    const firstLatitudeCell = Math.floor(polygon.south / INDEX_CELL_DEGREES);
    const lastLatitudeCell = Math.floor(polygon.north / INDEX_CELL_DEGREES);
    for (let longitudeCell = firstLongitudeCell; longitudeCell <= lastLongitudeCell; longitudeCell += 1) {
      for (let latitudeCell = firstLatitudeCell; latitudeCell <= lastLatitudeCell; latitudeCell += 1) {
        const key = cellKey(longitudeCell, latitudeCell);
        const list = cells.get(key);
        if (list) list.push(polygonIndex);
        else cells.set(key, [polygonIndex]);
      }
    }
  });
  return { polygons, cells, west, east };
}

function isInsidePolygon(polygon: PreparedPolygon, longitude: number, latitude: number): boolean {
  if (longitude < polygon.west || longitude > polygon.east || latitude < polygon.south || latitude > polygon.north) {
    return false;
  }
  const band = Math.min(polygon.bands.length - 1, Math.floor((latitude - polygon.south) / polygon.bandDegrees));
  const edges = polygon.bands[band] ?? [];
  let inside = false;
  for (let index = 0; index + 3 < edges.length; index += 4) {
    const x1 = edges[index] ?? 0;
    const y1 = edges[index + 1] ?? 0;
    const x2 = edges[index + 2] ?? 0;
    const y2 = edges[index + 3] ?? 0;
    if (y1 > latitude !== y2 > latitude && longitude < ((x2 - x1) * (latitude - y1)) / (y2 - y1) + x1) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * Whether a `[longitude, latitude]` position in degrees lies inside any of the prepared polygons
 * (even-odd rule, so holes are respected). Positions exactly on an edge may go either way.
 */
export function isInsidePolygons(prepared: PreparedPolygons, position: Position): boolean {
  const [longitude = 0, latitude = 0] = position;
  for (const shiftedLongitude of [longitude, longitude + 360, longitude - 360]) {
    if (shiftedLongitude < prepared.west || shiftedLongitude > prepared.east) continue;
    const key = cellKey(Math.floor(shiftedLongitude / INDEX_CELL_DEGREES), Math.floor(latitude / INDEX_CELL_DEGREES));
    for (const polygonIndex of prepared.cells.get(key) ?? []) {
      const polygon = prepared.polygons[polygonIndex];
      if (polygon && isInsidePolygon(polygon, shiftedLongitude, latitude)) return true;
    }
  }
  return false;
}

function mercatorY(latitude: number): number {
  const clamped = Math.max(-MAXIMUM_MERCATOR_LATITUDE, Math.min(MAXIMUM_MERCATOR_LATITUDE, latitude));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

function latitudeOfMercatorY(y: number): number {
  return (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;
}

/**
 * Finds the stretches of a line where `predicate` holds. The line is sampled every
 * `sampleSpacingKilometers` (great-circle distance), and where the answer changes between two
 * samples the boundary is found by bisection. Between vertices the line is interpolated straight
 * in Web Mercator, as the map draws it (and as the lanes were drawn by eye); a great-circle arc
 * would bow away from the drawn line by tens of kilometres on long open-sea legs.
 * A stretch narrower than the sample spacing can be missed.
 */
export function findStretches(
  coordinates: readonly Position[],
  predicate: (position: Position) => boolean,
  sampleSpacingKilometers: number = SAMPLE_SPACING_KILOMETERS,
): LineStretch[] {
  const stretches: LineStretch[] = [];
  const first = coordinates[0];
  if (!first) return stretches;
  let openStart: { kilometers: number; position: Position } | undefined = predicate(first)
    ? { kilometers: 0, position: first }
    : undefined;
  let traveledKilometers = 0;
  const close = (kilometers: number, position: Position) => {
    if (!openStart) return;
    stretches.push({
      startKilometers: openStart.kilometers,
      endKilometers: kilometers,
      lengthKilometers: kilometers - openStart.kilometers,
      start: openStart.position,
      end: position,
    });
    openStart = undefined;
  };
  for (let index = 1; index < coordinates.length; index += 1) {
    const [longitudeA = 0, latitudeA = 0] = coordinates[index - 1] ?? [];
    const [longitudeB = 0, latitudeB = 0] = coordinates[index] ?? [];
    const stepKilometers = greatCircleKilometers([longitudeA, latitudeA], [longitudeB, latitudeB]);
    const yA = mercatorY(latitudeA);
    const yB = mercatorY(latitudeB);
    const at = (fraction: number): Position =>
      fraction >= 1
        ? [longitudeB, latitudeB]
        : [longitudeA + (longitudeB - longitudeA) * fraction, latitudeOfMercatorY(yA + (yB - yA) * fraction)];
    const sampleCount = Math.max(1, Math.ceil(stepKilometers / sampleSpacingKilometers));
    let previousFraction = 0;
    let previousInside = openStart !== undefined;
    for (let sample = 1; sample <= sampleCount; sample += 1) {
      const fraction = sample / sampleCount;
      const inside = predicate(at(fraction));
      if (inside !== previousInside) {
        let outsideFraction = inside ? previousFraction : fraction;
        let insideFraction = inside ? fraction : previousFraction;
        for (let step = 0; step < BOUNDARY_BISECTION_STEPS; step += 1) {
          const middle = (outsideFraction + insideFraction) / 2;
          if (predicate(at(middle))) insideFraction = middle;
          else outsideFraction = middle;
        }
        const boundaryKilometers = traveledKilometers + stepKilometers * insideFraction;
        if (inside) openStart = { kilometers: boundaryKilometers, position: at(insideFraction) };
        else close(boundaryKilometers, at(insideFraction));
      }
      previousInside = inside;
      previousFraction = fraction;
    }
    traveledKilometers += stepKilometers;
  }
  const last = coordinates[coordinates.length - 1] ?? first;
  close(traveledKilometers, last);
  return stretches;
}

function isExcluded(position: Position, options: StretchOptions): boolean {
  if (
    options.excludedCircles?.some((circle) => greatCircleKilometers(circle.center, position) <= circle.radiusKilometers)
  ) {
    return true;
  }
  return options.excludedAreas !== undefined && isInsidePolygons(options.excludedAreas, position);
}

/**
 * The stretches of a line (e.g. a sea leg) that lie on land, leaving out the excluded areas and
 * circles. Empty when the line stays in the water.
 */
export function landStretches(
  land: PreparedPolygons,
  coordinates: readonly Position[],
  options: StretchOptions = {},
): LineStretch[] {
  return findStretches(
    coordinates,
    (position) => isInsidePolygons(land, position) && !isExcluded(position, options),
    options.sampleSpacingKilometers,
  );
}

/**
 * The stretches of a line (e.g. a rail leg) that lie in the water, i.e. outside every land polygon,
 * leaving out the excluded areas and circles. Empty when the line stays on land.
 */
export function waterStretches(
  land: PreparedPolygons,
  coordinates: readonly Position[],
  options: StretchOptions = {},
): LineStretch[] {
  return findStretches(
    coordinates,
    (position) => !isInsidePolygons(land, position) && !isExcluded(position, options),
    options.sampleSpacingKilometers,
  );
}
