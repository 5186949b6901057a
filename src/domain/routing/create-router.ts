import type { Position } from 'geojson';
import { CARGO_KINDS } from '../vocabulary/vocabulary';
import { assembleRoute } from './assemble-route';
import { compareBranches } from './compare-branches';
import { explainNoRoute } from './explain-no-route';
import { findThroughSegments } from './find-through-segments';
import { prepareQuery } from './prepare-query';
import { type ClosureContext, closureContextOf } from './route-constraints';
import type { RouteQuery } from './route-query';
import type { ComparisonOutcome, RouteAnswer, RouteOutcome } from './route-result';
import type { RoutingAssumptions, RoutingNode, RoutingObservation, RoutingSegment } from './routing-input';
import { createScenarioSearch } from './scenario-search';

/** What `createRouter` needs: validated data, its version, and the year the data describes. */
export interface RouterInput {
  nodes: readonly RoutingNode[];
  segments: readonly RoutingSegment[];
  assumptions: RoutingAssumptions;
  observations: readonly RoutingObservation[];
  dataVersion: string;
  /** The default scenario year (the domain never reads the clock). */
  currentYear: number;
  /** Old ids still accepted, mapped to the current id (contracts §1). */
  aliases?: Readonly<Record<string, string>> | undefined;
}

/** A place as pickers list it. */
interface RoutePlace {
  id: string;
  name: string;
  names: Partial<Record<string, string>>;
  country: string;
  kind: string;
  /** `[longitude, latitude]` in degrees. */
  coordinates: Position;
}

/** The routing API (see docs/routing.md). */
export interface Router {
  places: RoutePlace[];
  /**
   * Data-coverage notes: the through segments left out, then per cargo the missing or derived
   * assumptions (read from the costed networks the routes use, on first access).
   */
  problems: string[];
  route(query: RouteQuery): RouteOutcome;
  compare(query: RouteQuery): ComparisonOutcome;
  /** The legs' geometries in travel direction, each with the leg's fields as properties. */
}

const THROUGH_SEGMENT_NOTE =
  'repeats a chain of other segments of the same mode and length; the router uses the components';

/**
 * Creates a router over validated corridor data (see docs/routing.md): a multimodal graph with
 * explicit, costed transfers, searched with graphology-shortest-path's bidirectional Dijkstra for
 * the query's criterion; the chosen route is then evaluated under the three assumption sets.
 * A composition: queries are checked by `prepareQuery`, searched by `createScenarioSearch`,
 * assembled by `assembleRoute`, explained by `explainNoRoute` and compared by `compareBranches`.
 */
export function createRouter(input: RouterInput): Router {
  const { currentYear, dataVersion, observations } = input;
  const nodesById = new Map(input.nodes.map((node) => [node.properties.id, node]));
  const throughIds = findThroughSegments(input.segments);
  const through = new Set(throughIds);
  const segments = input.segments.filter((segment) => !through.has(segment.properties.id));
  const _segmentsById = new Map(input.segments.map((segment) => [segment.properties.id, segment]));
  const places: RoutePlace[] = input.nodes.map(({ properties, geometry }) => ({
    id: properties.id,
    name: properties.name,
    names: { ...(properties.names ?? {}) },
    country: properties.country,
    kind: properties.kind,
    coordinates: geometry.coordinates,
  }));
  const known = { ids: new Set(nodesById.keys()), places, aliases: input.aliases ?? {} };
  const countryOf = (place: string) => nodesById.get(place)?.properties.country;
  const { costing, search } = createScenarioSearch({ nodesById, segments, places, assumptions: input.assumptions });
  let problems: string[] | undefined;

  function routeUnder(query: RouteQuery, context: ClosureContext): RouteAnswer {
    const stops = [query.from, ...(query.via ?? []), query.to];
    const edges = search(query, context, stops, query.by);
    if (!edges) {
      const searchUnder = (wider: ClosureContext) => search(query, wider, stops, query.by);
      return { kind: 'no-route', reason: explainNoRoute(query, context, { searchUnder, countryOf }) };
    }
    const { ignoredOverrides } = costing(query.cargo, query.assumptionOverrides);
    const assembly = { query, ignoredOverrides, currentYear, dataVersion, observations, countryOf };
    return { kind: 'route', route: assembleRoute(edges, assembly) };
  }

  return {
    places,
    get problems() {
      problems ??= [
        ...new Set([
          ...throughIds.map((id) => `${id}: ${THROUGH_SEGMENT_NOTE}`),
          ...CARGO_KINDS.flatMap((cargo) => costing(cargo).network.problems.map((problem) => `${cargo}: ${problem}`)),
        ]),
      ];
      return problems;
    },
    route(query) {
      const prepared = prepareQuery(query, known);
      return 'kind' in prepared ? prepared : routeUnder(prepared, closureContextOf(prepared, currentYear));
    },
    compare(query) {
      const prepared = prepareQuery({ ...query, via: undefined, branch: undefined }, known);
      if ('kind' in prepared) return prepared;
      const shortestByDistance = (stops: readonly string[], context: ClosureContext) =>
        search({ cargo: 'container' }, context, stops, 'distance');
      const routing = { routeUnder, shortestByDistance, segments, dataVersion };
      return compareBranches(prepared, closureContextOf(prepared, currentYear), routing);
    },
  };
}
