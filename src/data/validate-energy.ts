import type { DataProblem } from './data-problem';
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
import { formulaTextWarnings } from './formula-text';
import { statusHistoryProblems } from './status-history';
import { firstIssueMessage, ruleOfFirstIssue, validateFeatures } from './validate-features';

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
 * Dated statuses name known events (`event-exists`, when `eventIds` is given) and the `status` field
 * is the status of the last lasting entry (`status-current`).
 *
 * @param knownSourceIds - ids of geodata/sources.json and geodata/energy/sources.json
 * @param eventIds - ids of geodata/events.json, which a dated status may name
 */
export function validateEnergy(
  input: EnergyInput,
  knownSourceIds: ReadonlySet<string>,
  eventIds?: ReadonlySet<string>,
): ValidatedEnergy {
  const pipelines = validateFeatures('energy pipelines', input.pipelines, pipelineSchema);
  const lng = validateFeatures('energy LNG projects', input.lng, lngProjectSchema);
  const swapFlows = validateFeatures('energy swap flows', input.swapFlows, swapFlowSchema);
  const problems: DataProblem[] = [...pipelines.problems, ...lng.problems, ...swapFlows.problems];

  const swaps: Swap[] = [];
  const swapList =
    typeof input.swaps === 'object' && input.swaps !== null && 'swaps' in input.swaps
      ? (input.swaps as { swaps: unknown }).swaps
      : undefined;
  const report = (dataset: string, feature: string, rule: string, message: string) =>
    problems.push({ dataset, feature, severity: 'error', rule, message });
  if (!Array.isArray(swapList)) report('energy swaps', '(file)', 'collection', 'expected {"swaps": [...]}');
  const seenSwaps = new Set<string>();
  for (const [index, candidate] of (Array.isArray(swapList) ? swapList : []).entries()) {
    const result = swapSchema.safeParse(candidate);
    if (!result.success) {
      const name =
        typeof candidate === 'object' && candidate !== null && Object.hasOwn(candidate, 'id')
          ? (candidate as { id: unknown }).id
          : undefined;
      report(
        'energy swaps',
        typeof name === 'string' ? name : `#${index + 1}`,
        ruleOfFirstIssue(result.error),
        firstIssueMessage(result.error),
      );
    } else if (seenSwaps.has(result.data.id)) {
      report('energy swaps', result.data.id, 'unique-id', 'repeated id; the first one is kept');
    } else {
      seenSwaps.add(result.data.id);
      swaps.push(result.data);
      problems.push(...formulaTextWarnings('energy swaps', result.data.id, result.data));
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
      const fields = body(item);
      const history =
        typeof fields === 'object' && fields !== null && 'statusHistory' in fields && 'status' in fields
          ? statusHistoryProblems(fields as Parameters<typeof statusHistoryProblems>[0], eventIds)
          : [];
      for (const { rule, message } of history) report(dataset, idOf(item), rule, message);
      if (unknown.length === 0) return history.length === 0;
      report(
        dataset,
        idOf(item),
        'known-source',
        `cites sources not in the bibliography: ${[...new Set(unknown)].join(', ')}`,
      );
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
      report('energy swaps', swap.id, 'pipeline-exists', `rides on pipelines not in the data: ${missing.join(', ')}`);
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
    report(
      'energy swap flows',
      flow.properties.id,
      'swap-exists',
      `belongs to an unknown swap "${flow.properties.swap}"`,
    );
    return false;
  });
  return { pipelines: validPipelines, lngProjects: validLng, swaps: validSwaps, swapFlows: validFlows, problems };
}
