import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapPolygon, unwrapRing } from '../domain/unwrap-antimeridian';

/** The Natural Earth 1:50m countries as GeoJSON: land, inner borders and coastlines. */
export interface NaturalEarthGeoJson {
  /**
   * Natural Earth 1:50m countries, drawn as land (the Caspian, Kara-Bogaz-Gol and the Gulf are
   * water). Country polygons rather than the merged land polygon: MapLibre triangulates the one
   * giant Eurasia ring badly at low zoom (wedges of missing land over the Baltic and Black Sea).
   */
  land: FeatureCollection<Polygon | MultiPolygon>;
  /** Natural Earth 1:50m borders between countries (arcs shared by two countries). */
  borders: FeatureCollection<MultiLineString>;
  /** Natural Earth 1:50m coastlines (arcs that belong to one country only). */
  coastlines: FeatureCollection<MultiLineString>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

function isTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; objects?: { countries?: unknown; land?: unknown } };
  return candidate.type === 'Topology' && !!candidate.objects?.countries && !!candidate.objects?.land;
}

function checkedTopology(topology: unknown): CountriesTopology {
  if (!isTopology(topology)) throw new Error('the Natural Earth file is not the expected TopoJSON');
  return topology;
}

/**
 * The Natural Earth countries TopoJSON (`world-atlas/countries-50m.json`) as land polygons,
 * unwrapped across the antimeridian: what the geodata's land and water checks test against.
 * Throws when the file is not that TopoJSON (there is no map, and no land check, without it).
 */
export function naturalEarthLand(topology: unknown): FeatureCollection<Polygon | MultiPolygon> {
  const checked = checkedTopology(topology);
  const countries = feature(checked, checked.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return {
    type: 'FeatureCollection',
    features: countries.features.map((country) => ({ ...country, geometry: unwrapPolygon(country.geometry) })),
  };
}

/**
 * Turns the Natural Earth countries TopoJSON into land polygons, inner borders and coastlines.
 * Borders are the arcs shared by two different countries, so coastlines are not drawn twice.
 * Throws when the file is not that TopoJSON.
 */
export function naturalEarthToGeoJson(topology: unknown): NaturalEarthGeoJson {
  const checked = checkedTopology(topology);
  const asCollection = (geometry: MultiLineString): FeatureCollection<MultiLineString> => ({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) },
      } satisfies Feature<MultiLineString>,
    ],
  });
  return {
    land: naturalEarthLand(checked),
    borders: asCollection(mesh(checked, checked.objects.countries, (a, b) => a !== b)),
    coastlines: asCollection(mesh(checked, checked.objects.countries, (a, b) => a === b)),
  };
}
