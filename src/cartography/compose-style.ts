import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { ROUTE_LAYER_IDS, ROUTE_SOURCE_ID } from './layer-ids';
import { LANGUAGE_STATE_DEFAULT } from './local-names';
import type { LegendEntry } from './overlay-definition';
import { routeTheme } from './theme';

/** An overlay ready to compose: its sources and its layer specs, already made from its data and filters. */
export interface ComposedOverlay {
  readonly sources: Record<string, SourceSpecification>;
  readonly underLabels: readonly LayerSpecification[];
  readonly aboveLabels: readonly LayerSpecification[];
}

/**
 * The chosen route as a wide yellow band with a dark edge, drawn under the network's lines so that
 * each leg keeps its mode colour and dash pattern on top of it.
 */
function createRouteLayers(): LayerSpecification[] {
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
      paint: { 'line-color': routeTheme.casing, 'line-width': width(2), 'line-opacity': 0.55 },
    },
    {
      id: ROUTE_LAYER_IDS.line,
      type: 'line',
      source: ROUTE_SOURCE_ID,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': routeTheme.colour, 'line-width': width(0), 'line-opacity': 0.85 },
    },
  ];
}

/** The route band's legend line. */
export const ROUTE_LEGEND_ENTRY: LegendEntry = { label: 'Chosen route', colour: routeTheme.colour, symbol: 'band' };

const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Puts the overlays on a basemap style, in registry order: the route band first, then each
 * overlay's lines under the basemap's first label layer (so city and sea names stay readable),
 * and each overlay's points and labels above them. Pure; works for the embedded
 * basemap and for an online one. An overlay whose data did not load is simply not in the list.
 */
export function composeStyle(
  basemap: StyleSpecification,
  overlays: readonly ComposedOverlay[],
  route: FeatureCollection = EMPTY_COLLECTION,
): StyleSpecification {
  const firstLabel = basemap.layers.findIndex((layer) => layer.type === 'symbol');
  const split = firstLabel === -1 ? basemap.layers.length : firstLabel;
  return {
    ...basemap,
    // The interface language, read by the name labels (an online basemap's own state is kept).
    state: { ...basemap.state, ...LANGUAGE_STATE_DEFAULT },
    sources: {
      ...basemap.sources,
      [ROUTE_SOURCE_ID]: { type: 'geojson', data: route },
      ...Object.assign({}, ...overlays.map((overlay) => overlay.sources)),
    },
    layers: [
      ...basemap.layers.slice(0, split),
      ...createRouteLayers(),
      ...overlays.flatMap((overlay) => overlay.underLabels),
      ...basemap.layers.slice(split),
      ...overlays.flatMap((overlay) => overlay.aboveLabels),
    ],
  };
}
