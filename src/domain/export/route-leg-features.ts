import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { RouteLeg, RouteResult } from '../routing/route-result';

/** The drawn line of a segment by id (positions from its `from` to its `to` node), or `undefined` when unknown. */
export type SegmentLineLookup = (segmentId: string) => readonly Position[] | undefined;

/** The properties of a leg feature: the leg's fields, its 0-based `sequence`, and `transfers` as a JSON string. */
export type RouteLegProperties = Omit<RouteLeg, 'transfers'> & { sequence: number; transfers: string };

/**
 * The legs of a route as LineString features in travel order, each line in travel direction (the
 * segment's line reversed where the leg runs against it), with the leg's fields as properties (the
 * transfers as a JSON string, GeoJSON properties being flat for most tools). A leg whose segment
 * the lookup does not know is left out. Pure: the same route and lines give the same features, in
 * the app and the CLI.
 */
export function routeLegFeatures(
  route: Pick<RouteResult, 'legs'>,
  lineOf: SegmentLineLookup,
): FeatureCollection<LineString, RouteLegProperties> {
  const features = route.legs.flatMap((leg, sequence): Feature<LineString, RouteLegProperties>[] => {
    const line = lineOf(leg.segment);
    if (!line) return [];
    const coordinates = line.map((position) => [...position]);
    if (leg.reversed) coordinates.reverse();
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
