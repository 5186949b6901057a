import type { Router } from '../domain/routing/create-router';
import type { ComparisonOutcome, RouteOutcome } from '../domain/routing/route-result';
import type { RouteQueryState } from './explorer-store';
import { selectRouteQuery } from './select-route-query';

/** The route and the branch comparison for the store's route query. */
export interface RouteAnswers {
  route: RouteOutcome;
  comparison: ComparisonOutcome;
}

let lastKey: string | undefined;
let lastRouter: Router | undefined;
let lastAnswers: RouteAnswers | undefined;

/**
 * Derives the route and the comparison from the route query (memoised on the query and the
 * router, so the panel and the map share one computation per change). `undefined` until both ends
 * are chosen.
 */
export function selectRouteAnswers(state: RouteQueryState, router: Router): RouteAnswers | undefined {
  const query = selectRouteQuery(state);
  if (!query) return undefined;
  const key = JSON.stringify(query);
  if (key === lastKey && router === lastRouter && lastAnswers) return lastAnswers;
  lastAnswers = { route: router.route(query), comparison: router.compare(query) };
  lastKey = key;
  lastRouter = router;
  return lastAnswers;
}
