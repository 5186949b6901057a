import type { FilterSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  type CorridorSources,
  createCorridorLineLayers,
  createCorridorPointLayers,
  createCorridorSources,
} from './corridor-style';
import type { CorridorTheme } from './corridor-theme';

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
): StyleSpecification {
  if (!corridor) return basemap;
  const firstLabel = basemap.layers.findIndex((layer) => layer.type === 'symbol');
  const split = firstLabel === -1 ? basemap.layers.length : firstLabel;
  return {
    ...basemap,
    sources: { ...basemap.sources, ...createCorridorSources(corridor) },
    layers: [
      ...basemap.layers.slice(0, split),
      ...createCorridorLineLayers(theme, filters),
      ...basemap.layers.slice(split),
      ...createCorridorPointLayers(theme, font, filters),
    ],
  };
}
