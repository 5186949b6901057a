import { FORCIBLE_BRANCHES } from '../vocabulary/vocabulary';
import type { MatchedObservation } from './route-result';
import type { RoutingObservation } from './routing-input';

/** The corridor branches an observation labelled `corridor` can match. */
const CORRIDOR_BRANCHES: ReadonlySet<string> = new Set(FORCIBLE_BRANCHES);

/**
 * The observations on a route, attributed and kept apart from the computed figures. An observation
 * matches when its branch is one of `routeBranches` (`corridor` matches any corridor branch) and the
 * two ends of its route (one place for a one-place route) lie on the route's places; `same
 * endpoints` when they are the route's own ends (either direction).
 */
export function matchObservations(
  observations: readonly RoutingObservation[],
  routePlaces: readonly string[],
  routeBranches: ReadonlySet<string>,
): MatchedObservation[] {
  const onRoute = new Set(routePlaces);
  const origin = routePlaces[0];
  const destination = routePlaces[routePlaces.length - 1];
  const corridorRoute = [...routeBranches].some((branch) => CORRIDOR_BRANCHES.has(branch));
  const matched: MatchedObservation[] = [];
  for (const observation of observations) {
    const branchMatches = routeBranches.has(observation.branch) || (observation.branch === 'corridor' && corridorRoute);
    const first = observation.route[0];
    const last = observation.route[observation.route.length - 1];
    if (!branchMatches || first === undefined || last === undefined) continue;
    if (!onRoute.has(first) || !onRoute.has(last)) continue;
    const sameEnds = (first === origin && last === destination) || (first === destination && last === origin);
    matched.push({
      id: observation.id,
      kind: observation.kind,
      title: observation.title,
      date: observation.date,
      dateEnd: observation.dateEnd,
      claimedBy: observation.claimedBy,
      branch: observation.branch,
      cargo: observation.cargo,
      reported: observation.reported,
      sources: observation.sources,
      verified: observation.verified,
      match: sameEnds && first !== last ? 'same endpoints' : 'part of the route',
    });
  }
  return matched;
}
