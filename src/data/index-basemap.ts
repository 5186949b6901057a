import type { FeatureCollection, Point } from 'geojson';
import type { BasemapLabel, BasemapPlace } from './basemap-schemas';
import type { DataProblem } from './data-problem';
import { type NaturalEarthGeoJson, naturalEarthToGeoJson } from './natural-earth';

/**
 * The basemap labels' validated parts: what `validateBasemapParts` keeps, and what the build writes
 * into the basemap unit for the browser. No schema code here.
 */
export interface BasemapParts {
  places: FeatureCollection<Point, BasemapPlace['properties']>;
  labels: FeatureCollection<Point, BasemapLabel['properties']>;
  problems: DataProblem[];
}

/** The embedded basemap: Natural Earth's land and borders, and the validated labels. */
export interface AssembledBasemap extends NaturalEarthGeoJson, BasemapParts {}

/** The basemap from the labels' validated parts and the Natural Earth TopoJSON. Pure. */
export function indexBasemap(parts: BasemapParts, naturalEarth: unknown): AssembledBasemap {
  return { ...naturalEarthToGeoJson(naturalEarth), ...parts };
}
