import { MultiUndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { lineLengthKilometers } from '../great-circle';
import type { RoutingSegment } from './routing-input';

/** How close (as a share of its length) a through segment's length is to its components' sum. */
const THROUGH_LENGTH_TOLERANCE = 0.005;

/**
 * Land segments that repeat a chain of two or more other segments of the same mode between the
 * same two places, with the same drawn length within 0.5% (e.g. a "through route" kept in the
 * data as a comparison figure whose geometry repeats its components). The router uses the
 * components, so that the transfers and borders at the intermediate places are seen.
 */
export function findThroughSegments(segments: readonly RoutingSegment[]): string[] {
  const through: string[] = [];
  const lengths = new Map(
    segments.map((segment) => [segment.properties.id, lineLengthKilometers(segment.geometry.coordinates)]),
  );
  for (const candidate of segments) {
    const { id, mode, from, to } = candidate.properties;
    if (mode !== 'rail' && mode !== 'road') continue;
    const graph = new MultiUndirectedGraph<Record<string, never>, { km: number }>();
    for (const segment of segments) {
      const properties = segment.properties;
      if (properties.id === id || properties.mode !== mode) continue;
      graph.mergeNode(properties.from);
      graph.mergeNode(properties.to);
      graph.addUndirectedEdge(properties.from, properties.to, { km: lengths.get(properties.id) ?? 0 });
    }
    if (!graph.hasNode(from) || !graph.hasNode(to)) continue;
    const path = bidirectional(graph, from, to, (_edge, attributes) => attributes.km);
    if (!path || path.length < 3) continue;
    let pathKilometers = 0;
    for (let index = 1; index < path.length; index += 1) {
      const edges = graph.edges(path[index - 1], path[index]);
      pathKilometers += Math.min(...edges.map((edge) => graph.getEdgeAttribute(edge, 'km')));
    }
    const candidateKilometers = lengths.get(id) ?? 0;
    if (Math.abs(pathKilometers - candidateKilometers) <= THROUGH_LENGTH_TOLERANCE * candidateKilometers) {
      through.push(id);
    }
  }
  return through;
}
