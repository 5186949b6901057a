import type { Router } from '../domain/routing/create-router';
import { type RouteOption, type RouteOptionKey, routeOptions } from '../domain/routing/route-options';
import type { ComparisonOutcome, RouteOutcome, RouteResult } from '../domain/routing/route-result';
import type { CorridorData } from './explorer-data';
import type { RouteQueryState } from './explorer-store';
import { selectRouteQuery } from './select-route-query';

/** The route and the branch comparison for the store's route query. */
export interface RouteAnswers {
  route: RouteOutcome;
  comparison: ComparisonOutcome;
  /** With a forced branch (`branch=`): the best route of all, the same question without it; else `route`. */
  overall: RouteOutcome;
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
  const route = router.route(query);
  const overall = query.branch ? router.route({ ...query, branch: undefined }) : route;
  lastAnswers = { route, comparison: router.compare(query), overall };
  lastKey = key;
  lastRouter = router;
  return lastAnswers;
}

let lastOptionsOf: RouteAnswers | undefined;
let lastOptionsCorridor: CorridorData | undefined;
let lastOptions: RouteOption[] = [];

/**
 * The option cards of the route answer (`routeOptions`: the best route and every compared route,
 * each once, with marks and why they differ), memoised on the answers and the corridor data, so
 * the cards, the CSV and the map's preview read the same options. Empty until there is an answer.
 */
export function selectRouteOptions(state: RouteQueryState, router: Router, corridor: CorridorData): RouteOption[] {
  const answers = selectRouteAnswers(state, router);
  if (!answers) return [];
  if (answers === lastOptionsOf && corridor === lastOptionsCorridor) return lastOptions;
  const best = answers.route.kind === 'route' ? answers.route.route : undefined;
  const comparison = answers.comparison.kind === 'comparison' ? answers.comparison.comparison : undefined;
  const overall = answers.overall.kind === 'route' ? answers.overall.route : undefined;
  const names = {
    place: (id: string) => corridor.nodeById.get(id)?.properties.name ?? id,
    passagesOf: (id: string) => corridor.segmentById.get(id)?.properties.passages ?? [],
  };
  lastOptions = routeOptions(best, comparison, names, overall);
  lastOptionsOf = answers;
  lastOptionsCorridor = corridor;
  return lastOptions;
}

/**
 * The route of the option previewed (its card hovered or focused), for the map's preview line;
 * `undefined` when none is previewed or the option is not among the current answer's.
 */
export function selectPreviewRoute(
  state: { routeQuery: RouteQueryState; previewOption: RouteOptionKey | undefined },
  router: Router,
  corridor: CorridorData,
): RouteResult | undefined {
  if (!state.previewOption) return undefined;
  return selectRouteOptions(state.routeQuery, router, corridor).find((option) => option.key === state.previewOption)
    ?.route;
}
