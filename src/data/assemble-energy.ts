import type { BibliographyEntry } from './corridor-schemas';
import type { UnitFiles } from './geodata-manifest';
import { type AssembledEnergy, type EnergyParts, indexEnergy } from './index-energy';
import { validateBibliography } from './validate-corridor';
import { validateEnergy } from './validate-energy';

export type { AssembledEnergy } from './index-energy';

import { rawEventIds } from './validate-events';

/**
 * The ids of the energy overlays' features (pipelines, LNG projects, swaps, swap flows) as written in
 * the files, valid or not: what a corridor event may affect besides the corridor's own features.
 */
export function energyFeatureIds(
  files: Pick<UnitFiles<'energy'>, 'pipelines' | 'lng' | 'swaps' | 'swapFlows'>,
): Set<string> {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'id')) {
      const id = (value as { id: unknown }).id;
      if (typeof id === 'string') ids.add(id);
    }
  };
  const list = (file: unknown, key: string): unknown[] => {
    if (typeof file !== 'object' || file === null || !Object.hasOwn(file, key)) return [];
    const items = (file as Record<string, unknown>)[key];
    return Array.isArray(items) ? items : [];
  };
  for (const file of [files.pipelines, files.lng, files.swapFlows]) {
    for (const feature of list(file, 'features')) {
      if (typeof feature === 'object' && feature !== null && Object.hasOwn(feature, 'properties')) {
        add((feature as { properties: unknown }).properties);
      }
    }
  }
  for (const swap of list(files.swaps, 'swaps')) add(swap);
  return ids;
}

/**
 * Validates the energy files and builds their lookups. Pure: takes parsed JSON, never throws on bad
 * data. Invalid entries of `energy/sources.json` are left out and reported with the features; those
 * of `sources.json` are left out too, and reported once, by `assembleCorridor`.
 */
export function assembleEnergy(files: UnitFiles<'energy'>): AssembledEnergy {
  const corridorSources = validateBibliography('sources', files.sources);
  return indexEnergy(validateEnergyParts(files, corridorSources.entries), corridorSources.entries);
}

/**
 * The energy files' checks alone: the valid features and energy bibliography entries, and the
 * problems of the rest. `corridorSources` are the valid entries of `sources.json`, which energy
 * features may cite too.
 */
export function validateEnergyParts(
  files: UnitFiles<'energy'>,
  corridorSources: readonly BibliographyEntry[],
): EnergyParts {
  const energySources = validateBibliography('energy sources', files.energySources);
  const known = new Set([...corridorSources, ...energySources.entries].map((source) => source.id));
  const validated = validateEnergy(files, known, rawEventIds(files.events));
  return {
    ...validated,
    energySources: energySources.entries,
    problems: [...validated.problems, ...energySources.problems],
  };
}
