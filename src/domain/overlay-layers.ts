/** The corridor's branches (contracts §2), in the order the legend lists them. */
export const CORRIDOR_BRANCHES = [
  'russia',
  'western',
  'trans-caspian',
  'eastern',
  'iran',
  'indian-ocean',
  'comparator',
] as const;

export type CorridorBranch = (typeof CORRIDOR_BRANCHES)[number];

/** Plain-English names of the branches for the legend and panels. */
export const BRANCH_LABELS: Record<CorridorBranch, string> = {
  russia: 'Russia (feeder lines)',
  western: 'Western branch (via Azerbaijan)',
  'trans-caspian': 'Trans-Caspian (by sea)',
  eastern: 'Eastern branch (via Kazakhstan and Turkmenistan)',
  iran: 'Iran (north–south lines and roads)',
  'indian-ocean': 'Indian Ocean (Iran–India by sea)',
  comparator: 'All-sea comparators (Suez, Cape)',
};

/**
 * The id of a branch's overlay layer in links (`layers=corridor-western,…`). Later overlays
 * (energy) add their own ids to the same list.
 */
export function branchLayerId(branch: CorridorBranch): string {
  return `corridor-${branch}`;
}

/** The energy overlays (off unless a link or the legend turns them on). */
export const ENERGY_LAYERS = [
  { id: 'energy-gas-pipelines', label: 'Gas pipelines and flows' },
  { id: 'energy-oil-pipelines', label: 'Oil pipelines' },
  { id: 'energy-lng', label: 'LNG projects' },
  { id: 'energy-swaps', label: 'Gas and oil swaps' },
] as const;

/** Every overlay layer id this version knows; a link's `layers` may only name these. */
export const KNOWN_LAYER_IDS: readonly string[] = [
  ...CORRIDOR_BRANCHES.map(branchLayerId),
  ...ENERGY_LAYERS.map((layer) => layer.id),
];

/**
 * Layers visible when a link does not say (`layers` absent): the whole corridor, with the all-sea
 * comparators off (they are the comparison, not the corridor).
 */
export const DEFAULT_VISIBLE_LAYERS: readonly string[] = CORRIDOR_BRANCHES.filter(
  (branch) => branch !== 'comparator',
).map(branchLayerId);

/** The branches whose layers are in a list of visible layer ids. */
export function visibleBranches(visibleLayers: readonly string[]): CorridorBranch[] {
  return CORRIDOR_BRANCHES.filter((branch) => visibleLayers.includes(branchLayerId(branch)));
}
