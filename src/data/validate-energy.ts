import {
  type LngProject,
  lngProjectSchema,
  type Pipeline,
  pipelineSchema,
  type Swap,
  type SwapFlow,
  swapFlowSchema,
  swapSchema,
} from './energy-schemas';
import { type DataProblem, validateFeatures } from './validate-features';

/** The energy files, parsed but not yet trusted. */
export interface EnergyInput {
  pipelines: unknown;
  lng: unknown;
  swaps: unknown;
  swapFlows: unknown;
}

/** The valid energy features and why the others were left out. */
export interface ValidatedEnergy {
  pipelines: Pipeline[];
  lngProjects: LngProject[];
  swaps: Swap[];
  swapFlows: SwapFlow[];
  problems: DataProblem[];
}

function citedSources(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedSources);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'sources' && Array.isArray(inner)
      ? inner.filter((id): id is string => typeof id === 'string')
      : citedSources(inner),
  );
}

/**
 * Validates the energy overlays (geodata/energy/): schemas (statuses from the one vocabulary,
 * capacity units by commodity), unique ids, every cited source in the bibliography, every swap flow
 * belonging to a known swap, every pipeline a swap rides on existing. Invalid items are left out
 * and reported; the rest is kept.
 *
 * @param knownSourceIds - ids of geodata/sources.json and geodata/energy/sources.json
 */
export function validateEnergy(input: EnergyInput, knownSourceIds: ReadonlySet<string>): ValidatedEnergy {
  const pipelines = validateFeatures('energy pipelines', input.pipelines, pipelineSchema);
  const lng = validateFeatures('energy LNG projects', input.lng, lngProjectSchema);
  const swapFlows = validateFeatures('energy swap flows', input.swapFlows, swapFlowSchema);
  const problems: DataProblem[] = [...pipelines.problems, ...lng.problems, ...swapFlows.problems];

  const swaps: Swap[] = [];
  const swapList =
    typeof input.swaps === 'object' && input.swaps !== null && 'swaps' in input.swaps
      ? (input.swaps as { swaps: unknown }).swaps
      : undefined;
  if (!Array.isArray(swapList))
    problems.push({ dataset: 'energy swaps', feature: '(file)', reason: 'expected {"swaps": [...]}' });
  const seenSwaps = new Set<string>();
  for (const [index, candidate] of (Array.isArray(swapList) ? swapList : []).entries()) {
    const result = swapSchema.safeParse(candidate);
    if (!result.success) {
      const issue = result.error.issues[0];
      const name = (candidate as { id?: unknown })?.id;
      problems.push({
        dataset: 'energy swaps',
        feature: typeof name === 'string' ? name : `#${index + 1}`,
        reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      });
    } else if (seenSwaps.has(result.data.id)) {
      problems.push({ dataset: 'energy swaps', feature: result.data.id, reason: 'repeated id; the first one is kept' });
    } else {
      seenSwaps.add(result.data.id);
      swaps.push(result.data);
    }
  }

  const keepCited = <Item>(
    dataset: string,
    items: Item[],
    idOf: (item: Item) => string,
    body: (item: Item) => unknown,
  ) =>
    items.filter((item) => {
      const unknown = citedSources(body(item)).filter((source) => !knownSourceIds.has(source));
      if (unknown.length === 0) return true;
      problems.push({
        dataset,
        feature: idOf(item),
        reason: `cites sources not in the bibliography: ${[...new Set(unknown)].join(', ')}`,
      });
      return false;
    });

  const validPipelines = keepCited(
    'energy pipelines',
    pipelines.features,
    (item) => item.properties.id,
    (item) => item.properties,
  );
  const validLng = keepCited(
    'energy LNG projects',
    lng.features,
    (item) => item.properties.id,
    (item) => item.properties,
  );
  const validSwaps = keepCited(
    'energy swaps',
    swaps,
    (item) => item.id,
    (item) => item,
  );
  const pipelineIds = new Set(validPipelines.map((pipeline) => pipeline.properties.id));
  for (const swap of validSwaps) {
    const missing = swap.pipelines.filter((pipeline) => !pipelineIds.has(pipeline));
    if (missing.length) {
      problems.push({
        dataset: 'energy swaps',
        feature: swap.id,
        reason: `rides on pipelines not in the data: ${missing.join(', ')}`,
      });
    }
  }
  const swapIds = new Set(validSwaps.map((swap) => swap.id));
  const validFlows = keepCited(
    'energy swap flows',
    swapFlows.features,
    (item) => item.properties.id,
    (item) => item.properties,
  ).filter((flow) => {
    if (swapIds.has(flow.properties.swap)) return true;
    problems.push({
      dataset: 'energy swap flows',
      feature: flow.properties.id,
      reason: `belongs to an unknown swap "${flow.properties.swap}"`,
    });
    return false;
  });
  return { pipelines: validPipelines, lngProjects: validLng, swaps: validSwaps, swapFlows: validFlows, problems };
}
