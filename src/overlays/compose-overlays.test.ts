import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { createBasemapStyle } from '../cartography/basemap-style';
import { composeStyle } from '../cartography/compose-style';
import { basemapTheme } from '../cartography/theme';
import { corridorOverlay } from './corridor/corridor-overlay';
import { corridorFilters } from './corridor/corridor-style';

const empty = { type: 'FeatureCollection' as const, features: [] };

describe('composeStyle', () => {
  const basemap = createBasemapStyle(
    basemapTheme,
    {},
    { land: empty, borders: empty, coastlines: empty, places: empty, labels: empty },
  );
  const filters = corridorFilters({
    segmentsByGroup: { restricted: [], operational: ['baku--alat'], underConstruction: [], planned: [], inactive: [] },
    gaps: ['astara-ir--rasht'],
    nodes: ['baku', 'alat'],
    labelledElsewhere: ['baku'],
    events: [],
    branches: ['western'],
  });
  const corridorLayers = corridorOverlay.styleLayers(basemapTheme.fontRegular, filters);
  const style = composeStyle(basemap, [
    {
      sources: {
        'corridor-segments': { type: 'geojson', data: empty },
        'corridor-nodes': { type: 'geojson', data: empty },
        'corridor-gauge-breaks': { type: 'geojson', data: empty },
        'corridor-events': { type: 'geojson', data: empty },
        'corridor-gap-labels': { type: 'geojson', data: empty },
        'corridor-branch-labels': { type: 'geojson', data: empty },
      },
      ...corridorLayers,
    },
  ]);

  it('is a valid MapLibre style with the corridor overlay', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.map((layer) => layer.id)).toContain('corridor-gap');
  });

  it('draws corridor lines under the basemap labels and corridor nodes above everything', () => {
    const ids = style.layers.map((layer) => layer.id);
    const firstBasemapLabel = ids.findIndex((id) => id.startsWith('basemap-water-labels'));
    expect(ids.indexOf('corridor-lines-operational')).toBeLessThan(firstBasemapLabel);
    expect(ids.indexOf('corridor-nodes')).toBeGreaterThan(ids.indexOf('basemap-place-labels-2'));
    expect(ids.indexOf('route-line')).toBeLessThan(ids.indexOf('corridor-casing'));
  });

  it('filters every corridor layer by the ids the view shows', () => {
    const operational = style.layers.find((layer) => layer.id === 'corridor-lines-operational');
    expect(JSON.stringify((operational as { filter?: unknown }).filter)).toContain('"baku--alat"');
    const gap = style.layers.find((layer) => layer.id === 'corridor-gap');
    expect(JSON.stringify((gap as { filter?: unknown }).filter)).toContain('"astara-ir--rasht"');
  });

  it('composes only the overlays it is given: without them, the basemap and the route band', () => {
    const bare = composeStyle(basemap, []);
    expect(validateStyleMin(bare)).toEqual([]);
    expect(bare.layers.map((layer) => layer.id)).toEqual([
      ...basemap.layers
        .slice(
          0,
          basemap.layers.findIndex((layer) => layer.type === 'symbol'),
        )
        .map((layer) => layer.id),
      'route-casing',
      'route-line',
      ...basemap.layers.slice(basemap.layers.findIndex((layer) => layer.type === 'symbol')).map((layer) => layer.id),
    ]);
  });
});
