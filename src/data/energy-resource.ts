import { getBibliography } from './corridor-resource';
import { type DataProblem, errorsOf } from './data-problem';
import { type AssembledEnergy, indexEnergy } from './index-energy';
import { cacheUntilRejected, fetchCompiledUnit } from './read-geodata-browser';

/** The energy overlays, with their problems split into errors (features left out) and warnings. */
export interface EnergyData extends Omit<AssembledEnergy, 'problems'> {
  problems: DataProblem[];
  warnings: DataProblem[];
}

/**
 * The energy overlays, from the build's compiled energy unit (validated at build time; the browser
 * checks only its shape), with their lookups and the corridor's bibliography, which they cite too.
 * A failed load is not kept: the next call fetches again.
 */
export const getEnergy: () => Promise<EnergyData> = cacheUntilRejected(async () => {
  const [{ parts, problems }, bibliography] = await Promise.all([fetchCompiledUnit('energy'), getBibliography()]);
  const energy = indexEnergy(parts, bibliography.sourceById.values());
  const all = [...problems, ...energy.problems];
  return {
    ...energy,
    problems: errorsOf(all),
    warnings: all.filter((problem) => problem.severity === 'warning'),
  };
});
