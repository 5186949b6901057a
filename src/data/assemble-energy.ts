import type { BibliographyEntry } from './corridor-schemas';
import type { LngProject, Pipeline, Swap, SwapFlow } from './energy-schemas';
import type { UnitFiles } from './geodata-manifest';
import { validateBibliography } from './validate-corridor';
import { type ValidatedEnergy, validateEnergy } from './validate-energy';
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

/** The validated energy overlays with their lookups. */
export interface AssembledEnergy extends ValidatedEnergy {
  pipelineById: ReadonlyMap<string, Pipeline>;
  lngById: ReadonlyMap<string, LngProject>;
  swapById: ReadonlyMap<string, Swap>;
  flowsBySwap: ReadonlyMap<string, SwapFlow[]>;
  /** The valid entries of the corridor's bibliography and the energy one, by id. */
  sourceById: ReadonlyMap<string, BibliographyEntry>;
}

/**
 * Validates the energy files and builds their lookups. Pure: takes parsed JSON, never throws on bad
 * data. Invalid entries of `energy/sources.json` are left out and reported with the features; those
 * of `sources.json` are left out too, and reported once, by `assembleCorridor`.
 */
export function assembleEnergy(files: UnitFiles<'energy'>): AssembledEnergy {
  const corridorSources = validateBibliography('sources', files.sources);
  const energySources = validateBibliography('energy sources', files.energySources);
  const sourceById = new Map(
    [...corridorSources.entries, ...energySources.entries].map((source) => [source.id, source] as const),
  );
  const validated = validateEnergy(files, new Set(sourceById.keys()), rawEventIds(files.events));
  const flowsBySwap = new Map<string, SwapFlow[]>();
  for (const flow of validated.swapFlows) {
    const flows = flowsBySwap.get(flow.properties.swap);
    if (flows) flows.push(flow);
    else flowsBySwap.set(flow.properties.swap, [flow]);
  }
  return {
    ...validated,
    problems: [...validated.problems, ...energySources.problems],
    pipelineById: new Map(validated.pipelines.map((pipeline) => [pipeline.properties.id, pipeline])),
    lngById: new Map(validated.lngProjects.map((project) => [project.properties.id, project])),
    swapById: new Map(validated.swaps.map((swap) => [swap.id, swap])),
    flowsBySwap,
    sourceById,
  };
}
