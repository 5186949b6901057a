import type { BibliographyEntry } from './corridor-schemas';
import type { DataProblem } from './data-problem';
import type { LngProject, Pipeline, Swap, SwapFlow } from './energy-schemas';

/**
 * The energy files' validated parts: what `validateEnergyParts` keeps, and what the build writes
 * into the energy unit for the browser. No schema code here.
 */
export interface EnergyParts {
  pipelines: Pipeline[];
  lngProjects: LngProject[];
  swaps: Swap[];
  swapFlows: SwapFlow[];
  /** The valid entries of `energy/sources.json`. */
  energySources: BibliographyEntry[];
  problems: DataProblem[];
}

/** The validated energy overlays with their lookups. */
export interface AssembledEnergy extends Omit<EnergyParts, 'energySources'> {
  pipelineById: ReadonlyMap<string, Pipeline>;
  lngById: ReadonlyMap<string, LngProject>;
  swapById: ReadonlyMap<string, Swap>;
  flowsBySwap: ReadonlyMap<string, SwapFlow[]>;
  /** The valid entries of the corridor's bibliography and the energy one, by id. */
  sourceById: ReadonlyMap<string, BibliographyEntry>;
}

/**
 * Builds the energy overlays' lookups from their validated parts and the corridor's bibliography
 * (`sources.json`, which energy features cite too). Pure; trusts its input.
 */
export function indexEnergy(parts: EnergyParts, corridorSources: Iterable<BibliographyEntry>): AssembledEnergy {
  const { energySources, ...rest } = parts;
  const flowsBySwap = new Map<string, SwapFlow[]>();
  for (const flow of parts.swapFlows) {
    const flows = flowsBySwap.get(flow.properties.swap);
    if (flows) flows.push(flow);
    else flowsBySwap.set(flow.properties.swap, [flow]);
  }
  return {
    ...rest,
    pipelineById: new Map(parts.pipelines.map((pipeline) => [pipeline.properties.id, pipeline])),
    lngById: new Map(parts.lngProjects.map((project) => [project.properties.id, project])),
    swapById: new Map(parts.swaps.map((swap) => [swap.id, swap])),
    flowsBySwap,
    sourceById: new Map([...corridorSources, ...energySources].map((source) => [source.id, source] as const)),
  };
}
