import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { type Bounds, boundingBoxOfLines } from '../../domain/bounding-box';
import { findGaugeBreaks } from '../../domain/find-gauge-breaks';
import { eventPosition } from '../../domain/timeline/event-position';
import type { CorridorData } from '../../state/explorer-data';
import type { CorridorSources } from './corridor-style';

/**
 * The corridor as the map draws it: segments and nodes with the properties the style reads, and
 * the gauge breaks derived from the rail segments. Pure; computed once per loaded corridor.
 */
export function buildCorridorSources(corridor: CorridorData): CorridorSources {
  const segments: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: corridor.segments.map((segment) => ({
      type: 'Feature',
      geometry: segment.geometry,
      properties: {
        id: segment.properties.id,
        name: segment.properties.name,
        mode: segment.properties.mode,
        branch: segment.properties.branch,
        status: segment.properties.status,
        gap: segment.properties.gap ?? false,
        precision: segment.properties.precision,
      },
    })),
  };
  const nodes: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: corridor.nodes.map((node) => ({
      type: 'Feature',
      geometry: node.geometry,
      properties: { id: node.properties.id, name: node.properties.name, kind: node.properties.kind },
    })),
  };
  const gaugeBreakFeatures: Array<Feature<Point>> = [];
  for (const gaugeBreak of findGaugeBreaks(corridor.segments.map((segment) => segment.properties))) {
    const node = corridor.nodeById.get(gaugeBreak.nodeId);
    if (!node) continue;
    gaugeBreakFeatures.push({
      type: 'Feature',
      geometry: node.geometry,
      properties: { id: gaugeBreak.nodeId, label: `${gaugeBreak.gaugesMillimetres.join(' | ')} mm` },
    });
  }
  const events: Array<Feature<Point>> = corridor.events.flatMap((event) => {
    const position = eventPosition(event, {
      placePosition: (id) => corridor.nodeById.get(id)?.geometry.coordinates,
      segmentLine: (id) => corridor.segmentById.get(id)?.geometry.coordinates,
      passageRing: (id) => {
        const geometry = corridor.passages.find((passage) => passage.properties.id === id)?.geometry;
        if (!geometry) return undefined;
        return geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
      },
    });
    return position
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: position },
            properties: { id: event.id, kind: event.kind, name: event.name },
          },
        ]
      : [];
  });
  return {
    segments,
    nodes,
    gaugeBreaks: { type: 'FeatureCollection', features: gaugeBreakFeatures },
    events: { type: 'FeatureCollection', features: events },
  };
}

/** The box around some segments of the corridor (unknown ids are skipped), or `undefined`. */
export function boundsOfSegments(corridor: CorridorData, segmentIds: readonly string[]): Bounds | undefined {
  return boundingBoxOfLines(
    segmentIds.flatMap((id) => {
      const segment = corridor.segmentById.get(id);
      return segment ? [segment.geometry.coordinates] : [];
    }),
  );
}
