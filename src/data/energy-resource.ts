import { type AssembledEnergy, assembleEnergy } from './assemble-energy';
import { type DataProblem, errorsOf } from './data-problem';
import { cacheUntilRejected, fetchLoadUnit } from './read-geodata-browser';

/** The validated energy overlays with their lookups. */
export interface EnergyData extends Omit<AssembledEnergy, 'problems'> {
  /** Features and bibliography entries left out (errors), and why. The map says of each that it is not shown. */
  problems: DataProblem[];
  /** What was kept but is worth a look (e.g. text a spreadsheet would run as a formula). */
  warnings: DataProblem[];
}

/**
 * The energy overlays, fetched from the app's own origin and assembled once. A failed load is not
 * kept: the next call fetches again.
 */
export const getEnergy: () => Promise<EnergyData> = cacheUntilRejected(async () => {
  const energy = assembleEnergy(await fetchLoadUnit('energy'));
  return {
    ...energy,
    problems: errorsOf(energy.problems),
    warnings: energy.problems.filter((problem) => problem.severity === 'warning'),
  };
});
