/**
 * Every geodata file the project reads, listed once: its path under `geodata/` and what it holds in
 * plain words (for messages). The browser reader (fetch) and the Node reader (fs) both read from this
 * list; the assemblers take the parsed files by these ids.
 */
export const GEODATA_FILES = {
  nodes: { path: 'corridor/nodes.geojson', title: 'the corridor places' },
  segments: { path: 'corridor/segments.geojson', title: 'the corridor segments' },
  passages: { path: 'corridor/passages.geojson', title: 'the straits and canals' },
  events: { path: 'events.json', title: 'the corridor events' },
  sources: { path: 'sources.json', title: 'the bibliography' },
  assumptions: { path: 'assumptions.json', title: 'the routing assumptions' },
  observations: { path: 'observations.json', title: 'the observed journeys' },
  routingSources: { path: 'sources-routing.json', title: 'the routing bibliography' },
  version: { path: 'version.json', title: 'the data version' },
  pipelines: { path: 'energy/pipelines.geojson', title: 'the pipelines' },
  lng: { path: 'energy/lng.geojson', title: 'the LNG projects' },
  swaps: { path: 'energy/swaps.json', title: 'the energy swaps' },
  swapFlows: { path: 'energy/swap-flows.geojson', title: 'the energy swap flows' },
  energySources: { path: 'energy/sources.json', title: 'the energy bibliography' },
  places: { path: 'basemap/places.geojson', title: 'the basemap city labels' },
  labels: { path: 'basemap/labels.geojson', title: 'the basemap country and sea labels' },
  basemapSources: { path: 'basemap/sources.json', title: 'the basemap bibliography' },
} as const satisfies Record<string, { path: string; title: string }>;

/** The id of a geodata file. */
export type GeodataFileId = keyof typeof GEODATA_FILES;

/**
 * The Natural Earth 1:50m countries (TopoJSON) of the `world-atlas` package: the basemap's land and
 * borders, and the land of the geodata checks. A package file, not under `geodata/`.
 */
export const NATURAL_EARTH_COUNTRIES = 'world-atlas/countries-50m.json';

/**
 * The files each load unit reads, in the order its assembler takes them: `corridor`
 * (`assembleCorridor`: the network, its bibliography and the corridor events), `routing`
 * (`assembleRouting`, over the corridor), `energy` (`assembleEnergy`; it reads `events.json` for the
 * ids its dated statuses may name) and `basemap` (`assembleBasemap`, with `NATURAL_EARTH_COUNTRIES`).
 */
export const LOAD_UNITS = {
  corridor: ['nodes', 'segments', 'passages', 'sources', 'events'],
  routing: ['assumptions', 'observations', 'routingSources', 'version'],
  energy: ['pipelines', 'lng', 'swaps', 'swapFlows', 'sources', 'energySources', 'events'],
  basemap: ['places', 'labels'],
} as const satisfies Record<string, readonly GeodataFileId[]>;

/** A load unit: what one of the app's data resources loads at once. */
export type LoadUnit = keyof typeof LOAD_UNITS;

/** The parsed (not yet trusted) files of a load unit, by file id. */
export type UnitFiles<Unit extends LoadUnit> = Record<(typeof LOAD_UNITS)[Unit][number], unknown>;

/** Files that no load unit reads (the app does not need them) but `npm run check:geodata` validates. */
export const CHECKED_ONLY_FILES = ['basemapSources'] as const satisfies readonly GeodataFileId[];

/**
 * Old place ids still accepted, mapped to the current id (contracts §1). None yet; when an id is
 * replaced, its old id goes here (or into a geodata file listed above) and reaches the router and
 * the corridor data through `assembleCorridor`.
 */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {};
