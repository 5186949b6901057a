import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';

/** Colours of the energy overlays: gas green, oil dark brown (distinct from every corridor mode). */
export const energyTheme = {
  gas: '#2e7d32',
  oil: '#4e342e',
  virtual: '#555555',
  lngFill: '#2e7d32',
} as const;

/** Source ids of the energy overlays. */
export const ENERGY_SOURCE_IDS = {
  pipelines: 'energy-pipelines',
  swapFlows: 'energy-swap-flows',
  lng: 'energy-lng',
} as const;

/** Status groups of the energy overlays, each with its dash pattern (in line widths). */
export const ENERGY_STATUS_GROUPS = {
  operational: { statuses: ['operational'], dashes: undefined, opacity: 1 },
  restricted: { statuses: ['restricted'], dashes: [4, 1], opacity: 1 },
  building: { statuses: ['under-construction'], dashes: [3, 1.5], opacity: 1 },
  planned: { statuses: ['planned', 'proposed', 'mou'], dashes: [0.8, 1.6], opacity: 1 },
  stopped: { statuses: ['suspended', 'idle'], dashes: [4, 2], opacity: 0.85 },
  abandoned: { statuses: ['shelved', 'cancelled', 'closed'], dashes: [0.5, 3], opacity: 0.55 },
} as const;

type StatusGroup = keyof typeof ENERGY_STATUS_GROUPS;

/** The energy data the map draws. */
export interface EnergySources {
  pipelines: FeatureCollection;
  swapFlows: FeatureCollection;
  lng: FeatureCollection;
}

/** Ids of every energy layer, by the overlay (link layer id) it belongs to. */
const ENERGY_LAYER_IDS = {
  pipelines: Object.keys(ENERGY_STATUS_GROUPS).map((group) => `energy-pipelines-${group}`),
  flowArrows: 'energy-flow-arrows',
  conceptLabels: 'energy-concept-labels',
  swapFlows: 'energy-swap-flow-lines',
  swapArrows: 'energy-swap-arrows',
  lng: 'energy-lng-circles',
  lngLabels: 'energy-lng-labels',
} as const;

const commodityColour: ExpressionSpecification = [
  'match',
  ['get', 'commodity'],
  'oil',
  energyTheme.oil,
  energyTheme.gas,
];

/** Gas pipeline widths: [capacity in bcm/yr, width in pixels] (1.5 px with no figure). */
export const GAS_WIDTH_STOPS = [
  [0, 1.5],
  [2, 2],
  [10, 4],
  [40, 7],
  [110, 10],
] as const;

/** Oil pipeline widths: [capacity in barrels/day, width in pixels]. */
export const OIL_WIDTH_STOPS = [
  [0, 1.5],
  [100000, 2.5],
  [500000, 5],
  [1000000, 7],
] as const;

/**
 * Pipeline width in pixels from the stated capacity, on separate scales for gas (bcm/yr) and oil
 * (barrels/day): 1.5 px with no figure, then growing with capacity.
 */
const pipelineWidth: ExpressionSpecification = [
  'case',
  ['==', ['get', 'commodity'], 'oil'],
  ['interpolate', ['linear'], ['coalesce', ['get', 'capacityValue'], 0], ...OIL_WIDTH_STOPS.flat()],
  ['interpolate', ['linear'], ['coalesce', ['get', 'capacityValue'], 0], ...GAS_WIDTH_STOPS.flat()],
] as unknown as ExpressionSpecification;

