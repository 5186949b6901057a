import type { LegendEntry, MapOverlay } from '../../cartography/overlay-definition';
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
  { id: 'energy-gas-pipelines', label: 'Gas pipelines and flows', defaultVisible: false },
  { id: 'energy-oil-pipelines', label: 'Oil pipelines', defaultVisible: false },
  { id: 'energy-lng', label: 'LNG projects', defaultVisible: false },
  { id: 'energy-swaps', label: 'Gas and oil swaps', defaultVisible: false },
] as const;

const figure = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A width scale: one legend line per stop with a figure (the width the map draws that capacity at). */
function widthScale(
  stops: ReadonlyArray<readonly [number, number]>,
  colour: string,
  label: (value: string) => string,
): LegendEntry[] {
  return stops
    .filter(([capacity]) => capacity > 0)
    .map(([capacity, width]) => ({ label: label(figure.format(capacity)), colour, symbol: 'line', width }));
}

const LEGEND_BY_LAYER: Record<(typeof ENERGY_LAYERS)[number]['id'], LegendEntry[]> = {
  'energy-gas-pipelines': [
    {
      label: 'Gas pipeline (width: capacity; thinnest: no figure)',
      colour: energyTheme.gas,
      symbol: 'line',
      width: 1.5,
    },
    ...widthScale(GAS_WIDTH_STOPS.slice(2), energyTheme.gas, (value) => `Gas: ${value} bcm/yr`),
  ],
  'energy-oil-pipelines': [
    {
      label: 'Oil pipeline (width: capacity; thinnest: no figure)',
      colour: energyTheme.oil,
      symbol: 'line',
      width: 1.5,
    },
    ...widthScale(OIL_WIDTH_STOPS, energyTheme.oil, (value) => `Oil: ${value} barrels/day`),
  ],
  'energy-lng': [{ label: 'LNG project (size: mtpa)', colour: energyTheme.lngFill, symbol: 'point' }],
  'energy-swaps': [
    { label: 'Swap: physical delivery', colour: energyTheme.gas, symbol: 'dashed-line' },
    { label: 'Swap: virtual connector', colour: energyTheme.virtual, symbol: 'dashed-line' },
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
