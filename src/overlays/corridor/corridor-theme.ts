/**
 * Colours of the corridor overlay: one hue per mode (strong enough to read over the pale
 * basemap, and distinct in greyscale by lightness: rail darkest, road lightest), status by dash
 * pattern, the missing link in alarm red.
 */
export const corridorTheme = {
  modeColours: {
    rail: '#8c2d19',
    road: '#d08a1a',
    sea: '#1d5e99',
    river: '#178a85',
  },
  comparatorColour: '#6f5b8f',
  gapColour: '#d7191c',
  inactiveColour: '#8a8a8a',
  /** Restricted (open with reduced capacity or added risk): an orange dashed halo round the mode's line. */
  restrictedColour: '#e8590c',
  /** Event markers by group of kinds: harm in red, sanctions in purple, decisions in blue, nature and other in teal. */
  eventGroupColours: {
    harm: '#c0392b',
    sanctions: '#762a83',
    decision: '#2166ac',
    other: '#35978f',
  },

  casing: '#ffffff',
  hoverColour: '#111111',
  /** Segments in the comparison: a magenta halo, distinct from every mode colour and from the route. */
  comparedColour: '#c2185b',
  /** A branch a panel points at: a wide cyan halo under its lines. */
  branchHighlightColour: '#0097c7',
  /** A route a panel previews (an option card under the pointer): a wide violet band under the lines. */
  previewColour: '#6a4fd8',
  /** Branch names at overview zoom. */
  branchLabelColour: '#2b3a4a',
  nodeKindColours: {
    seaport: '#1d5e99',
    'river-port': '#178a85',
    'rail-hub': '#8c2d19',
    'border-crossing': '#111111',
    city: '#555555',
    'dry-port': '#b5651d',
  },
  /** Dash patterns, in line widths, by status group. */
  dashes: {
    operational: undefined,
    restricted: [4, 1],
    underConstruction: [3, 1.5],
    planned: [0.8, 1.6],
    inactive: [0.5, 2.5],
  },
} as const;

export type CorridorTheme = typeof corridorTheme;
