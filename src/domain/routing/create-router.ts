import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { KILOMETERS_PER_NAUTICAL_MILE } from '../great-circle';
import {
  CARGO_KINDS,
  type CargoKind,
  type ComparisonLabel,
  CRITERIA,
  type Criterion,
  FORCIBLE_BRANCHES,
  SCENARIO_YEAR_RANGE,
  SEGMENT_MODES,
  type SegmentMode,
} from '../vocabulary/vocabulary';
import { type AssumptionSet, createAssumptionCatalogue } from './assumption-catalogue';
import {
  buildRoutingGraph,
  edgeWeight,
  type RoutingEdge,
  type RoutingGraph,
  railGaugesByPlace,
  sideNode,
} from './build-routing-graph';
import { type CostedNetwork, type CostedStep, costNetwork, type ValuesBySet } from './cost-network';
import { explainNoRoute } from './explain-no-route';
import { findClosestIds } from './find-closest-ids';
import { findThroughSegments } from './find-through-segments';
import { matchObservations } from './match-observations';
import type { ClosureContext } from './route-constraints';
import type { RouteQuery } from './route-query';
import type {
  ComparedRoute,
  Comparison,
  ComparisonOutcome,
  RouteLeg,
  RouteOutcome,
  RouteResult,
  RoutingFailure,
  TransferStep,
  UnknownPlace,
} from './route-result';
import type { RoutingAssumptions, RoutingNode, RoutingObservation, RoutingSegment } from './routing-input';
import { canonicalScenarioFlags, type ScenarioFlag } from './scenarios';
import { segmentClosures } from './segment-closures';

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
  /** Data-coverage notes found when the router was built. */
  problems: string[];
  route(query: RouteQuery): RouteOutcome;
  compare(query: RouteQuery): ComparisonOutcome;
  /** The legs' geometries in travel direction, each with the leg's fields as properties. */
  toFeatureCollection(route: RouteResult): FeatureCollection<LineString, RouteLegProperties>;
}

/** Properties of a leg feature in `toFeatureCollection`. */
type RouteLegProperties = Omit<RouteLeg, 'transfers'> & { sequence: number; transfers: string };

const HOURS_PER_DAY = 24;
const MAXIMUM_CACHED_GRAPHS = 256;

/** What Low and High mean, written into every result. */
const BOUNDS_NOTE =
  'Low/High: the same route under the all-optimistic and all-pessimistic assumption sets (scenario bounds, not confidence intervals)';

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function addSets(a: ValuesBySet, b: ValuesBySet): ValuesBySet {
  return {
    optimistic: a.optimistic + b.optimistic,
    central: a.central + b.central,
    pessimistic: a.pessimistic + b.pessimistic,
  };
}

const ZERO: ValuesBySet = { optimistic: 0, central: 0, pessimistic: 0 };

function scaleSets(values: ValuesBySet, factor: number): ValuesBySet {
  return {
    optimistic: values.optimistic * factor,
    central: values.central * factor,
    pessimistic: values.pessimistic * factor,
  };
}

interface SearchResult {
  edges: RoutingEdge[];
}

interface LegDraft {
  edge: Extract<RoutingEdge, { kind: 'segment' }>;
  steps: CostedStep[];
}

interface Costing {
  network: CostedNetwork;
  ignoredOverrides: string[];
}

function scenarioFlags(query: RouteQuery): ScenarioFlag[] {
  return canonicalScenarioFlags(query.scenario.flags ?? []);
}

/**
 * Creates a router over validated corridor data (see docs/routing.md): a multimodal graph with
 * explicit, costed transfers, searched with graphology-shortest-path's bidirectional Dijkstra for
 * the query's criterion; the chosen route is then evaluated under the three assumption sets.
 */
