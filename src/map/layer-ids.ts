/** Source and layer ids of the map, in one place so that the style and the map component agree. */
export const SOURCE_IDS = {
  land: 'basemap-land',
  borders: 'basemap-borders',
  coastlines: 'basemap-coastlines',
  places: 'basemap-places',
  labels: 'basemap-labels',
} as const;

export const LAYER_IDS = {
  background: 'basemap-sea',
  land: 'basemap-land-fill',
  coastline: 'basemap-coastline',
  borders: 'basemap-borders',
  waterLabels: 'basemap-water-labels',
  countryLabels: 'basemap-country-labels',
  placeDots: 'basemap-place-dots',
  placeLabels: 'basemap-place-labels',
} as const;

/** Source ids of the corridor overlay. */
export const CORRIDOR_SOURCE_IDS = {
  segments: 'corridor-segments',
  nodes: 'corridor-nodes',
  gaugeBreaks: 'corridor-gauge-breaks',
} as const;

/** Layer ids of the corridor overlay (status-group line layers add `-<group>`). */
export const CORRIDOR_LAYER_IDS = {
  casing: 'corridor-casing',
  gap: 'corridor-gap',
  lines: 'corridor-lines',
  nodes: 'corridor-nodes',
  nodeLabels: 'corridor-node-labels',
  gaugeBreaks: 'corridor-gauge-breaks',
  gaugeBreakLabels: 'corridor-gauge-break-labels',
  gapLabel: 'corridor-gap-label',
} as const;

/** Source and layer ids of the chosen route, drawn over the network. */
export const ROUTE_SOURCE_ID = 'route-legs';
export const ROUTE_LAYER_IDS = { casing: 'route-casing', line: 'route-line' } as const;
