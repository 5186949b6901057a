import type { FeatureCollection, Point } from 'geojson';
import { type BasemapLabel, type BasemapPlace, basemapLabelSchema, basemapPlaceSchema } from './basemap-schemas';
import type { DataProblem } from './data-problem';
import type { UnitFiles } from './geodata-manifest';
import { type NaturalEarthGeoJson, naturalEarthToGeoJson } from './natural-earth';
import { validateFeatures } from './validate-features';

/** The embedded basemap, ready to draw, with the problems found while reading it. */
export interface AssembledBasemap extends NaturalEarthGeoJson {
  places: FeatureCollection<Point, BasemapPlace['properties']>;
  labels: FeatureCollection<Point, BasemapLabel['properties']>;
  problems: DataProblem[];
}

/**
 * The embedded basemap from the Natural Earth countries TopoJSON and the project's curated city,
 * country and sea labels. Invalid labels are left out and reported; Natural Earth that is not the
 * expected TopoJSON throws (there is no map without it). Pure: takes parsed JSON.
 */
export function assembleBasemap(files: UnitFiles<'basemap'> & { naturalEarth: unknown }): AssembledBasemap {
  const places = validateFeatures('basemap places', files.places, basemapPlaceSchema);
  const labels = validateFeatures('basemap labels', files.labels, basemapLabelSchema);
  return {
    ...naturalEarthToGeoJson(files.naturalEarth),
    places: { type: 'FeatureCollection', features: places.features },
    labels: { type: 'FeatureCollection', features: labels.features },
    problems: [...places.problems, ...labels.problems],
  };
}
