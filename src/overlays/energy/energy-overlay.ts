import type { LegendLine, MapOverlay } from '../../cartography/overlay-definition';
import type { MessageId } from '../../i18n/catalogues';
import type { EnergyData } from '../../state/explorer-data';
import { buildEnergySources, visibleEnergyIds } from './energy-features';
import {
  createEnergyLayers,
  createEnergySources,
  ENERGY_HIT_LAYERS,
  ENERGY_SOURCE_IDS,
  energyFilters,
  energyTheme,
  GAS_WIDTH_STOPS,
  OIL_WIDTH_STOPS,
} from './energy-style';
import { summarizeEnergyFeature } from './energy-summary';

/** The energy overlays' switchable layers (off unless a link or the legend turns them on). */
export const ENERGY_LAYERS = [
  { id: 'energy-gas-pipelines', label: 'layer.energy.gas', defaultVisible: false },
  { id: 'energy-oil-pipelines', label: 'layer.energy.oil', defaultVisible: false },
  { id: 'energy-lng', label: 'layer.energy.lng', defaultVisible: false },
  { id: 'energy-swaps', label: 'layer.energy.swaps', defaultVisible: false },
] as const satisfies readonly { id: string; label: MessageId; defaultVisible: boolean }[];

/** A width scale: one legend line per stop with a figure (the width the map draws that capacity at). */
function widthScale(stops: ReadonlyArray<readonly [number, number]>, colour: string, id: MessageId): LegendLine[] {
  return stops
    .filter(([capacity]) => capacity > 0)
    .map(([capacity, width]) => ({
      label: (wording) => wording.t(id, { value: Math.round(capacity) }),
      colour,
      symbol: 'line',
      width,
    }));
}

const LEGEND_BY_LAYER: Record<(typeof ENERGY_LAYERS)[number]['id'], LegendLine[]> = {
  'energy-gas-pipelines': [
    {
      label: 'mapKey.gasPipeline',
      colour: energyTheme.gas,
      symbol: 'line',
      width: 1.5,
    },
    ...widthScale(GAS_WIDTH_STOPS.slice(2), energyTheme.gas, 'mapKey.gasWidth'),
  ],
  'energy-oil-pipelines': [
    {
      label: 'mapKey.oilPipeline',
      colour: energyTheme.oil,
      symbol: 'line',
      width: 1.5,
    },
    ...widthScale(OIL_WIDTH_STOPS, energyTheme.oil, 'mapKey.oilWidth'),
  ],
  'energy-lng': [{ label: 'mapKey.lng', colour: energyTheme.lngFill, symbol: 'point' }],
  'energy-swaps': [
    { label: 'mapKey.swapPhysical', colour: energyTheme.gas, symbol: 'dashed-line' },
    { label: 'mapKey.swapVirtual', colour: energyTheme.virtual, symbol: 'dashed-line' },
  ],
};

/**
 * The energy overlays: pipelines, LNG projects and gas/oil swaps, sourced and dated, shown as
 * they stood on the view's day (drawn in that day's status style) and filtered by status.
 */
export const energyOverlay: MapOverlay<EnergyData> = {
  id: 'energy',
  layers: ENERGY_LAYERS,
  sources: (energy) => createEnergySources(buildEnergySources(energy)),
  styleLayers: (font, filters) => ({ underLabels: createEnergyLayers(font, filters), aboveLabels: [] }),
  filters: (energy, view) => {
    const { ids, pipelineStatuses } = visibleEnergyIds(energy, {
      visibleLayers: view.visibleLayers,
      hiddenStatuses: view.hiddenStatuses,
      day: view.day,
      present: view.present,
    });
    return energyFilters(ids, pipelineStatuses);
  },
  hitLayers: ENERGY_HIT_LAYERS,
  hit: (feature) => {
    if (feature.source === ENERGY_SOURCE_IDS.swapFlows) {
      const swap = feature.properties.swap;
      const id = feature.properties.id;
      return typeof swap === 'string' && typeof id === 'string'
        ? { selection: swap, target: { source: feature.source, id } }
        : undefined;
    }
    const id = feature.properties.id;
    if (typeof id !== 'string') return undefined;
    if (feature.source !== ENERGY_SOURCE_IDS.pipelines && feature.source !== ENERGY_SOURCE_IDS.lng) return undefined;
    return { selection: id, target: { source: feature.source, id } };
  },
  selectableIds: (energy) => [...energy.pipelineById.keys(), ...energy.lngById.keys(), ...energy.swapById.keys()],
  featureTarget: (energy, id) => {
    if (energy.pipelineById.has(id)) return { source: ENERGY_SOURCE_IDS.pipelines, id };
    if (energy.lngById.has(id)) return { source: ENERGY_SOURCE_IDS.lng, id };
    return undefined;
  },
  legend: (view) =>
    ENERGY_LAYERS.filter((layer) => view.visibleLayers.includes(layer.id)).flatMap(
      (layer) => LEGEND_BY_LAYER[layer.id],
    ),
  summarize: (energy, id, view) => summarizeEnergyFeature(energy, id, view),
};
