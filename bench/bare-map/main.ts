// The benchmark's baseline: the least a MapLibre page needs to draw the same embedded Natural Earth
// basemap (land and borders from the same file), with no app around it. It signals readiness the
// same way the app does, so both are timed alike.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

setWorkerUrl(workerUrl);

const topology = (await (await fetch(countriesUrl)).json()) as Topology<{
  countries: GeometryCollection;
  land: GeometryCollection;
}>;
const land = feature(topology, topology.objects.land);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
const map = new MapLibreMap({
  container: 'map',
  bounds: [
    [28, 15],
    [76, 61],
  ],
  fitBoundsOptions: { padding: 32 },
  style: {
    version: 8,
    sources: {
      land: { type: 'geojson', data: land },
      borders: { type: 'geojson', data: borders },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d4e4ee' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f5f2ea' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#a39b8f' } },
    ],
  },
});
map.once('load', () => {
  map.once('idle', () => {
    performance.mark('instc:map-ready');
    document.documentElement.dataset.mapReady = 'true';
  });
});
