import { type ClosureContext, ROUTE_CONSTRAINTS, type RouteConstraint } from './route-constraints';
import type { RoutingSegment } from './routing-input';

/** Every constraint that closes `segment` under `context`, in `ROUTE_CONSTRAINTS` order; empty when it is usable. */
export function segmentClosures(segment: RoutingSegment, context: ClosureContext): RouteConstraint[] {
  return ROUTE_CONSTRAINTS.filter((constraint) => constraint.closes(segment, context)).map(({ id }) => id);
}
