import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { CorridorData } from '../data/corridor-resource';
import { findGaugeBreaks } from '../domain/find-gauge-breaks';
import type { CorridorBranch } from '../domain/vocabulary/vocabulary';
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
  return { segments, nodes, gaugeBreaks: { type: 'FeatureCollection', features: gaugeBreakFeatures } };
}

/** The ids of the nodes that a visible segment starts or ends at. */
export function visibleNodeIds(corridor: CorridorData, branches: readonly CorridorBranch[]): string[] {
  const ids = new Set<string>();
  for (const segment of corridor.segments) {
    if (!branches.includes(segment.properties.branch)) continue;
    ids.add(segment.properties.from);
    ids.add(segment.properties.to);
  }
  return [...ids].sort();
}
