import type { FeatureCollection, LineString } from 'geojson';
import type { Comparison } from '../routing/route-result';
import type { ComparisonLabel } from '../vocabulary/vocabulary';
import { EXPORT_GENERATOR } from './export-generator';
import { type RouteLegProperties, routeLegFeatures, type SegmentLineLookup } from './route-leg-features';
import { exportedQuery, type RouteLegsGeoJson, type RouteLegsGeoJsonOptions } from './route-legs-geojson';

/** A leg of a compared route: the leg's properties and the route's label. */
type ComparedLegProperties = RouteLegProperties & { label: ComparisonLabel };

/**
 * A comparison as GeoJSON: the legs of every compared route (`routeLegFeatures`), each with its
 * route's `label`, and the data version, export date, generator and query as foreign members.
 */
export function comparisonToGeoJson(
  comparison: Comparison,
  lineOf: SegmentLineLookup,
  options: RouteLegsGeoJsonOptions,
): RouteLegsGeoJson<ComparedLegProperties> {
  const features = comparison.routes.flatMap((route) =>
    routeLegFeatures(route, lineOf).features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, label: route.label },
    })),
  );
  const legs: FeatureCollection<LineString, ComparedLegProperties> = { type: 'FeatureCollection', features };
  return {
    ...legs,
    dataVersion: comparison.dataVersion,
    exportedOn: options.exportedOn,
    generator: options.generator ?? EXPORT_GENERATOR,
    query: exportedQuery(comparison),
    ...(options.licence === undefined ? {} : { licence: options.licence }),
  };
}
