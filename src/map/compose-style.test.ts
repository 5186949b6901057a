import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { createBasemapStyle } from './basemap-style';
import { composeStyle } from './compose-style';
import { corridorFilters } from './corridor-style';
import { corridorTheme } from './corridor-theme';
import { basemapTheme } from './theme';

const empty = { type: 'FeatureCollection' as const, features: [] };

describe('composeStyle', () => {
  const basemap = createBasemapStyle(
    basemapTheme,
    {},
    {
      land: empty,
      borders: empty,
      coastlines: empty,
      places: empty,
      labels: empty,
    },
  );
  const filters = corridorFilters(['western', 'iran'], ['baku', 'rasht'], ['baku']);
  const style = composeStyle(
    basemap,
    { segments: empty, nodes: empty, gaugeBreaks: empty },
    corridorTheme,
    basemapTheme.fontRegular,
    filters,
  );

  it('is a valid MapLibre style with the corridor overlay', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.map((layer) => layer.id)).toContain('corridor-gap');
  });

  it('draws corridor lines under the basemap labels and corridor nodes above everything', () => {
    const ids = style.layers.map((layer) => layer.id);
    const firstBasemapLabel = ids.findIndex((id) => id.startsWith('basemap-water-labels'));
    expect(ids.indexOf('corridor-lines-operational')).toBeLessThan(firstBasemapLabel);
    expect(ids.indexOf('corridor-nodes')).toBeGreaterThan(ids.indexOf('basemap-place-labels-2'));
  });

  it('filters every corridor layer by the visible branches', () => {
    for (const layer of style.layers.filter((candidate) => candidate.id.startsWith('corridor-lines-'))) {
      expect(JSON.stringify((layer as { filter?: unknown }).filter)).toContain('"western","iran"');
    }
  });

  it('returns the basemap unchanged when there is no corridor', () => {
    expect(composeStyle(basemap, undefined, corridorTheme, basemapTheme.fontRegular, filters)).toBe(basemap);
  });
});
