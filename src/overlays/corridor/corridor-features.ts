import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { localNameProperties } from '../../cartography/local-names';
import { type Bounds, boundingBoxOfLines } from '../../domain/bounding-box';
import { findGaugeBreaks } from '../../domain/find-gauge-breaks';
import { eventPosition } from '../../domain/timeline/event-position';
import type { CorridorData } from '../../state/explorer-data';
import { midpointOfLine } from '../summary-geometry';
import type { CorridorSources } from './corridor-style';

/**
 * The branches named on the map at overview zoom: their names there, and where each name goes (a
 * cartographic choice: beside the branch, on the side away from the others, [lng, lat] and the side
 * of the point the text is on).
 */
export const LABELLED_BRANCHES = {
  western: { label: 'Western branch (via Azerbaijan)', at: [47.3, 41.3], anchor: 'right' },
  'trans-caspian': { label: 'Trans-Caspian (by sea)', at: [50.7, 42.6], anchor: 'center' },
  eastern: { label: 'Eastern branch (via Kazakhstan, Turkmenistan)', at: [55.9, 41.6], anchor: 'left' },
} as const;

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** The callout of a missing link: what it is, its published length and when it is expected. */
function gapLabel(segment: CorridorData['segments'][number]['properties']): string {
  const preferred = segment.publishedLengths.find((length) => length.preferred) ?? segment.publishedLengths[0];
  const facts = [
    preferred ? `${number.format(preferred.km)} km` : undefined,
    segment.expectedOpen ? `expected ${segment.expectedOpen}` : undefined,
  ].filter(Boolean);
  return `Missing rail link\n${segment.name}${facts.length > 0 ? `: ${facts.join(', ')}` : ''}`;
}

/** The names of the labelled branches that have a segment in the data, as points. */
function branchLabelPoints(corridor: CorridorData): Array<Feature<Point>> {
  return Object.entries(LABELLED_BRANCHES).flatMap(([branch, { label, at, anchor }]) =>
    corridor.segments.some((segment) => segment.properties.branch === branch)
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [...at] },
            properties: { branch, label, anchor },
          },
        ]
      : [],
  );
}

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
      properties: {
        id: node.properties.id,
        name: node.properties.name,
        kind: node.properties.kind,
        ...localNameProperties(node.properties.names),
      },
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
    const position = eventPositionIn(corridor, event);
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
  const gapLabels: Array<Feature<Point>> = corridor.segments
    .filter((segment) => segment.properties.gap)
    .map((segment) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: midpointOfLine(segment.geometry.coordinates) },
      properties: { id: segment.properties.id, label: gapLabel(segment.properties), short: 'Missing rail link' },
    }));
  return {
    segments,
    nodes,
    gaugeBreaks: { type: 'FeatureCollection', features: gaugeBreakFeatures },
    events: { type: 'FeatureCollection', features: events },
    gapLabels: { type: 'FeatureCollection', features: gapLabels },
    branchLabels: { type: 'FeatureCollection', features: branchLabelPoints(corridor) },
  };
}

/** Where an event is drawn: on the place, segment or passage it affects (`undefined`: nowhere). */
export function eventPositionIn(corridor: CorridorData, event: CorridorData['events'][number]) {
  return eventPosition(event, {
    placePosition: (id) => corridor.nodeById.get(id)?.geometry.coordinates,
    segmentLine: (id) => corridor.segmentById.get(id)?.geometry.coordinates,
    passageRing: (id) => {
      const geometry = corridor.passages.find((passage) => passage.properties.id === id)?.geometry;
      if (!geometry) return undefined;
      return geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
    },
  });
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
