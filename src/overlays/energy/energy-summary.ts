import type { FeatureSummary, OverlayView, Worded } from '../../cartography/overlay-definition';
import { lineLengthKilometers } from '../../domain/great-circle';
import { statusAt } from '../../domain/status-at';
import type { EnergyData } from '../../state/explorer-data';
import { boundsOfPositions, firstSentence, midpointOfLine } from '../summary-geometry';

/** A status on the view's day as a sentence starts with it: "Restricted (open with reduced capacity or added risk)". */
function statusLabel(status: string | undefined): Worded {
  if (status === undefined) return 'card.notYetPlannedOnDay';
  return (wording) => {
    const phrase = wording.statusPhrase(status);
    return `${phrase.charAt(0).toLocaleUpperCase(wording.locale)}${phrase.slice(1)}`;
  };
}

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
    const flow =
      properties.flowKind === 'concept' ? 'concept' : properties.flowKind === 'planned-flow' ? 'planned' : 'pipeline';
    return {
      id,
      name: properties.name,
      kind: (wording) => wording.t('card.pipeline', { commodity: properties.commodity, flow }),
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
      kind: 'card.lngProject',
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
      kind: (wording) =>
        wording.t('card.swap', { commodity: swap.commodity, entry: swap.entry.name, exit: swap.exit.name }),
      status: statusLabel(statusAt(swap, view.day, view.present)),
      note: firstSentence(swap.note),
      role: 'other',
      anchor: [longitude, latitude],
      bounds: boundsOfPositions(points),
    };
  }
  return undefined;
}
