import type { Position } from 'geojson';
import type { CorridorEvent } from '../events/corridor-event';
import { presentOfYear, statusRecordAt } from '../status-at';
import {
  createNetworkTimeline,
  isClosedRecord,
  type NetworkTimeline,
  passageRecordAt,
  placeRecordAt,
  type TimelinePassage,
} from '../timeline/network-timeline';
import { CARGO_KINDS } from '../vocabulary/vocabulary';
import { assembleRoute } from './assemble-route';
import type { RoutingEdge } from './build-routing-graph';
import { compareBranches } from './compare-branches';
import { explainNoRoute } from './explain-no-route';
import { findThroughSegments } from './find-through-segments';
import { prepareQuery } from './prepare-query';
import { type ClosureContext, closureContextOf, ROUTE_CONSTRAINTS } from './route-constraints';
import type { RouteQuery } from './route-query';
import type { ComparisonOutcome, EventDetour, LegRestriction, RouteAnswer, RouteOutcome } from './route-result';
import type { RoutingAssumptions, RoutingNode, RoutingObservation, RoutingSegment } from './routing-input';
import { createScenarioSearch } from './scenario-search';

/** What `createRouter` needs: validated data, its version, and the year the data describes. */
export interface RouterInput {
  nodes: readonly RoutingNode[];
  segments: readonly RoutingSegment[];
  assumptions: RoutingAssumptions;
  observations: readonly RoutingObservation[];
  dataVersion: string;
  /**
   * The data's as-of date (`YYYY-MM-DD`): the day the status fields describe and the day a query
   * without date or year asks about (the domain never reads the clock).
   */
  present?: string | undefined;
  /** @deprecated the year of the data, read as its first day when `present` is not given. */
  currentYear?: number | undefined;
  /** The corridor events (contracts §7): what closes or restricts the network on their dates. */
  events?: readonly CorridorEvent[] | undefined;
  /** The passages with their dated statuses (a closed passage closes every leg through it). */
  passages?: readonly TimelinePassage[] | undefined;
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

/** The constraint of the dated events (a router always has it). */
const EVENTS_CONSTRAINT = ROUTE_CONSTRAINTS.find(
  (constraint) => constraint.id === 'events',
) as (typeof ROUTE_CONSTRAINTS)[number];

/** The restrictions a leg over `segment` meets on `day`: the segment's own, then its passages'. */
function legRestrictions(segment: RoutingSegment, day: string, timeline: NetworkTimeline): LegRestriction[] {
  const records = [
    { target: segment.properties.id, record: statusRecordAt(segment.properties, day, timeline.present) },
    ...segment.properties.passages.map((passage) => ({
      target: `passage:${passage}`,
      record: passageRecordAt(timeline, passage, day),
    })),
    ...[segment.properties.from, segment.properties.to].map((place) => ({
      target: `place:${place}`,
      record: placeRecordAt(timeline, place, day),
    })),
  ];
  return records.flatMap(({ target, record }) =>
    record?.status === 'restricted'
      ? [
          {
            target,
            status: record.status,
            since: record.entry?.since ?? timeline.present,
            until: record.entry?.until ?? null,
            event: record.entry?.event ?? null,
          },
        ]
      : [],
  );
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
  const { dataVersion, observations } = input;
  const present = input.present ?? presentOfYear(input.currentYear ?? 2026);
  const timeline = createNetworkTimeline({
    present,
    events: input.events,
    passages: input.passages,
    places: input.nodes.flatMap((node) => {
      const { id, status, statusHistory } = node.properties;
      return statusHistory ? [{ id, facts: { status: status ?? 'operational', statusHistory } }] : [];
    }),
  });
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
      const explanation = explainNoRoute(query, context, { searchUnder, countryOf });
      return { kind: 'no-route', ...explanation };
    }
    const { ignoredOverrides } = costing(query.cargo, query.assumptionOverrides);
    const day = { date: context.moment, basis: context.momentBasis };
    const restrictionsOf = (segment: RoutingSegment) => legRestrictions(segment, context.moment, timeline);
    const assembly = { query, ignoredOverrides, day, dataVersion, observations, countryOf, restrictionsOf };
    const route = assembleRoute(edges, assembly);
    return { kind: 'route', route: { ...route, eventDetour: eventDetour(query, context, stops, edges) } };
  }

  /** The route the day's events ruled out, when they changed the answer. */
  function eventDetour(
    query: RouteQuery,
    context: ClosureContext,
    stops: readonly string[],
    chosen: readonly RoutingEdge[],
  ): EventDetour | null {
    if (!context.events) return null;
    const lifted = EVENTS_CONSTRAINT.relax(context);
    const edges = search(query, lifted, stops, query.by);
    if (!edges) return null;
    const closedSegments = edges.flatMap((edge) =>
      edge.kind === 'segment' && EVENTS_CONSTRAINT.closes(edge.traversal.segment, context)
        ? [edge.traversal.segment]
        : [],
    );
    if (closedSegments.length === 0) return null;
    const chosenIds = new Set(
      chosen.flatMap((edge) => (edge.kind === 'segment' ? [edge.traversal.segment.properties.id] : [])),
    );
    if (closedSegments.every((segment) => chosenIds.has(segment.properties.id))) return null;
    const events = EVENTS_CONSTRAINT.events?.(context, closedSegments) ?? [];
    const closedPassages = closedSegments.flatMap((segment) => [
      ...segment.properties.passages.flatMap((passage) =>
        isClosedRecord(passageRecordAt(timeline, passage, context.moment)) ? [`passage:${passage}`] : [],
      ),
      ...[segment.properties.from, segment.properties.to].flatMap((place) =>
        isClosedRecord(placeRecordAt(timeline, place, context.moment)) ? [`place:${place}`] : [],
      ),
    ]);
    const figures = edges.reduce(
      (sum, edge) => ({ km: sum.km + edge.km, days: sum.days + edge.days, usd: sum.usd + edge.usd }),
      { km: 0, days: 0, usd: 0 },
    );
    return {
      events,
      closed: [...new Set([...closedSegments.map((segment) => segment.properties.id), ...closedPassages])],
      km: Math.round(figures.km * 10) / 10,
      days: Math.round(figures.days * 100) / 100,
      usd: Math.round(figures.usd * 100) / 100,
    };
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
      return 'kind' in prepared ? prepared : routeUnder(prepared, closureContextOf(prepared, timeline));
    },
    compare(query) {
      const prepared = prepareQuery({ ...query, via: undefined, branch: undefined }, known);
      if ('kind' in prepared) return prepared;
      const shortestByDistance = (stops: readonly string[], context: ClosureContext) =>
        search({ cargo: 'container' }, context, stops, 'distance');
      const routing = { routeUnder, shortestByDistance, segments, dataVersion };
      return compareBranches(prepared, closureContextOf(prepared, timeline), routing);
    },
  };
}
