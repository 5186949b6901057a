import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import labelsUrl from '../../geodata/basemap/labels.geojson?url';
import placesUrl from '../../geodata/basemap/places.geojson?url';
import { unwrapPolygon, unwrapRing } from '../domain/unwrap-antimeridian';
import { type BasemapLabel, type BasemapPlace, basemapLabelSchema, basemapPlaceSchema } from './basemap-schemas';
import { type Fetcher, fetchJson } from './fetch-json';
import { type DataProblem, validateFeatures } from './validate-features';

/** The embedded basemap, ready to draw, with the problems found while reading it. */
export interface BasemapData {
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
  places: FeatureCollection<Point, BasemapPlace['properties']>;
  labels: FeatureCollection<Point, BasemapLabel['properties']>;
  problems: DataProblem[];
}

function isTopology(value: unknown): value is Topology<{ countries: GeometryCollection; land: GeometryCollection }> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; objects?: { countries?: unknown; land?: unknown } };
  return candidate.type === 'Topology' && !!candidate.objects?.countries && !!candidate.objects?.land;
}

/**
 * Turns the Natural Earth countries TopoJSON into land polygons and inner borders.
 * Borders are the arcs shared by two different countries, so coastlines are not drawn twice.
 */
function naturalEarthToGeoJson(topology: unknown): Pick<BasemapData, 'land' | 'borders' | 'coastlines'> {
  if (!isTopology(topology)) throw new Error('the Natural Earth file is not the expected TopoJSON');
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  const land: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: countries.features.map((country) => ({ ...country, geometry: unwrapPolygon(country.geometry) })),
  };
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
    land,
    borders: asCollection(mesh(topology, topology.objects.countries, (a, b) => a !== b)),
    coastlines: asCollection(mesh(topology, topology.objects.countries, (a, b) => a === b)),
  };
}

/**
 * Loads the embedded basemap from the app's own origin: Natural Earth land and borders and the
 * project's curated city, country and sea labels. Invalid labels are left out and reported;
 * a missing or unreadable Natural Earth file is an error (there is no map without it).
 */
export async function loadBasemap(fetcher: Fetcher = (url) => fetch(url)): Promise<BasemapData> {
  const [topology, placesFile, labelsFile] = await Promise.all([
    fetchJson(countriesUrl, fetcher),
    fetchJson(placesUrl, fetcher).catch((error: unknown) => ({ loadError: String(error) })),
    fetchJson(labelsUrl, fetcher).catch((error: unknown) => ({ loadError: String(error) })),
  ]);
  const { land, borders, coastlines } = naturalEarthToGeoJson(topology);
  const places = validateFeatures('basemap places', placesFile, basemapPlaceSchema);
  const labels = validateFeatures('basemap labels', labelsFile, basemapLabelSchema);
  return {
    land,
    borders,
    coastlines,
    places: { type: 'FeatureCollection', features: places.features },
    labels: { type: 'FeatureCollection', features: labels.features },
    problems: [...places.problems, ...labels.problems],
  };
}
