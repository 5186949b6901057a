import type { FeatureCollection, LineString } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { routeLegFeatures } from '../domain/export/route-leg-features';
import { readyData } from '../state/explorer-data';
import type { ExplorerState, ExplorerStore } from '../state/explorer-store';
import { selectPreviewRoute } from '../state/select-route-answers';
import type { MapLibreMap } from './maplibre-runtime';

/** Source and layer ids of the previewed route option (a hovered or focused option card). */
const ROUTE_PREVIEW_SOURCE_ID = 'route-preview';
const ROUTE_PREVIEW_LAYER_ID = 'route-preview-line';
/** The preview's colour: a violet no overlay uses, dashed, over everything the map draws. */
export const ROUTE_PREVIEW_COLOUR = '#7a1fd1';

const NO_LINES: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [] };

/** The previewed option's legs as lines (none when no card is hovered or focused). */
function previewOf(state: ExplorerState): FeatureCollection<LineString> {
  const routing = readyData(state.loaded, 'routing');
  const corridor = readyData(state.loaded, 'corridor');
  if (!routing || !corridor) return NO_LINES;
  const route = selectPreviewRoute(state, routing.router, corridor);
  if (!route) return NO_LINES;
  return routeLegFeatures(route, (id) => corridor.segmentById.get(id)?.geometry.coordinates);
}

/**
 * Draws the route of the option card the user hovers or focuses (`previewOption` in the store) as
 * a dashed violet line on top of the map (issue 14 §3), and clears it when the card is left. The
 * source and layer are added to the loaded style, and again after a style change (the online
 * basemap's fallback). Returns a function that stops following the store.
 */
export function attachRoutePreview(map: MapLibreMap, store: ExplorerStore): () => void {
  let drawn = previewOf(store.getState());
  const ensureLayer = () => {
    if (!map.isStyleLoaded() || map.getSource(ROUTE_PREVIEW_SOURCE_ID)) return;
    map.addSource(ROUTE_PREVIEW_SOURCE_ID, { type: 'geojson', data: drawn });
    map.addLayer({
      id: ROUTE_PREVIEW_LAYER_ID,
      type: 'line',
      source: ROUTE_PREVIEW_SOURCE_ID,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ROUTE_PREVIEW_COLOUR,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 4, 6, 7],
        'line-dasharray': [2, 1],
        'line-opacity': 0.9,
      },
    });
  };
  ensureLayer();
  map.on('styledata', ensureLayer);
  const unsubscribe = store.subscribe((next, previous) => {
    if (
      next.previewOption === previous.previewOption &&
      next.routeQuery === previous.routeQuery &&
      next.loaded === previous.loaded
    ) {
      return;
    }
    const lines = previewOf(next);
    if (lines.features.length === 0 && drawn.features.length === 0) return;
    drawn = lines;
    ensureLayer();
    (map.getSource(ROUTE_PREVIEW_SOURCE_ID) as GeoJSONSource | undefined)?.setData(lines);
  });
  return () => {
    unsubscribe();
    map.off('styledata', ensureLayer);
  };
}
