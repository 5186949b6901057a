import type { FeatureSummary, OverlayView } from '../../cartography/overlay-definition';
import { lineLengthKilometers } from '../../domain/great-circle';
import { statusAt } from '../../domain/status-at';
import type { EnergyStatus } from '../../domain/vocabulary/vocabulary';
import { ENERGY_STATUS_LABELS } from '../../domain/vocabulary/vocabulary-labels';
import type { EnergyData } from '../../state/explorer-data';
import { boundsOfPositions, firstSentence, midpointOfLine } from '../summary-geometry';

function statusLabel(status: string | undefined): string | undefined {
  if (status === undefined) return 'Not yet planned on this day';
  const label = ENERGY_STATUS_LABELS[status as EnergyStatus] ?? status;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

const COMMODITY = { gas: 'Gas', oil: 'Oil' } as const;

/**
 * A pipeline, LNG project or swap in a few words, as it stood on the view's day, for the map's
 * tooltip and card. `undefined` for an id that is not the energy overlays'.
 */
export function summarizeEnergyFeature(
  energy: EnergyData,
  id: string,
  view: Pick<OverlayView, 'day' | 'present'>,
): FeatureSummary | undefined {
  const pipeline = energy.pipelineById.get(id);
  if (pipeline) {
    const properties = pipeline.properties;
    const line = pipeline.geometry.coordinates;
    const lengths = properties.publishedLengths ?? [];
    const preferred = lengths.find((length) => length.preferred) ?? (lengths.length === 1 ? lengths[0] : undefined);
    const kind =
      properties.flowKind === 'concept'
        ? 'concept, no route published'
        : properties.flowKind === 'planned-flow'
          ? 'planned flow over existing lines'
          : 'pipeline';
    return {
      id,
      name: properties.name,
      kind: `${COMMODITY[properties.commodity]} ${kind}`,
      status: statusLabel(statusAt(properties, view.day, view.present)),
      // A concept's line is an arrow, not a route: it has no length worth stating.
      computedKilometers: properties.flowKind === 'concept' ? undefined : lineLengthKilometers(line),
      publishedKilometers: preferred?.km,
      note: firstSentence(properties.note),
      role: 'other',
      anchor: midpointOfLine(line),
      bounds: boundsOfPositions(line),
    };
  }
  const project = energy.lngById.get(id);
  if (project) {
    const [longitude = 0, latitude = 0] = project.geometry.coordinates;
    return {
      id,
      name: project.properties.name,
      kind: 'LNG project',
      status: statusLabel(statusAt(project.properties, view.day, view.present)),
      note: firstSentence(project.properties.note),
      role: 'other',
      anchor: [longitude, latitude],
      bounds: [longitude, latitude, longitude, latitude],
    };
  }
  const swap = energy.swapById.get(id);
  if (swap) {
    const points = [
      ...(energy.flowsBySwap.get(id) ?? []).flatMap((flow) => flow.geometry.coordinates),
      swap.entry.coordinates,
      swap.exit.coordinates,
    ];
    const [longitude = 0, latitude = 0] = swap.entry.coordinates;
    return {
      id,
      name: swap.name,
      kind: `${COMMODITY[swap.commodity]} swap: ${swap.entry.name} to ${swap.exit.name}`,
      status: statusLabel(statusAt(swap, view.day, view.present)),
      note: firstSentence(swap.note),
      role: 'other',
      anchor: [longitude, latitude],
      bounds: boundsOfPositions(points),
    };
  }
  return undefined;
}
