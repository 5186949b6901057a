import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import {
  type CorridorSources,
  createCorridorLineLayers,
  createCorridorPointLayers,
  createCorridorSources,
} from './corridor-style';
import type { CorridorTheme } from './corridor-theme';
import { createEnergyLayers, createEnergySources, type EnergySources } from './energy-style';
import { ROUTE_LAYER_IDS, ROUTE_SOURCE_ID } from './layer-ids';

/**
 * The chosen route as a wide yellow band with a dark edge, drawn under the network's lines so that
 * each leg keeps its mode colour and dash pattern on top of it.
 */
function createRouteLayers(theme: CorridorTheme): LayerSpecification[] {
  const width = (extra: number): ExpressionSpecification => [
    'interpolate',
    ['linear'],
    ['zoom'],
    2,
    7 + extra,
    6,
    14 + extra,
  ];
  return [
    {
      id: ROUTE_LAYER_IDS.casing,
      type: 'line',
      source: ROUTE_SOURCE_ID,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.routeCasing, 'line-width': width(2), 'line-opacity': 0.55 },
    },
    {
      id: ROUTE_LAYER_IDS.line,
      type: 'line',
      source: ROUTE_SOURCE_ID,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.routeColour, 'line-width': width(0), 'line-opacity': 0.85 },
    },
  ];
}

const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Puts the corridor overlay on a basemap style: its lines under the basemap's first label layer
 * (so city and sea names stay readable), its nodes and labels on top. Pure; works for the embedded
 * basemap and for an online one.
 */
export function composeStyle(
  basemap: StyleSpecification,
  corridor: CorridorSources | undefined,
  theme: CorridorTheme,
  font: string,
  filters: Record<string, FilterSpecification>,
  route: FeatureCollection = EMPTY_COLLECTION,
  energy?: { sources: EnergySources; filters: Record<string, FilterSpecification> },
): StyleSpecification {
  if (!corridor) return basemap;
  const firstLabel = basemap.layers.findIndex((layer) => layer.type === 'symbol');
  const split = firstLabel === -1 ? basemap.layers.length : firstLabel;
  return {
    ...basemap,
    sources: {
      ...basemap.sources,
      ...createCorridorSources(corridor),
      [ROUTE_SOURCE_ID]: { type: 'geojson', data: route },
      ...(energy ? createEnergySources(energy.sources) : {}),
    },
    layers: [
      ...basemap.layers.slice(0, split),
      ...createRouteLayers(theme),
      ...createCorridorLineLayers(theme, filters),
      ...(energy ? createEnergyLayers(font, energy.filters) : []),
      ...basemap.layers.slice(split),
      ...createCorridorPointLayers(theme, font, filters),
    ],
  };
}