const visible = (ids: readonly string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', [...ids]]];

/**
 * The filter of each energy layer, given the ids that the toggles, statuses and day leave visible
 * and the status each pipeline has on the day (each is drawn in its day's status style).
 */
export function energyFilters(
  visibleIds: readonly string[],
  pipelineStatuses: ReadonlyMap<string, string>,
): Record<string, FilterSpecification> {
  const filters: Record<string, FilterSpecification> = {};
  for (const [group, { statuses }] of Object.entries(ENERGY_STATUS_GROUPS)) {
    const inGroup = visibleIds.filter((id) => (statuses as readonly string[]).includes(pipelineStatuses.get(id) ?? ''));
    filters[`energy-pipelines-${group}`] = visible(inGroup);
  }
  filters[ENERGY_LAYER_IDS.flowArrows] = [
    'all',
    visible(visibleIds),
    ['in', ['get', 'flowKind'], ['literal', ['planned-flow', 'concept']]],
  ];
  filters[ENERGY_LAYER_IDS.conceptLabels] = ['all', visible(visibleIds), ['==', ['get', 'flowKind'], 'concept']];
  filters[ENERGY_LAYER_IDS.swapFlows] = visible(visibleIds);
  filters[ENERGY_LAYER_IDS.swapArrows] = ['all', visible(visibleIds), ['!=', ['get', 'role'], 'virtual']];
  filters[ENERGY_LAYER_IDS.lng] = visible(visibleIds);
  filters[ENERGY_LAYER_IDS.lngLabels] = visible(visibleIds);
  return filters;
}

/** The GeoJSON sources of the energy overlays. */
export function createEnergySources(data: EnergySources): Record<string, GeoJSONSourceSpecification> {
  return {
    [ENERGY_SOURCE_IDS.pipelines]: { type: 'geojson', data: data.pipelines, promoteId: 'id' },
    [ENERGY_SOURCE_IDS.swapFlows]: { type: 'geojson', data: data.swapFlows, promoteId: 'id' },
    [ENERGY_SOURCE_IDS.lng]: { type: 'geojson', data: data.lng, promoteId: 'id' },
  };
}

/**
 * The energy layers (drawn above the corridor lines): pipelines coloured by commodity, wide by
 * capacity, dashed by status; planned flows over existing lines offset beside them with arrows;
 * concepts as labelled arrows; swaps as directed flows, with a dashed grey connector where the
 * molecules do not travel; LNG projects as circles sized by capacity (hollow when abandoned).
 */
export function createEnergyLayers(font: string, filters: Record<string, FilterSpecification>): LayerSpecification[] {
  const filterOf = (id: string): FilterSpecification => filters[id] ?? false;
  const layers: LayerSpecification[] = (
    Object.entries(ENERGY_STATUS_GROUPS) as Array<[StatusGroup, (typeof ENERGY_STATUS_GROUPS)[StatusGroup]]>
  ).map(([group, style]) => ({
    id: `energy-pipelines-${group}`,
    type: 'line',
    source: ENERGY_SOURCE_IDS.pipelines,
    filter: filterOf(`energy-pipelines-${group}`),
    layout: { 'line-cap': style.dashes ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': commodityColour,
      'line-width': pipelineWidth,
      'line-opacity': style.opacity,
      'line-offset': ['case', ['==', ['get', 'flowKind'], 'planned-flow'], 7, 0],
      ...(style.dashes ? { 'line-dasharray': [...style.dashes] } : {}),
    },
  }));
  layers.push(
    {
      id: ENERGY_LAYER_IDS.flowArrows,
      type: 'symbol',
      source: ENERGY_SOURCE_IDS.pipelines,
      filter: filterOf(ENERGY_LAYER_IDS.flowArrows),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 70,
        'text-field': '›',
        'text-font': [font],
        'text-size': 20,
        'text-offset': [
          'case',
          ['==', ['get', 'flowKind'], 'planned-flow'],
          ['literal', [0, 0.4]],
          ['literal', [0, 0]],
        ],
        'text-keep-upright': false,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': commodityColour, 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
    {
      id: ENERGY_LAYER_IDS.conceptLabels,
      type: 'symbol',
      source: ENERGY_SOURCE_IDS.pipelines,
      filter: filterOf(ENERGY_LAYER_IDS.conceptLabels),
      layout: {
        'symbol-placement': 'line-center',
        'text-field': ['concat', ['get', 'name'], ' (concept, no published route)'],
        'text-font': [font],
        'text-size': 11,
        'text-offset': [0, -1],
        'text-max-angle': 60,
      },
      paint: { 'text-color': energyTheme.gas, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: ENERGY_LAYER_IDS.swapFlows,
      type: 'line',
      source: ENERGY_SOURCE_IDS.swapFlows,
      filter: filterOf(ENERGY_LAYER_IDS.swapFlows),
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': ['case', ['==', ['get', 'role'], 'virtual'], energyTheme.virtual, commodityColour],
        'line-width': ['case', ['==', ['get', 'role'], 'virtual'], 1.5, 3],
        'line-dasharray': [2, 2],
        'line-offset': ['case', ['==', ['get', 'role'], 'virtual'], 0, -5],
      },
    },
    {
      id: ENERGY_LAYER_IDS.swapArrows,
      type: 'symbol',
      source: ENERGY_SOURCE_IDS.swapFlows,
      filter: filterOf(ENERGY_LAYER_IDS.swapArrows),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 60,
        'text-field': '›',
        'text-font': [font],
        'text-size': 20,
        'text-offset': [0, -0.4],
        'text-keep-upright': false,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': commodityColour, 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
    {
      id: ENERGY_LAYER_IDS.lng,
      type: 'circle',
      source: ENERGY_SOURCE_IDS.lng,
      filter: filterOf(ENERGY_LAYER_IDS.lng),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['coalesce', ['get', 'capacityValue'], 0], 0, 4, 10, 9, 30, 15],
        'circle-color': [
          'match',
          ['get', 'status'],
          ['shelved', 'cancelled', 'closed'],
          'rgba(255,255,255,0.6)',
          energyTheme.lngFill,
        ],
        'circle-stroke-color': energyTheme.gas,
        'circle-stroke-width': 2,
        'circle-opacity': 0.85,
      },
    },
    {
      id: ENERGY_LAYER_IDS.lngLabels,
      type: 'symbol',
      source: ENERGY_SOURCE_IDS.lng,
      filter: filterOf(ENERGY_LAYER_IDS.lngLabels),
      minzoom: 4,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [font],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 1.2],
        'text-optional': true,
      },
      paint: { 'text-color': energyTheme.gas, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  );
  return layers;
}

/** Layers a click or hover can pick energy features from. */
export const ENERGY_HIT_LAYERS = [...ENERGY_LAYER_IDS.pipelines, ENERGY_LAYER_IDS.swapFlows, ENERGY_LAYER_IDS.lng];
