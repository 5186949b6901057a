import { type AssembledCorridor, assembleCorridor } from './assemble-corridor';
import type { DataProblem } from './data-problem';
import { PLACE_ALIASES } from './geodata-manifest';
import { cacheUntilRejected, fetchLoadUnit } from './read-geodata-browser';

/** The validated corridor with the lookups the map and panels need, built once at load. */
export interface CorridorData extends Omit<AssembledCorridor, 'report'> {
  /** Errors (features dropped) and warnings (features kept) found while reading the files. */
  report: DataProblem[];
}

/**
 * The corridor geodata, fetched from the app's own origin and assembled once (schemas and network
 * rules; the slower land checks run in `npm run check:geodata` and the tests, not in the browser).
 * Features with errors are left out and listed in `report`. A failed load is not kept: the next
 * call fetches again.
 */
export const getCorridor: () => Promise<CorridorData> = cacheUntilRejected(async () => {
  const corridor = assembleCorridor(await fetchLoadUnit('corridor'), { aliases: PLACE_ALIASES });
  return { ...corridor, report: corridor.report };
});
