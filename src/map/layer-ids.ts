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
