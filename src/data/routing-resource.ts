import type { Router } from '../domain/routing/create-router';
import type { RoutingAssumptions, RoutingObservation } from '../domain/routing/routing-input';
import { assembleRouting } from './assemble-routing';
import { getCorridor } from './corridor-resource';
import type { BibliographyEntry } from './corridor-schemas';
import { type DataProblem, errorsOf } from './data-problem';
import { cacheUntilRejected, fetchGeodataFile } from './read-geodata-browser';

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
 * The router, built once from the assembled corridor and the routing files. The current year (the
 * default scenario year) is read here, at the edge, never inside src/domain. A failed load is not
 * kept: the next call loads again.
 */
export const getRouting: () => Promise<RoutingData> = cacheUntilRejected(async () => {
  // The observations are optional: without them the routes are shown without observed shipments,
  // and the page says so as a problem (something left out), not a folded note.
  const [corridor, assumptions, routingSources, version, observations] = await Promise.all([
    getCorridor(),
    fetchGeodataFile('assumptions'),
    fetchGeodataFile('routingSources'),
    fetchGeodataFile('version'),
    fetchGeodataFile('observations').then(
      (file) => ({ file, problem: undefined }),
      (error: unknown): { file: unknown; problem: DataProblem } => ({
        file: { observations: [] },
        problem: {
          dataset: 'observations',
          feature: '(file)',
          severity: 'error',
          message: `the observed shipments could not be loaded (${error instanceof Error ? error.message : String(error)}); routes are shown without them`,
        },
      }),
    ),
  ]);
  const files = { assumptions, observations: observations.file, routingSources, version };
  const assembled = assembleRouting(corridor, files, { currentYear: new Date().getFullYear() });
  const routing = observations.problem
    ? { ...assembled, problems: [observations.problem, ...assembled.problems] }
    : assembled;
  if (!routing.router || !routing.assumptions) {
    throw new Error(
      `the routing assumptions are unusable: ${errorsOf(routing.problems)[0]?.message ?? 'unknown problem'}`,
    );
  }
  return {
    router: routing.router,
    assumptions: routing.assumptions,
    sourceById: new Map([...corridor.sourceById, ...routing.sources.map((entry) => [entry.id, entry] as const)]),
    observations: routing.observations,
    problems: routing.problems,
  };
});
