import type { RouteQuery } from '../domain/routing/route-query';
import type { RouteQueryState } from './explorer-store';

/**
 * The routing question the store's route query asks, or `undefined` until both ends are chosen.
 * Defaults are the link's: `by=distance`, `cargo=container`, the data's as-of date, no month.
 */
export function selectRouteQuery(state: RouteQueryState): RouteQuery | undefined {
  const places = state.route;
  if (!places || places.length < 2) return undefined;
  const from = places[0];
  const to = places[places.length - 1];
  if (!from || !to) return undefined;
  const scenarios = state.scenarios ?? [];
  return {
    from,
    to,
    via: places.slice(1, -1),
    by: state.criterion ?? 'distance',
    cargo: state.cargo ?? 'container',
    scenario: {
      date: state.date,
      year: state.year,
      month: state.month,
      flags: scenarios,
      avoidCountries: state.avoidCountries ?? [],
    },
    assumptionOverrides: Object.fromEntries(state.assumptions ?? []),
    ...(state.branch ? { branch: state.branch } : {}),
  };
}
