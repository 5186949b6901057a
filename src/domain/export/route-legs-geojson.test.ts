import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type RouteQueryForExport, routeLegsToGeoJson } from './route-legs-geojson';

const route: RouteQueryForExport = {
  from: 'moscow',
  to: 'mumbai',
  by: 'cost',
  cargo: 'bulk',
  scenario: ['hormuz-closed'],
  year: 2026,
  month: null,
  avoid: ['AZ'],
  modes: null,
  branch: 'eastern',
  via: [],
  dataVersion: '2026.11.1',
};

function legs(): FeatureCollection<LineString, { segment: string; km: number; transfers: string }> {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: '0:moscow--astrakhan',
        geometry: {
          type: 'LineString',
          coordinates: [
            [37.6, 55.8],
            [48, 46.3],
          ],
        },
        properties: { segment: 'moscow--astrakhan', km: 1400, transfers: '[]' },
      },
    ],
  };
}

describe('routeLegsToGeoJson', () => {
  it('keeps the leg features and adds the data version, export date, generator and query', () => {
    const collection = routeLegsToGeoJson(route, legs(), { exportedOn: '2026-11-28' });
    expect(collection).toEqual({
      ...legs(),
      dataVersion: '2026.11.1',
      exportedOn: '2026-11-28',
      generator: 'INSTC Explorer',
      query: {
        from: 'moscow',
        to: 'mumbai',
        via: [],
        by: 'cost',
        cargo: 'bulk',
        scenario: ['hormuz-closed'],
        year: 2026,
        date: null,
        dateBasis: null,
        month: null,
        avoid: ['AZ'],
        modes: null,
        branch: 'eastern',
      },
    });
  });

  it('fills the optional query fields with empty values and adds the licence when given', () => {
    const minimal: RouteQueryForExport = {
      from: 'a',
      to: 'b',
      by: 'time',
      cargo: 'container',
      scenario: [],
      dataVersion: 'v',
    };
    const collection = routeLegsToGeoJson(minimal, legs(), { exportedOn: '2026-11-28', licence: 'CC BY 4.0' });
    expect(collection.query).toMatchObject({ via: [], year: null, month: null, avoid: [], modes: null, branch: null });
    expect(collection.licence).toBe('CC BY 4.0');
  });

  it('copies deeply, so changing the export leaves the router output as it was', () => {
    const original = legs();
    const collection = routeLegsToGeoJson(route, original, { exportedOn: '2026-11-28' });
    collection.features[0]?.geometry.coordinates.reverse();
    collection.query.avoid.push('IR');
    expect(original).toEqual(legs());
    expect(route.avoid).toEqual(['AZ']);
  });
});
