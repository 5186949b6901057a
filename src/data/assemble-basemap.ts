import { basemapLabelSchema, basemapPlaceSchema } from './basemap-schemas';
import type { UnitFiles } from './geodata-manifest';
import { type AssembledBasemap, type BasemapParts, indexBasemap } from './index-basemap';
import { validateFeatures } from './validate-features';

export type { AssembledBasemap } from './index-basemap';

/** The basemap labels' checks alone: the valid city and country/sea labels, and the problems of the rest. */
export function validateBasemapParts(files: UnitFiles<'basemap'>): BasemapParts {
  const places = validateFeatures('basemap places', files.places, basemapPlaceSchema);
  const labels = validateFeatures('basemap labels', files.labels, basemapLabelSchema);
  return {
    places: { type: 'FeatureCollection', features: places.features },
    labels: { type: 'FeatureCollection', features: labels.features },
    problems: [...places.problems, ...labels.problems],
  };
}

/**
 * The embedded basemap from the Natural Earth countries TopoJSON and the project's curated city,
 * country and sea labels. Invalid labels are left out and reported; Natural Earth that is not the
 * expected TopoJSON throws (there is no map without it). Pure: takes parsed JSON.
 */
export function assembleBasemap(files: UnitFiles<'basemap'> & { naturalEarth: unknown }): AssembledBasemap {
  return indexBasemap(validateBasemapParts(files), files.naturalEarth);
}
