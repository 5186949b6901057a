import type { RoutingEdge } from './build-routing-graph';
import { type ClosureContext, ROUTE_CONSTRAINTS, type RouteConstraint } from './route-constraints';
import type { RouteQuery } from './route-query';

/** What `explainNoRoute` needs of the router: a search under a context, and where places are. */
export interface NoRouteSearch {
  /** The best route's edges for the query's stops under `context`, or `undefined` when there is none. */
  searchUnder(context: ClosureContext): readonly RoutingEdge[] | undefined;
  /** The ISO 3166-1 alpha-2 country of a place id. */
  countryOf(place: string): string | undefined;
}

/** Why a query has no route: the words, and what closed the way (for panels to name and cite). */
export interface NoRouteExplanation {
  reason: string;
  closedBy: {
    /** The constraints that, lifted alone, give a route. */
    constraints: RouteConstraint[];
    /** The events whose closures remove every route (their ids). */
    events: string[];
  };
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
  const between = `from ${query.from} to ${query.to}${via.length > 0 ? ` via ${via.join(', ')}` : ''}`;
  const avoided = stops.filter((place) => context.avoidCountries.has(search.countryOf(place) ?? ''));
  if (avoided.length > 0) {
    const inCountries = avoided.map((place) => `${place} is in ${search.countryOf(place)}`).join(', ');
    const reason = `no route ${between}: ${inCountries}, which avoid=${[...context.avoidCountries].join(',')} excludes`;
    return { reason, closedBy: { constraints: ['avoid'], events: [] } };
  }
  const active = ROUTE_CONSTRAINTS.filter((constraint) => constraint.active(context));
  const causes: string[] = [];
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
    for (const event of constraint.events?.(context, closedUsed) ?? []) {
      if (!closedBy.events.includes(event)) closedBy.events.push(event);
    }
  }
  if (causes.length > 0) return { reason: causes.join('; '), closedBy };
  const under = active.map((constraint) => constraint.describe(context, [])).join(' + ');
  const reason = `no route ${between}: the network does not join them under ${under}, and relaxing any one of these alone does not help`;
  return { reason, closedBy };
}
