import type { Router } from '../domain/routing/create-router';
import type { RoutingAssumptions, RoutingObservation } from '../domain/routing/routing-input';
import { buildRouting } from './build-routing';
import { getBibliography, getCorridor } from './corridor-resource';
import type { BibliographyEntry } from './corridor-schemas';
import { type DataProblem, errorsOf } from './data-problem';
import { cacheUntilRejected, fetchCompiledUnit } from './read-geodata-browser';

/** The router over the loaded corridor, with the assumptions the editor lists. */
export interface RoutingData {
  router: Router;
  assumptions: RoutingAssumptions;
  /**
   * Every source an assumption may cite, by id: the routing bibliography (`sources-routing.json`)
   * and the corridor's (`sources.json`), as the router reads them, one list.
   */
  sourceById: ReadonlyMap<string, BibliographyEntry>;
  /** The valid observed shipments (the overview's latest transit per branch). */
  observations: readonly RoutingObservation[];
  /** Invalid assumptions, observations and routing sources (left out), and the router's coverage notes. */
  problems: DataProblem[];
}

/**
 * The router, built once from the corridor and the build's compiled routing unit (assumptions,
 * observations, the routing bibliography and the data version, validated at build time; the browser
 * checks only its shape: observations that cannot be read are left out with a notice, and routes
 * come without them). The current year (the default scenario year) is read here, at the edge, never
 * inside src/domain. A failed load is not kept: the next call loads again.
 */
export const getRouting: () => Promise<RoutingData> = cacheUntilRejected(async () => {
  const [corridor, bibliography, { parts, problems }] = await Promise.all([
    getCorridor(),
    getBibliography(),
    fetchCompiledUnit('routing'),
  ]);
  const routing = buildRouting(
    corridor,
    { ...parts, problems: [...problems, ...parts.problems] },
    { currentYear: new Date().getFullYear() },
  );
  if (!routing.router || !routing.assumptions) {
    throw new Error(
      `the routing assumptions are unusable: ${errorsOf(routing.problems)[0]?.message ?? 'unknown problem'}`,
    );
  }
  return {
    router: routing.router,
    assumptions: routing.assumptions,
    sourceById: new Map([...bibliography.sourceById, ...routing.sources.map((entry) => [entry.id, entry] as const)]),
    observations: routing.observations,
    problems: routing.problems,
  };
});
