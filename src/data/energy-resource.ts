import { type AssembledEnergy, assembleEnergy } from './assemble-energy';
import { type ProblemForMap, problemsForMap } from './data-problem';
import { cacheUntilRejected, fetchLoadUnit } from './read-geodata-browser';

/** The validated energy overlays with their lookups. */
export interface EnergyData extends Omit<AssembledEnergy, 'problems'> {
  /** Features and bibliography entries left out, and why. */
  problems: ProblemForMap[];
}

/**
 * The energy overlays, fetched from the app's own origin and assembled once. A failed load is not
 * kept: the next call fetches again.
 */
export const getEnergy: () => Promise<EnergyData> = cacheUntilRejected(async () => {
  const energy = assembleEnergy(await fetchLoadUnit('energy'));
  return { ...energy, problems: problemsForMap(energy.problems) };
});

/** The energy overlays, or `undefined` when they cannot be loaded (the map reports why). */
export function getEnergyIfAvailable(): Promise<EnergyData | undefined> {
  return getEnergy().catch(() => undefined);
}
