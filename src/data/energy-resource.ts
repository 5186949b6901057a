import lngUrl from '../../geodata/energy/lng.geojson?url';
import pipelinesUrl from '../../geodata/energy/pipelines.geojson?url';
import energySourcesUrl from '../../geodata/energy/sources.json?url';
import swapFlowsUrl from '../../geodata/energy/swap-flows.geojson?url';
import swapsUrl from '../../geodata/energy/swaps.json?url';
import sourcesUrl from '../../geodata/sources.json?url';
import { type BibliographyEntry, bibliographyEntrySchema } from './corridor-schemas';
import type { LngProject, Pipeline, Swap, SwapFlow } from './energy-schemas';
import { fetchJson } from './fetch-json';
import { type ValidatedEnergy, validateEnergy } from './validate-energy';

/** The validated energy overlays with their lookups. */
export interface EnergyData extends ValidatedEnergy {
  pipelineById: ReadonlyMap<string, Pipeline>;
  lngById: ReadonlyMap<string, LngProject>;
  swapById: ReadonlyMap<string, Swap>;
  flowsBySwap: ReadonlyMap<string, SwapFlow[]>;
  /** The corridor's bibliography and the energy one, by id. */
  sourceById: ReadonlyMap<string, BibliographyEntry>;
}

/** Reads a bibliography, keeping the valid entries. */
function readBibliography(json: unknown): BibliographyEntry[] {
  return (Array.isArray(json) ? json : []).flatMap((entry) => {
    const result = bibliographyEntrySchema.safeParse(entry);
    return result.success ? [result.data] : [];
  });
}

/** Validates the energy files and builds their lookups; pure, for tests and scripts too. */
function indexEnergy(input: {
  pipelines: unknown;
  lng: unknown;
  swaps: unknown;
  swapFlows: unknown;
  bibliographies: unknown[];
}): EnergyData {
  const sources = input.bibliographies.flatMap(readBibliography);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const validated = validateEnergy(input, new Set(sourceById.keys()));
  const flowsBySwap = new Map<string, SwapFlow[]>();
  for (const flow of validated.swapFlows) {
    flowsBySwap.set(flow.properties.swap, [...(flowsBySwap.get(flow.properties.swap) ?? []), flow]);
  }
  return {
    ...validated,
    pipelineById: new Map(validated.pipelines.map((pipeline) => [pipeline.properties.id, pipeline])),
    lngById: new Map(validated.lngProjects.map((project) => [project.properties.id, project])),
    swapById: new Map(validated.swaps.map((swap) => [swap.id, swap])),
    flowsBySwap,
    sourceById,
  };
}

let pending: Promise<EnergyData> | undefined;

/** The energy overlays, fetched from the app's own origin and validated once. */
export function getEnergy(): Promise<EnergyData> {
  pending ??= Promise.all([
    fetchJson(pipelinesUrl),
    fetchJson(lngUrl),
    fetchJson(swapsUrl),
    fetchJson(swapFlowsUrl),
    fetchJson(sourcesUrl),
    fetchJson(energySourcesUrl),
  ]).then(([pipelines, lng, swaps, swapFlows, corridorSources, energySources]) =>
    indexEnergy({ pipelines, lng, swaps, swapFlows, bibliographies: [corridorSources, energySources] }),
  );
  return pending;
}
