import type { Router } from '../domain/routing/create-router';
import type { RoutingAssumptions } from '../domain/routing/routing-input';
import { assembleRouting } from './assemble-routing';
import { getCorridor } from './corridor-resource';
import { type DataProblem, errorsOf } from './data-problem';
import { cacheUntilRejected, fetchLoadUnit } from './read-geodata-browser';

/** The router over the loaded corridor, with the assumptions the editor lists. */
export interface RoutingData {
  router: Router;
  assumptions: RoutingAssumptions;
  /** Invalid assumptions, observations and routing sources (left out), and the router's coverage notes. */
  problems: DataProblem[];
}

/**
 * The router, built once from the assembled corridor and the routing files. The current year (the
 * default scenario year) is read here, at the edge, never inside src/domain. A failed load is not
 * kept: the next call loads again.
 */
export const getRouting: () => Promise<RoutingData> = cacheUntilRejected(async () => {
  const [corridor, files] = await Promise.all([getCorridor(), fetchLoadUnit('routing')]);
  const routing = assembleRouting(corridor, files, { currentYear: new Date().getFullYear() });
  if (!routing.router || !routing.assumptions) {
    throw new Error(
      `the routing assumptions are unusable: ${errorsOf(routing.problems)[0]?.message ?? 'unknown problem'}`,
    );
  }
  return { router: routing.router, assumptions: routing.assumptions, problems: routing.problems };
});
