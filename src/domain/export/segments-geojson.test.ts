import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { segmentsToGeoJson } from './segments-geojson';

interface Properties {
  id: string;
  name: string;
  publishedLengths: { km: number; sources: string[] }[];
}

function segment(): Feature<LineString, Properties> {
  return {
    type: 'Feature',
    id: 'a--b',
    geometry: {
      type: 'LineString',
      coordinates: [
        [49.5, 37.4],
        [49.5, 38.4],
      ],
    },
    properties: { id: 'a--b', name: 'آستارا – رشت, "gap"', publishedLengths: [{ km: 162, sources: ['mrud'] }] },
  };
}

describe('segmentsToGeoJson', () => {
  it('keeps every property and the geometry, and adds the drawn length in kilometres', () => {
    const collection = segmentsToGeoJson([segment()], { dataVersion: '2026.11.1', exportedOn: '2026-11-28' });
    const [feature] = collection.features;
    expect(feature?.geometry).toEqual(segment().geometry);
    expect(feature?.id).toBe('a--b');
    expect(feature?.properties).toEqual({ ...segment().properties, computedLengthKilometers: 111.195 });
  });

  it('carries the data version, export date and generator as foreign members, and the licence when given', () => {
    const collection = segmentsToGeoJson([], {
      dataVersion: '2026.11.1',
      exportedOn: '2026-11-28',
      licence: 'CC BY 4.0',
    });
    expect(collection).toEqual({
      type: 'FeatureCollection',
      dataVersion: '2026.11.1',
      exportedOn: '2026-11-28',
      generator: 'INSTC Explorer',
      licence: 'CC BY 4.0',
      features: [],
    });
  });

  it('leaves the licence out when none is given', () => {
    expect(segmentsToGeoJson([], { dataVersion: 'v', exportedOn: '2026-11-28' })).not.toHaveProperty('licence');
  });

  it('copies deeply, so changing the export leaves the data as it was', () => {
    const original = segment();
    const collection = segmentsToGeoJson([original], { dataVersion: 'v', exportedOn: '2026-11-28' });
    collection.features[0]?.properties.publishedLengths[0]?.sources.push('changed');
    collection.features[0]?.geometry.coordinates[0]?.splice(0, 1, 0);
    expect(original).toEqual(segment());
  });

  it('survives a JSON round trip unchanged', () => {
    const collection = segmentsToGeoJson([segment()], { dataVersion: 'v', exportedOn: '2026-11-28' });
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});
