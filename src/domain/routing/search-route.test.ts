import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { RoutingEdge, RoutingGraph } from './build-routing-graph';
import { searchRoute } from './search-route';

function access(km: number, days = 0): RoutingEdge {
  return { kind: 'access', km, days, usd: 0, co2Kg: 0 };
}

/**
 * a|source → a|rail ⇉ b|rail (two parallel edges: short and slow, long and fast) → c|rail → c|sink;
 * b|rail → b|sink; b|source → b|road → c|rail (the way a new departure from b would take).
 */
function graph(): RoutingGraph {
  const built: RoutingGraph = new MultiDirectedGraph();
  for (const node of ['a|source', 'a|rail', 'b|rail', 'b|sink', 'b|source', 'b|road', 'c|rail', 'c|sink']) {
    built.addNode(node);
  }
  built.addDirectedEdge('a|source', 'a|rail', access(0.001));
  built.addDirectedEdge('a|rail', 'b|rail', access(10, 5));
  built.addDirectedEdge('a|rail', 'b|rail', access(20, 1));
  built.addDirectedEdge('b|rail', 'b|sink', access(0.002));
  built.addDirectedEdge('b|source', 'b|road', access(0.003));
  built.addDirectedEdge('b|road', 'c|rail', access(1));
  built.addDirectedEdge('b|rail', 'c|rail', access(30));
  built.addDirectedEdge('c|rail', 'c|sink', access(0.004));
  return built;
}

describe('searchRoute', () => {
  it('takes the cheapest of parallel edges for the criterion', () => {
    expect(searchRoute(graph(), ['a', 'b'], 'distance')?.map((edge) => edge.km)).toEqual([0.001, 10, 0.002]);
    expect(searchRoute(graph(), ['a', 'b'], 'time')?.map((edge) => edge.km)).toEqual([0.001, 20, 0.002]);
  });

  it('goes on from a via place on the side where the cargo arrived, not from a new departure', () => {
    // The part to b ends with b's (free) sink access; the part to c starts on b|rail, so the cheaper
    // b|source → b|road → c is not taken.
    const edges = searchRoute(graph(), ['a', 'b', 'c'], 'distance');
    expect(edges?.map((edge) => edge.km)).toEqual([0.001, 10, 0.002, 30, 0.004]);
  });

  it('is undefined for an unknown stop, an unreachable stop, or fewer than two stops', () => {
    expect(searchRoute(graph(), ['a', 'nowhere'], 'distance')).toBeUndefined();
    expect(searchRoute(graph(), ['c', 'a'], 'distance')).toBeUndefined();
    expect(searchRoute(graph(), ['a'], 'distance')).toBeUndefined();
    expect(searchRoute(graph(), [], 'distance')).toBeUndefined();
  });
});
