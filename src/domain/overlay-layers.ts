import { CORRIDOR_BRANCHES, type CorridorBranch } from './vocabulary/vocabulary';

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
