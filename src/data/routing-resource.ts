import assumptionsUrl from '../../geodata/assumptions.json?url';
import observationsUrl from '../../geodata/observations.json?url';
import { createRouter, type Router } from '../domain/routing/create-router';
import type { RoutingAssumptions } from '../domain/routing/routing-input';
import { validateAssumptions } from './assumptions-schema';
import { getCorridor } from './corridor-resource';
import { DATA_VERSION } from './data-version';
import { fetchJson } from './fetch-json';
import { validateObservations } from './observations-schema';
import type { DataProblem } from './validate-features';

/** The router over the loaded corridor, with the assumptions the editor lists. */
export interface RoutingData {
  router: Router;
  assumptions: RoutingAssumptions;
  /** Invalid assumptions or observations that were left out. */
  problems: DataProblem[];
}

let pending: Promise<RoutingData> | undefined;

/**
 * The router, built once from the validated corridor, assumptions and observations. The current
 * year (the default scenario year) is read here, at the edge, never inside src/domain.
 */
export function getRouting(): Promise<RoutingData> {
  pending ??= Promise.all([getCorridor(), fetchJson(assumptionsUrl), fetchJson(observationsUrl)]).then(
    ([corridor, assumptionsJson, observationsJson]) => {
      const assumptions = validateAssumptions(assumptionsJson);
      if (!assumptions.assumptions) {
        throw new Error(
          `the routing assumptions are unusable: ${assumptions.problems[0]?.reason ?? 'unknown problem'}`,
        );
      }
      const observations = validateObservations(observationsJson, new Set(corridor.nodeById.keys()));
      const router = createRouter({
        nodes: corridor.nodes,
        segments: corridor.segments,
        assumptions: assumptions.assumptions,
        observations: observations.observations,
        dataVersion: DATA_VERSION,
        currentYear: new Date().getFullYear(),
      });
      return {
        router,
        assumptions: assumptions.assumptions,
        problems: [...assumptions.problems, ...observations.problems],
      };
    },
  );
  return pending;
}
