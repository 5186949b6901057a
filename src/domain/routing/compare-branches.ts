import { type ComparisonLabel, FORCIBLE_BRANCHES, type SegmentMode } from '../vocabulary/vocabulary';
import type { RoutingEdge } from './build-routing-graph';
import type { ClosureContext } from './route-constraints';
import type { RouteQuery } from './route-query';
import type { OmittedReason, OmittedRoute } from './route-reasons';
import type { ComparedRoute, Comparison, ComparisonOutcome, RouteAnswer } from './route-result';
import type { RoutingSegment } from './routing-input';
import { canonicalScenarioFlags } from './scenarios';

/** What `compareBranches` needs of the router. */
export interface ComparisonRouting {
  /** The router's answer to `query` under `context`. */
  routeUnder(query: RouteQuery, context: ClosureContext): RouteAnswer;
  /**
   * The edges of the shortest route (by distance, container assumptions as in the data) through
   * `stops` under `context`, or `undefined` when there is none.
   */
  shortestByDistance(stops: readonly string[], context: ClosureContext): readonly RoutingEdge[] | undefined;
  /** The usable segments (through segments left out), where the all-sea comparator legs are found. */
  segments: readonly RoutingSegment[];
  dataVersion: string;
}

/** The all-sea comparators and the passage each goes through. */
const ALL_SEA_COMPARATORS: readonly [ComparisonLabel, 'suez' | 'cape-of-good-hope'][] = [
  ['all-sea-suez', 'suez'],
  ['all-sea-cape', 'cape-of-good-hope'],
];

const LAND_MODES: ReadonlySet<SegmentMode> = new Set<SegmentMode>(['rail', 'road']);

/** The ports at either end of the all-sea comparator segments through `passage`, sorted. */
function comparatorPorts(segments: readonly RoutingSegment[], passage: string): string[] {
  const ports = new Set<string>();
  for (const { properties } of segments) {
    if (properties.branch !== 'comparator' || !properties.passages.includes(passage)) continue;
    ports.add(properties.from);
    ports.add(properties.to);
  }
  return [...ports].sort();
}

/**
 * The port nearest `place` by land (rail and road, drawn km) under the scenario of `context`; the
 * place itself when it is one of `ports`; the first in `ports` order on a tie.
 */
function nearestByLand(
  place: string,
  ports: readonly string[],
  context: ClosureContext,
  routing: ComparisonRouting,
): string | undefined {
  if (ports.includes(place)) return place;
  const land: ClosureContext = { ...context, modes: LAND_MODES, branch: undefined };
  let best: string | undefined;
  let bestKilometers = Number.POSITIVE_INFINITY;
  for (const port of ports) {
    const found = routing.shortestByDistance([place, port], land);
    if (!found) continue;
    const kilometers = found.reduce((sum, edge) => sum + edge.km, 0);
    if (kilometers < bestKilometers) {
      best = port;
      bestKilometers = kilometers;
    }
  }
  return best;
}

/** Why a route is left out: the English reason, and its code and parameters when it has them. */
type Omission = Omit<OmittedRoute, 'label'>;

function isOmission(answer: ComparedRoute | Omission): answer is Omission {
  return !('legs' in answer);
}

/** An omission with its English reason, code and parameters. */
function omission(reason: string, coded: OmittedReason): Omission {
  return { reason, ...coded };
}

/** A no-route answer as an omission: its reason, code and parameters. */
function noRouteOmission(outcome: Extract<RouteAnswer, { kind: 'no-route' }>): Omission {
  const { reason, code, parameters } = outcome;
  return code === undefined ? { reason } : ({ reason, code, parameters } as Omission);
}

/** The route with `branch` forced, or why it is left out. */
function branchRoute(
  query: RouteQuery,
  base: ClosureContext,
  branch: (typeof FORCIBLE_BRANCHES)[number],
  routing: ComparisonRouting,
): ComparedRoute | Omission {
  const outcome = routing.routeUnder({ ...query, branch }, { ...base, branch });
  if (outcome.kind === 'no-route') return noRouteOmission(outcome);
  if (!outcome.route.legs.some((leg) => leg.branch === branch)) {
    return omission(`the best route with ${branch} forced uses none of its segments`, {
      code: 'branch-unused',
      parameters: { branch },
    });
  }
  return { label: branch, access: null, ...outcome.route };
}

