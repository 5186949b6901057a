import type { DataProblem } from './data-problem';
import { type AssembledCorridor, indexCorridor } from './index-corridor';
import { cacheUntilRejected, fetchCompiledUnit } from './read-geodata-browser';

/** The validated corridor with the lookups the map and panels need, built once at load. */
export interface CorridorData extends Omit<AssembledCorridor, 'report'> {
  /** Errors (features dropped) and warnings (features kept) found while reading the files. */
  report: DataProblem[];
}

/**
 * The corridor, from the build's compiled corridor unit (validated at build time by the same rules
 * as `check:geodata`; the browser checks only its shape), with its lookups built once. The notes the
 * build found on the data, and anything the shape check dropped, are in `report`. A failed load is
 * not kept: the next call fetches again.
 */
export const getCorridor: () => Promise<CorridorData> = cacheUntilRejected(async () => {
  const { parts, problems } = await fetchCompiledUnit('corridor');
  const corridor = indexCorridor({ ...parts, aliases: new Map(parts.aliases) });
  return { ...corridor, report: [...problems, ...corridor.report] };
});
