import { describe, expect, it } from 'vitest';
import { cargoUnitSuffix } from './cargo-unit';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, exportFormatOf } from './export-formats';

describe('EXPORT_FORMATS', () => {
  it('registers CSV and GeoJSON once each, with their extension and media type', () => {
    expect(EXPORT_FORMAT_IDS).toEqual(['csv', 'geojson']);
    expect(new Set(EXPORT_FORMATS.map((format) => format.extension)).size).toBe(EXPORT_FORMATS.length);
    expect(exportFormatOf('csv').mimeType).toBe('text/csv;charset=utf-8');
    expect(exportFormatOf('geojson').mimeType).toBe('application/geo+json');
  });

  it('writes segments as the segment builders do, with the generator given', () => {
    const input = { segments: [], rows: [], dataVersion: '2026.11.1', sourceLabel: (id: string) => id };
    const options = { exportedOn: '2026-11-28', generator: 'test generator' };
    expect(exportFormatOf('csv').segments(input, options).split('\r\n')[0]).toMatch(/^id,name,from,to,/);
    expect(JSON.parse(exportFormatOf('geojson').segments(input, options))).toEqual({
      type: 'FeatureCollection',
      dataVersion: '2026.11.1',
      exportedOn: '2026-11-28',
      generator: 'test generator',
      features: [],
    });
    expect(exportFormatOf('geojson').segments(input, options).endsWith('}\n')).toBe(true);
  });
});

describe('cargoUnitSuffix', () => {
  it('spells the unit of the per-unit headers one way', () => {
    expect(cargoUnitSuffix('container')).toBe('per_TEU');
    expect(cargoUnitSuffix('bulk')).toBe('per_tonne');
  });
});
