import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { RouteLeg, RouteResult } from './route-result';
import type { RoutingSegment } from './routing-input';

/** Properties of a leg feature: the leg's fields, its place in the route, and its steps as JSON. */
export type RouteLegProperties = Omit<RouteLeg, 'transfers'> & { sequence: number; transfers: string };

/**
 * The legs of a route as LineString features in travel order (a reversed leg's geometry is
 * reversed), each with the leg's fields as properties and id `<sequence>:<segment id>`. A leg whose
 * segment is not in `segmentsById` is left out.
 */
export function routeLegFeatures(
  route: Pick<RouteResult, 'legs'>,
  segmentsById: ReadonlyMap<string, RoutingSegment>,
): FeatureCollection<LineString, RouteLegProperties> {
  const features = route.legs.flatMap((leg, sequence): Feature<LineString, RouteLegProperties>[] => {
    const segment = segmentsById.get(leg.segment);
    if (!segment) return [];
    const coordinates = leg.reversed ? [...segment.geometry.coordinates].reverse() : [...segment.geometry.coordinates];
    const { transfers, ...fields } = leg;
    return [
      {
        type: 'Feature',
        id: `${sequence}:${leg.segment}`,
        geometry: { type: 'LineString', coordinates },
        properties: { ...fields, sequence, transfers: JSON.stringify(transfers) },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
