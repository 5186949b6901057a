import { bidirectional } from 'graphology-shortest-path/dijkstra';
import type { Criterion } from '../vocabulary/vocabulary';
import { edgeWeight, type RoutingEdge, type RoutingGraph, sideNode } from './build-routing-graph';

/** The cheapest edge from `source` to `target` for the criterion (a multigraph may hold several). */
function cheapestEdge(graph: RoutingGraph, source: string, target: string, criterion: Criterion): RoutingEdge {
  let best: RoutingEdge | undefined;
  let bestWeight = Number.POSITIVE_INFINITY;
  for (const edge of graph.outEdges(source, target)) {
    const attributes = graph.getEdgeAttributes(edge);
    const weight = edgeWeight(attributes, criterion);
    if (weight < bestWeight) {
      best = attributes;
      bestWeight = weight;
    }
  }
  if (!best) throw new Error(`no edge from ${source} to ${target}`);
  return best;
}

/**
 * The edges of the best route through `stops` in order (origin, via places, destination) for the
 * criterion: graphology-shortest-path's bidirectional Dijkstra from each stop to the next,
 * concatenated. Each part after the first starts on the side of the place where the cargo arrived,
 * so a change of vehicle at a via place is costed like any other transfer. `undefined` when a part
 * has no path, a stop is not in the graph, or there are fewer than two stops.
 */
export function searchRoute(
  graph: RoutingGraph,
  stops: readonly string[],
  criterion: Criterion,
): RoutingEdge[] | undefined {
  const [origin, ...rest] = stops;
  if (origin === undefined || rest.length === 0) return undefined;
  let start = sideNode(origin, 'source');
  const edges: RoutingEdge[] = [];
  for (const stop of rest) {
    const target = sideNode(stop, 'sink');
    if (!graph.hasNode(start) || !graph.hasNode(target)) return undefined;
    const path = bidirectional(graph, start, target, (_edge, attributes) => edgeWeight(attributes, criterion));
    if (!path || path.length < 2) return undefined;
    for (let index = 1; index < path.length; index += 1) {
      const previous = path[index - 1];
      const next = path[index];
      if (previous === undefined || next === undefined) continue;
      edges.push(cheapestEdge(graph, previous, next, criterion));
    }
    start = path[path.length - 2] ?? start;
  }
  return edges;
}
