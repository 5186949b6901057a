import type { BibliographyEntry } from './corridor-schemas';
import type { DataProblem } from './data-problem';
import { type AssembledCorridor, indexCorridor } from './index-corridor';
import { cacheUntilRejected, fetchCompiledUnit } from './read-geodata-browser';

/**
 * The validated corridor with the lookups the map and panels need, built once at load. Its
 * bibliography is not here: it is the `bibliography` unit (`getBibliography`), loaded when a panel
 * shows sources.
 */
export interface CorridorData extends Omit<AssembledCorridor, 'report' | 'sourceById'> {
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
  const { sourceById: _none, ...corridor } = indexCorridor({ ...parts, aliases: new Map(parts.aliases) });
  return { ...corridor, report: [...problems, ...corridor.report] };
});

/** The corridor's bibliography (`sources.json`), by id, and what its shape check dropped. */
export interface BibliographyData {
  sourceById: ReadonlyMap<string, BibliographyEntry>;
  problems: DataProblem[];
}

/**
 * The corridor's bibliography, from the build's compiled bibliography unit: asked for when a panel
 * shows sources, by the energy overlays and by the router (which cite it too), not by the first
 * view. A failed load is not kept: the next call fetches again.
 */
export const getBibliography: () => Promise<BibliographyData> = cacheUntilRejected(async () => {
  const { parts, problems } = await fetchCompiledUnit('bibliography');
  return { sourceById: new Map(parts.sources.map((source) => [source.id, source] as const)), problems };
});