export function createRouter(input: RouterInput): Router {
  const nodesById = new Map(input.nodes.map((node) => [node.properties.id, node]));
  const throughSegments = new Set(findThroughSegments(input.segments));
  const segments = input.segments.filter((segment) => !throughSegments.has(segment.properties.id));
  const segmentsById = new Map(input.segments.map((segment) => [segment.properties.id, segment]));
  const railGauges = railGaugesByPlace(segments);
  const aliases = input.aliases ?? {};
  const places: RoutePlace[] = input.nodes.map((node) => ({
    id: node.properties.id,
    name: node.properties.name,
    names: { ...(node.properties.names ?? {}) },
    country: node.properties.country,
    kind: node.properties.kind,
    coordinates: node.geometry.coordinates,
  }));
  const costings = new Map<string, Costing>();
  const graphs = new Map<string, RoutingGraph>();

  const problems = [...throughSegments].map(
    (id) => `${id}: repeats a chain of other segments of the same mode and length; the router uses the components`,
  );
  for (const cargo of CARGO_KINDS) {
    const network = costNetwork(nodesById, segments, createAssumptionCatalogue(input.assumptions), cargo);
    problems.push(...network.problems.map((problem) => `${cargo}: ${problem}`));
  }

  function costing(cargo: CargoKind, overrides: Readonly<Record<string, number>> = {}): Costing {
    const key = `${cargo}|${JSON.stringify(Object.entries(overrides).sort())}`;
    const cached = costings.get(key);
    if (cached) return cached;
    const catalogue = createAssumptionCatalogue(input.assumptions, overrides);
    const result = {
      network: costNetwork(nodesById, segments, catalogue, cargo),
      ignoredOverrides: catalogue.ignoredOverrides,
    };
    if (costings.size > 32) costings.clear();
    costings.set(key, result);
    return result;
  }

  function closureContext(query: RouteQuery): ClosureContext {
    const scenario = query.scenario;
    return {
      year: scenario.year ?? input.currentYear,
      currentYear: input.currentYear,
      scenarios: new Set(scenario.flags ?? []),
      month: scenario.month,
      avoidCountries: new Set((scenario.avoidCountries ?? []).map((country) => country.toUpperCase())),
      modes: query.modes && query.modes.length > 0 ? new Set(query.modes) : undefined,
      branch: query.branch,
      allSeaVia: undefined,
    };
  }

  function graphFor(
    cargo: CargoKind,
    overrides: Readonly<Record<string, number>> | undefined,
    context: ClosureContext,
  ) {
    const { network } = costing(cargo, overrides);
    const key = JSON.stringify([
      cargo,
      Object.entries(overrides ?? {}).sort(),
      context.year,
      canonicalScenarioFlags(context.scenarios),
      context.month ?? null,
      [...context.avoidCountries].sort(),
      context.modes ? [...context.modes].sort() : null,
      context.branch ?? null,
      context.allSeaVia ?? null,
      context.allSeaPorts ?? null,
    ]);
    const cached = graphs.get(key);
    if (cached) return cached;
    const usablePlaces = places.filter((place) => !context.avoidCountries.has(place.country)).map(({ id }) => id);
    const usablePlaceSet = new Set(usablePlaces);
    const usableSegments = segments.filter(
      (segment) =>
        segmentClosures(segment, context).length === 0 &&
        usablePlaceSet.has(segment.properties.from) &&
        usablePlaceSet.has(segment.properties.to),
    );
    const graph = buildRoutingGraph(usablePlaces, usableSegments, network, railGauges);
    if (graphs.size >= MAXIMUM_CACHED_GRAPHS) graphs.clear();
    graphs.set(key, graph);
    return graph;
  }

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

  /** Shortest paths from `from` through each stop in order, concatenated; undefined when one fails. */
  function search(graph: RoutingGraph, stops: readonly string[], criterion: Criterion): SearchResult | undefined {
    const [origin, ...rest] = stops;
    if (origin === undefined) return undefined;
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
      // The next part starts where the cargo arrived (the side before the sink), so a change of
      // vehicle at a via place is costed like any other transfer.
      start = path[path.length - 2] ?? start;
    }
    return { edges };
  }

  function stepForOutput(step: CostedStep): TransferStep {
    return {
      kind: step.kind,
      place: step.place,
      hours: round(step.hours.central, 2),
      usd: round(step.usd.central, 2),
      co2Kg: 0,
      assumption: step.assumption,
      ...(step.costAssumption ? { costAssumption: step.costAssumption } : {}),
    };
  }

  function legFigures(draft: LegDraft) {
    const { running } = draft.edge.traversal;
    const stepHours = draft.steps.reduce((sum, step) => addSets(sum, step.hours), ZERO);
    const stepUsd = draft.steps.reduce((sum, step) => addSets(sum, step.usd), ZERO);
    return {
      days: addSets(running.days, scaleSets(stepHours, 1 / HOURS_PER_DAY)),
      usd: addSets(running.usd, stepUsd),
      co2Kg: running.co2Kg,
    };
  }

  function countryOf(place: string): string | undefined {
    return nodesById.get(place)?.properties.country;
  }

  function matchingBranches(legs: readonly RouteLeg[]): Set<string> {
    const branches = new Set<string>();
    for (const leg of legs) {
      if (leg.branch !== 'comparator') {
        branches.add(leg.branch);
        continue;
      }
      const passages = segmentsById.get(leg.segment)?.properties.passages ?? [];
      branches.add(passages.includes('cape-of-good-hope') ? 'all-sea-cape' : 'all-sea-suez');
    }
    return branches;
  }

  function assemble(query: RouteQuery, result: SearchResult, ignoredOverrides: string[]): RouteResult {
    const drafts: LegDraft[] = [];
    let pending: CostedStep[] = [];
    for (const edge of result.edges) {
      if (edge.kind === 'transfer') pending.push(edge.step);
      if (edge.kind !== 'segment') continue;
      drafts.push({ edge, steps: [...pending, ...edge.traversal.departureSteps] });
      pending = [...edge.traversal.arrivalSteps];
    }
    const last = drafts[drafts.length - 1];
    if (last) last.steps.push(...pending);

    const totals = { days: ZERO, usd: ZERO, co2Kg: ZERO };
    let km = 0;
    let waterKm = 0;
    const legs: RouteLeg[] = drafts.map((draft) => {
      const { traversal } = draft.edge;
      const properties = traversal.segment.properties;
      const figures = legFigures(draft);
      totals.days = addSets(totals.days, figures.days);
      totals.usd = addSets(totals.usd, figures.usd);
      totals.co2Kg = addSets(totals.co2Kg, figures.co2Kg);
      km += traversal.km;
      if (properties.mode === 'sea' || properties.mode === 'river') waterKm += traversal.km;
      const published = properties.publishedLengths.find((length) => length.preferred === true);
      const seasonal = properties.seasonal?.closedMonths;
      return {
        segment: properties.id,
        from: traversal.from,
        to: traversal.to,
        mode: properties.mode,
        km: round(traversal.km, 1),
        days: round(figures.days.central, 2),
        usd: round(figures.usd.central, 2),
        co2Kg: round(figures.co2Kg.central, 2),
        daysLow: round(figures.days.optimistic, 2),
        daysHigh: round(figures.days.pessimistic, 2),
        usdLow: round(figures.usd.optimistic, 2),
        usdHigh: round(figures.usd.pessimistic, 2),
        co2KgLow: round(figures.co2Kg.optimistic, 2),
        co2KgHigh: round(figures.co2Kg.pessimistic, 2),
        branch: properties.branch,
        ...(properties.vessel ? { vessel: properties.vessel } : {}),
        ...(properties.gaugeMillimetres ? { gaugeMillimetres: properties.gaugeMillimetres } : {}),
        ...(properties.traction ? { traction: properties.traction } : {}),
        reversed: traversal.reversed,
        ...(published ? { publishedKm: published.km } : {}),
        ...(seasonal ? { seasonalClosedMonths: [...seasonal] } : {}),
        transfers: draft.steps.map(stepForOutput),
      };
    });
    const allSteps = drafts.flatMap((draft) => draft.steps);
    const pick = (values: ValuesBySet, set: AssumptionSet, decimals: number) => round(values[set], decimals);
    const branches = [...new Set(legs.map((leg) => leg.branch))];
    const routePlaces = legs.length > 0 ? [legs[0]?.from ?? query.from, ...legs.map((leg) => leg.to)] : [query.from];
    const seasonalLimits = drafts.flatMap(({ edge }) => {
      const properties = edge.traversal.segment.properties;
      return properties.seasonal
        ? [
            {
              segment: properties.id,
              closedMonths: [...properties.seasonal.closedMonths],
              note: properties.seasonal.note,
            },
          ]
        : [];
    });
    return {
      from: query.from,
      to: query.to,
      via: [...(query.via ?? [])],
      by: query.by,
      cargo: query.cargo,
      scenario: scenarioFlags(query),
      year: query.scenario.year ?? input.currentYear,
      month: query.scenario.month ?? null,
      avoid: [...(query.scenario.avoidCountries ?? [])].map((country) => country.toUpperCase()),
      modes: query.modes && query.modes.length > 0 ? [...query.modes] : null,
      branch: query.branch ?? null,
      dataVersion: input.dataVersion,
      distanceBasis: 'drawn',
      bounds: BOUNDS_NOTE,
      totals: {
        km: round(km, 1),
        seaNauticalMiles: round(waterKm / KILOMETERS_PER_NAUTICAL_MILE, 1),
        days: pick(totals.days, 'central', 2),
        daysLow: pick(totals.days, 'optimistic', 2),
        daysHigh: pick(totals.days, 'pessimistic', 2),
        usd: pick(totals.usd, 'central', 2),
        usdLow: pick(totals.usd, 'optimistic', 2),
        usdHigh: pick(totals.usd, 'pessimistic', 2),
        co2Kg: pick(totals.co2Kg, 'central', 2),
        co2KgLow: pick(totals.co2Kg, 'optimistic', 2),
        co2KgHigh: pick(totals.co2Kg, 'pessimistic', 2),
        borderCrossings: legs.filter((leg) => countryOf(leg.from) !== countryOf(leg.to)).length,
        gaugeChanges: allSteps.filter((step) => step.kind === 'gauge-change').length,
        transshipments: allSteps.filter(
          (step) =>
            step.kind === 'port-handling' || step.kind === 'transshipment' || step.kind === 'rail-road-transfer',
        ).length,
      },
      legs,
      branches,
      seasonalLimits,
      observations: matchObservations(input.observations, routePlaces, matchingBranches(legs)),
      ignoredAssumptionOverrides: ignoredOverrides,
    };
  }

  function validate(query: RouteQuery): string[] {
    const problems: string[] = [];
    if (!(CRITERIA as readonly string[]).includes(query.by)) problems.push(`by must be one of ${CRITERIA.join(', ')}`);
    if (!(CARGO_KINDS as readonly string[]).includes(query.cargo))
      problems.push(`cargo must be one of ${CARGO_KINDS.join(', ')}`);
    const { year, month, avoidCountries } = query.scenario;
    const years = SCENARIO_YEAR_RANGE;
    if (year !== undefined && (!Number.isInteger(year) || year < years.minimum || year > years.maximum)) {
      problems.push(`year must be a whole year between ${years.minimum} and ${years.maximum}`);
    }
    if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
      problems.push('month must be 1 to 12');
    }
    for (const country of avoidCountries ?? []) {
      if (!/^[A-Za-z]{2}$/.test(country)) problems.push(`"${country}" is not an ISO 3166-1 alpha-2 country code`);
    }
    for (const mode of query.modes ?? []) {
      if (!(SEGMENT_MODES as readonly string[]).includes(mode)) {
        problems.push(`"${mode}" is not a mode (${SEGMENT_MODES.join(', ')})`);
      }
    }
    if (query.branch !== undefined && !(FORCIBLE_BRANCHES as readonly string[]).includes(query.branch)) {
      problems.push(`branch must be one of ${FORCIBLE_BRANCHES.join(', ')}`);
    }
    return problems;
  }

  function resolveId(id: string): string {
    return aliases[id] ?? id;
  }

  /** Resolves aliases and reports unknown ids; returns the query with current ids, or a failure. */
  function prepare(query: RouteQuery): RouteQuery | RoutingFailure {
    const problems = validate(query);
    if (problems.length > 0) return { kind: 'invalid-query', problems };
    const unknown: UnknownPlace[] = [];
    const check = (id: string, role: UnknownPlace['role']) => {
      const resolved = resolveId(id);
      if (!nodesById.has(resolved)) unknown.push({ id, role, closest: findClosestIds(id, places) });
      return resolved;
    };
    const from = check(query.from, 'from');
    const via = (query.via ?? []).map((id) => check(id, 'via'));
    const to = check(query.to, 'to');
    if (unknown.length > 0) return { kind: 'unknown-place', places: unknown };
    if (from === to && via.length === 0) {
      return { kind: 'invalid-query', problems: [`from and to are the same place (${from})`] };
    }
    return { ...query, from, to, via };
  }

  function routeWithContext(
    query: RouteQuery,
    context: ClosureContext,
  ): { kind: 'route'; route: RouteResult } | { kind: 'no-route'; reason: string } {
    const { ignoredOverrides } = costing(query.cargo, query.assumptionOverrides);
    const graph = graphFor(query.cargo, query.assumptionOverrides, context);
    const stops = [query.from, ...(query.via ?? []), query.to];
    const found = search(graph, stops, query.by);
    if (!found) {
      const searchUnder = (wider: ClosureContext) =>
        search(graphFor(query.cargo, query.assumptionOverrides, wider), stops, query.by)?.edges;
      return { kind: 'no-route', reason: explainNoRoute(query, context, { searchUnder, countryOf }) };
    }
    return { kind: 'route', route: assemble(query, found, ignoredOverrides) };
  }

  function route(query: RouteQuery): RouteOutcome {
    const prepared = prepare(query);
    if ('kind' in prepared) return prepared;
    return routeWithContext(prepared, closureContext(prepared));
  }

  /** The ports at either end of the all-sea comparator segments through `passage`. */
  function comparatorPorts(passage: string): string[] {
    const ports = new Set<string>();
    for (const segment of segments) {
      const properties = segment.properties;
      if (properties.branch !== 'comparator' || !properties.passages.includes(passage)) continue;
      ports.add(properties.from);
      ports.add(properties.to);
    }
    return [...ports].sort();
  }

  /** The port nearest `place` by land (rail and road, drawn km) under the scenario; the place itself when it is one. */
  function nearestByLand(place: string, ports: readonly string[], context: ClosureContext): string | undefined {
    if (ports.includes(place)) return place;
    const land: ClosureContext = { ...context, modes: new Set<SegmentMode>(['rail', 'road']), branch: undefined };
    const graph = graphFor('container', undefined, land);
    let best: string | undefined;
    let bestKilometers = Number.POSITIVE_INFINITY;
    for (const port of ports) {
      const found = search(graph, [place, port], 'distance');
      if (!found) continue;
      const kilometers = found.edges.reduce((sum, edge) => sum + edge.km, 0);
      if (kilometers < bestKilometers) {
        best = port;
        bestKilometers = kilometers;
      }
    }
    return best;
  }

  function compare(query: RouteQuery): ComparisonOutcome {
    const prepared = prepare({ ...query, via: undefined, branch: undefined });
    if ('kind' in prepared) return prepared;
    const base = closureContext(prepared);
    const routes: ComparedRoute[] = [];
    const omitted: Comparison['omitted'] = [];
    for (const branch of FORCIBLE_BRANCHES) {
      const outcome = routeWithContext({ ...prepared, branch }, { ...base, branch });
      if (outcome.kind === 'no-route') {
        omitted.push({ label: branch, reason: outcome.reason });
      } else if (!outcome.route.legs.some((leg) => leg.branch === branch)) {
        omitted.push({ label: branch, reason: `the best route with ${branch} forced uses none of its segments` });
      } else {
        routes.push({ label: branch, access: null, ...outcome.route });
      }
    }
    const seaLabels: [ComparisonLabel, 'suez' | 'cape-of-good-hope'][] = [
      ['all-sea-suez', 'suez'],
      ['all-sea-cape', 'cape-of-good-hope'],
    ];
    for (const [label, passage] of seaLabels) {
      if (routes.length === 0) {
        omitted.push({ label, reason: 'shown only beside a corridor branch that joins the two places' });
        continue;
      }
      const ports = comparatorPorts(passage);
      const originPort = nearestByLand(prepared.from, ports, base);
      const destinationPort = nearestByLand(prepared.to, ports, base);
      if (!originPort || !destinationPort || originPort === destinationPort) {
        omitted.push({
          label,
          reason: `no all-sea leg via ${passage} joins seaports reached by land from the two places`,
        });
        continue;
      }
      const outcome = routeWithContext(
        {
          ...prepared,
          via: [originPort, destinationPort].filter((stop) => stop !== prepared.from && stop !== prepared.to),
        },
        { ...base, allSeaVia: passage, allSeaPorts: [originPort, destinationPort] },
      );
      const seaLeg =
        outcome.kind === 'route' ? outcome.route.legs.find((leg) => leg.branch === 'comparator') : undefined;
      if (outcome.kind === 'no-route' || !seaLeg) {
        omitted.push({
          label,
          reason: outcome.kind === 'no-route' ? outcome.reason : `no all-sea leg via ${passage} joins the two places`,
        });
        continue;
      }
      const seaIndex = outcome.route.legs.indexOf(seaLeg);
      const access = [
        seaIndex > 0 ? `by land to ${seaLeg.from}` : `by sea from ${seaLeg.from}`,
        seaIndex < outcome.route.legs.length - 1 ? `by land from ${seaLeg.to}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      // The ports are a device of the comparison, not via places the user asked for.
      routes.push({ label, access, ...outcome.route, via: [] });
    }
    const comparison: Comparison = {
      from: prepared.from,
      to: prepared.to,
      by: prepared.by,
      cargo: prepared.cargo,
      scenario: scenarioFlags(prepared),
      year: base.year,
      month: base.month ?? null,
      avoid: [...base.avoidCountries],
      dataVersion: input.dataVersion,
      routes,
      omitted,
    };
    if (routes.length === 0) {
      return {
        kind: 'no-route',
        reason: `no corridor branch joins ${prepared.from} and ${prepared.to}: ${omitted.map((entry) => `${entry.label}: ${entry.reason}`).join('; ')}`,
      };
    }
    return { kind: 'comparison', comparison };
  }

  function toFeatureCollection(result: RouteResult): FeatureCollection<LineString, RouteLegProperties> {
    const features = result.legs.flatMap((leg, sequence): Feature<LineString, RouteLegProperties>[] => {
      const segment = segmentsById.get(leg.segment);
      if (!segment) return [];
      const coordinates = leg.reversed
        ? [...segment.geometry.coordinates].reverse()
        : [...segment.geometry.coordinates];
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

  return { places, problems: [...new Set(problems)], route, compare, toFeatureCollection };
}
