import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { createBasemapStyle, PLACE_LAYER_IDS } from './basemap-style';
import { basemapTheme } from './theme';

const empty = { type: 'FeatureCollection' as const, features: [] };
const fontFaces = { [basemapTheme.fontRegular]: [{ url: 'http://localhost/latin.woff2' }] };

describe('createBasemapStyle', () => {
  const style = createBasemapStyle(basemapTheme, fontFaces, {
    land: empty,
    borders: empty,
    coastlines: empty,
    places: empty,
    labels: empty,
  });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('needs no glyph server and no other origin: fonts come from font-faces, data is inline', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style['font-faces']).toEqual(fontFaces);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('draws sea, land, coastlines and borders under the labels, and city names in every rank tier', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.slice(0, 4)).toEqual(['basemap-sea', 'basemap-land-fill', 'basemap-coastline', 'basemap-borders']);
    for (const id of PLACE_LAYER_IDS) expect(ids).toContain(id);
    const textFonts = style.layers
      .filter((layer) => layer.type === 'symbol')
      .map((layer) => (layer.layout as { 'text-font'?: unknown })['text-font']);
    expect(new Set(textFonts.map((font) => JSON.stringify(font)))).toEqual(
      new Set([JSON.stringify(['Noto Sans Regular'])]),
    );
  });
});
