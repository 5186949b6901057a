import type { RoutingEdge } from './build-routing-graph';
import { type ClosureContext, ROUTE_CONSTRAINTS, type RouteConstraint } from './route-constraints';
import type { RouteQuery } from './route-query';
import type { ConstraintFacts, NoRouteReason } from './route-reasons';
import { opensPlanned } from './scenarios';

/** What `explainNoRoute` needs of the router: a search under a context, and where places are. */
export interface NoRouteSearch {
  /** The best route's edges for the query's stops under `context`, or `undefined` when there is none. */
  searchUnder(context: ClosureContext): readonly RoutingEdge[] | undefined;
  /** The ISO 3166-1 alpha-2 country of a place id. */
  countryOf(place: string): string | undefined;
}

/**
 * Why a query has no route: the English words (the CLI's), the same as a code with parameters (for
 * the interface to word in the reader's language), and what closed the way (for panels to name and cite).
 */
export type NoRouteExplanation = NoRouteExplanationBase & Exclude<NoRouteReason, { code: 'no-branch-joins' }>;

interface NoRouteExplanationBase {
  reason: string;
  closedBy: {
    /** The constraints that, lifted alone, give a route. */
    constraints: RouteConstraint[];
    /** The events whose closures remove every route (their ids). */
    events: string[];
  };
}

/** A constraint as set in `context`, as facts (`events`: the events behind its closures, for the events constraint). */
function constraintFacts(
  id: RouteConstraint,
  context: ClosureContext,
  events: readonly string[] = [],
): ConstraintFacts {
  const day = context.moment;
  const basis = context.momentBasis;
  switch (id) {
    case 'year':
      return { constraint: 'year', day, basis, planned: opensPlanned(context.scenarios) };
    case 'events':
      return { constraint: 'events', day, basis, events: [...events] };
    case 'month':
      return { constraint: 'month', month: context.month ?? 0 };
    case 'avoid':
      return { constraint: 'avoid', countries: [...context.avoidCountries] };
    case 'modes':
      return { constraint: 'modes', modes: [...(context.modes ?? [])] };
    case 'branch':
      return { constraint: 'branch', branch: context.branch ?? '' };
    case 'all-sea':
      return { constraint: 'all-sea' };
    default:
      return { constraint: 'scenario', flag: id };
  }
}

/**
 * Says why the query has no route under `context`. When a stop lies in an avoided country, that
 * alone. Else, by relaxation: every active constraint of `ROUTE_CONSTRAINTS` that, lifted alone,
 * gives a route removes every route, and is named with the closed segments that route would use;
 * when no single one does, the network does not join the places under their combination.
 */
export function explainNoRoute(
  query: Pick<RouteQuery, 'from' | 'to' | 'via'>,
  context: ClosureContext,
  search: NoRouteSearch,
): NoRouteExplanation {
  const via = query.via ?? [];
  const stops = [query.from, ...via, query.to];
  const places = { from: query.from, to: query.to, via: [...via] };
  const between = `from ${query.from} to ${query.to}${via.length > 0 ? ` via ${via.join(', ')}` : ''}`;
  const avoided = stops.filter((place) => context.avoidCountries.has(search.countryOf(place) ?? ''));
  if (avoided.length > 0) {
    const inCountries = avoided.map((place) => `${place} is in ${search.countryOf(place)}`).join(', ');
    const reason = `no route ${between}: ${inCountries}, which avoid=${[...context.avoidCountries].join(',')} excludes`;
    const parameters = {
      ...places,
      stops: avoided.map((place) => ({ place, country: search.countryOf(place) ?? '' })),
      avoid: [...context.avoidCountries],
    };
    return { reason, code: 'stop-in-avoided-country', parameters, closedBy: { constraints: ['avoid'], events: [] } };
  }
  const active = ROUTE_CONSTRAINTS.filter((constraint) => constraint.active(context));
  const causes: string[] = [];
  const causeFacts: { constraint: ConstraintFacts; through: string[] }[] = [];
  const closedBy: NoRouteExplanation['closedBy'] = { constraints: [], events: [] };
  for (const constraint of active) {
    const found = search.searchUnder(constraint.relax(context));
    if (!found) continue;
    const closedUsed = found.flatMap((edge) =>
      edge.kind === 'segment' && constraint.closes(edge.traversal.segment, context) ? [edge.traversal.segment] : [],
    );
    const ids = closedUsed.map((segment) => segment.properties.id);
    const through = ids.length > 0 ? ` (without it the best route uses ${ids.join(', ')})` : '';
    causes.push(`${constraint.describe(context, closedUsed)} removes every route ${between}${through}`);
    closedBy.constraints.push(constraint.id);
    const events = constraint.events?.(context, closedUsed) ?? [];
    for (const event of events) {
      if (!closedBy.events.includes(event)) closedBy.events.push(event);
    }
    causeFacts.push({ constraint: constraintFacts(constraint.id, context, events), through: ids });
  }
  if (causes.length > 0) {
    const parameters = { ...places, causes: causeFacts };
    return { reason: causes.join('; '), code: 'removed-by-constraints', parameters, closedBy };
  }
  const under = active.map((constraint) => constraint.describe(context, [])).join(' + ');
  const reason = `no route ${between}: the network does not join them under ${under}, and relaxing any one of these alone does not help`;
  const parameters = { ...places, under: active.map((constraint) => constraintFacts(constraint.id, context)) };
  return { reason, code: 'not-joined', parameters, closedBy };
}