/**
 * The all-sea route through `passage`: by land to the comparator port nearest the origin, the
 * all-sea leg, and by land from the port nearest the destination; or why it is left out.
 */
function allSeaRoute(
  query: RouteQuery,
  base: ClosureContext,
  [label, passage]: readonly [ComparisonLabel, 'suez' | 'cape-of-good-hope'],
  routing: ComparisonRouting,
): ComparedRoute | Omission {
  const ports = comparatorPorts(routing.segments, passage);
  const originPort = nearestByLand(query.from, ports, base, routing);
  const destinationPort = nearestByLand(query.to, ports, base, routing);
  if (!originPort || !destinationPort || originPort === destinationPort) {
    return omission(`no all-sea leg via ${passage} joins seaports reached by land from the two places`, {
      code: 'no-all-sea-ports',
      parameters: { passage },
    });
  }
  const outcome = routing.routeUnder(
    { ...query, via: [originPort, destinationPort].filter((stop) => stop !== query.from && stop !== query.to) },
    { ...base, allSeaVia: passage, allSeaPorts: [originPort, destinationPort] },
  );
  if (outcome.kind === 'no-route') return noRouteOmission(outcome);
  const seaLeg = outcome.route.legs.find((leg) => leg.branch === 'comparator');
  if (!seaLeg) {
    return omission(`no all-sea leg via ${passage} joins the two places`, {
      code: 'no-all-sea-leg',
      parameters: { passage },
    });
  }
  const seaIndex = outcome.route.legs.indexOf(seaLeg);
  const access = [
    seaIndex > 0 ? `by land to ${seaLeg.from}` : `by sea from ${seaLeg.from}`,
    seaIndex < outcome.route.legs.length - 1 ? `by land from ${seaLeg.to}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  // The ports are a device of the comparison, not via places the user asked for.
  return { label, access, ...outcome.route, via: [] };
}

/**
 * Compares every forcible branch joining the query's two places, and (beside at least one of
 * them) the all-sea comparators via Suez and via the Cape, each from the comparator port nearest
 * each end by land. `query` has current ids and neither via places nor a branch; `base` is its
 * closure context. Labels not shown are listed with the reason. When only the day's events close
 * every branch, the all-sea routes are shown alone; no route at all is a no-route.
 */
export function compareBranches(
  query: RouteQuery,
  base: ClosureContext,
  routing: ComparisonRouting,
): ComparisonOutcome {
  const routes: ComparedRoute[] = [];
  const omitted: Comparison['omitted'] = [];
  const add = (label: ComparisonLabel, answer: ComparedRoute | Omission) => {
    if (isOmission(answer)) omitted.push({ label, ...answer } as OmittedRoute);
    else routes.push(answer);
  };
  for (const branch of FORCIBLE_BRANCHES) add(branch, branchRoute(query, base, branch, routing));
  // When the day's events close every branch of a corridor that joins the places, the all-sea
  // routes are still the answer a researcher needs: they are shown beside the closed branches.
  const closedByEvents =
    routes.length === 0 &&
    base.events &&
    FORCIBLE_BRANCHES.some((branch) => !isOmission(branchRoute(query, { ...base, events: false }, branch, routing)));
  for (const comparator of ALL_SEA_COMPARATORS) {
    const [label] = comparator;
    if (routes.length === 0 && !closedByEvents) {
      add(
        label,
        omission('shown only beside a corridor branch that joins the two places', {
          code: 'beside-branch-only',
          parameters: {},
        }),
      );
    } else add(label, allSeaRoute(query, base, comparator, routing));
  }
  if (routes.length === 0) {
    const reasons = omitted.map((entry) => `${entry.label}: ${entry.reason}`).join('; ');
    return {
      kind: 'no-route',
      reason: `no corridor branch joins ${query.from} and ${query.to}: ${reasons}`,
      code: 'no-branch-joins',
      parameters: { from: query.from, to: query.to, omitted },
    };
  }
  const comparison: Comparison = {
    from: query.from,
    to: query.to,
    by: query.by,
    cargo: query.cargo,
    scenario: canonicalScenarioFlags(query.scenario.flags ?? []),
    year: Number.parseInt(base.moment.slice(0, 4), 10),
    date: base.moment,
    dateBasis: base.momentBasis,
    month: base.month ?? null,
    avoid: [...base.avoidCountries],
    dataVersion: routing.dataVersion,
    routes,
    omitted,
  };
  return { kind: 'comparison', comparison };
}
