/**
 * The calm cartographic palette of the embedded basemap: pale sea, warm off-white land, thin grey
 * borders, dark grey text. Overlays (corridor, routes, energy) use saturated colours on top of it.
 */
export const basemapTheme = {
  sea: '#d4e4ee',
  land: '#f5f2ea',
  coastline: '#9db4c4',
  border: '#a39b8f',
  countryLabel: '#857a6d',
  waterLabel: '#4f7896',
  placeLabel: '#2f2f2f',
  placeLabelHalo: '#fbfaf6',
  placeDot: '#4a4a4a',
  capitalDot: '#1f1f1f',
  fontRegular: 'Noto Sans Regular',
} as const;

export type BasemapTheme = typeof basemapTheme;

/** The chosen route: a bright band under the overlays' own line colours, with a dark edge. */
export const routeTheme = {
  colour: '#ffcc00',
  casing: '#3d2b00',
} as const;
