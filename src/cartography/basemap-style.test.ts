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

describe('the basemap in the interface language', () => {
  const point = { type: 'Point' as const, coordinates: [50, 40] };
  const style = createBasemapStyle(basemapTheme, fontFaces, {
    land: empty,
    borders: empty,
    coastlines: empty,
    places: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: point, properties: { id: 'baku', name: 'Baku', names: { fa: 'باکو' } } }],
    },
    labels: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: point,
          properties: { id: 'country-az', name: 'Azerbaijan', kind: 'country', country: 'AZ' },
        },
        { type: 'Feature', geometry: point, properties: { id: 'caspian', name: 'Caspian Sea', kind: 'sea' } },
      ],
    },
  });
  const propertiesOf = (source: string) =>
    (
      (style.sources[source] as { data: { features: Array<{ properties: Record<string, unknown> }> } }).data.features ??
      []
    ).map((feature) => feature.properties);

  it('gives cities their names from the data, and countries theirs from the locale data (CLDR); seas keep English', () => {
    const [baku] = propertiesOf('basemap-places');
    expect(baku).toMatchObject({ name: 'Baku', name_fa: 'باکو' });
    expect(baku?.name_ru).toBeUndefined();
    const [azerbaijan, caspian] = propertiesOf('basemap-labels');
    expect(azerbaijan?.name_ru).toBe('Азербайджан');
    expect(typeof azerbaijan?.name_fa).toBe('string');
    expect(azerbaijan?.name_fa).toMatch(/[\u0600-\u06FF]/);
    expect(azerbaijan?.name_hi).toMatch(/[\u0900-\u097F]/);
    expect(Object.keys(caspian ?? {}).filter((key) => key.startsWith('name_'))).toEqual([]);
  });

  it('declares the language as global state, which the name labels read', () => {
    expect(style.state).toEqual({ language: { default: 'en' } });
    const textFields = style.layers
      .filter((layer) => layer.type === 'symbol' && /place-labels|country-labels/.test(layer.id))
      .map((layer) => JSON.stringify((layer.layout as { 'text-field'?: unknown })['text-field']));
    expect(textFields.length).toBeGreaterThan(3);
    for (const field of textFields) expect(field).toContain('global-state');
  });
});
