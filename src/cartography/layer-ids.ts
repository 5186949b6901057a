/** Source ids of the embedded basemap, in one place so that the style and the map controller agree. */
export const SOURCE_IDS = {
  land: 'basemap-land',
  borders: 'basemap-borders',
  coastlines: 'basemap-coastlines',
  places: 'basemap-places',
  labels: 'basemap-labels',
} as const;

/** Layer ids of the embedded basemap. */
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

/** Source id of the chosen route, drawn under the overlays' lines. */
export const ROUTE_SOURCE_ID = 'route-legs';
/** Layer ids of the chosen route. */
export const ROUTE_LAYER_IDS = { casing: 'route-casing', line: 'route-line' } as const;
