/**
 * The closed vocabularies of the explorer, each declared once (contracts §1–§4). Schemas
 * (`z.enum(...)`), the router, the link parser, the CLI and the panels read these lists; types
 * are derived from them. Labels (the words shown for each value) live in `vocabulary-labels.ts`.
 */

/** Node kinds (contracts §2). */
export const NODE_KINDS = ['seaport', 'river-port', 'rail-hub', 'border-crossing', 'city', 'dry-port'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Transport modes of a segment (contracts §2). */
export const SEGMENT_MODES = ['rail', 'road', 'sea', 'river'] as const;
export type SegmentMode = (typeof SEGMENT_MODES)[number];

/** Vessel classes of sea and river legs (contracts §2). */
export const VESSEL_CLASSES = ['deep-sea-container', 'feeder', 'caspian-river-sea', 'rail-ferry'] as const;
export type VesselClass = (typeof VESSEL_CLASSES)[number];

/** Traction of rail legs (contracts §2). */
export const TRACTIONS = ['electric', 'diesel', 'mixed'] as const;

/**
 * Every branch a segment belongs to (contracts §2), in the order the legend lists them;
 * `comparator` marks the all-sea routes the corridor is compared with.
 */
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

/** The branches a route can be forced through or compared on (`--branch`, the comparison). */
export const FORCIBLE_BRANCHES = ['western', 'trans-caspian', 'eastern'] as const;
export type ForcibleBranch = (typeof FORCIBLE_BRANCHES)[number];

/** Branches open to every forced branch: the national networks and the Indian Ocean legs. */
export const SHARED_BRANCHES = ['russia', 'iran', 'indian-ocean'] as const satisfies readonly CorridorBranch[];

/** The all-sea comparators of a comparison (contracts §6). */
const ALL_SEA_LABELS = ['all-sea-suez', 'all-sea-cape'] as const;

/** The labels of a comparison's routes (contracts §6): the forcible branches, then the all-sea routes. */
const COMPARISON_LABELS = [...FORCIBLE_BRANCHES, ...ALL_SEA_LABELS] as const;
export type ComparisonLabel = (typeof COMPARISON_LABELS)[number];

/**
 * Segment statuses (contracts §2, and §7: `restricted` is open with reduced capacity or added risk,
 * slower, dearer or riskier, with the effect stated and sourced).
 */
export const SEGMENT_STATUSES = [
  'operational',
  'restricted',
  'under-construction',
  'planned',
  'proposed',
  'suspended',
  'closed',
] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/**
 * The energy overlays' statuses (geodata/energy/README.md): the segment statuses extended with
 * `mou`, `idle`, `shelved` and `cancelled`.
 */
export const ENERGY_STATUSES = [
  'operational',
  'restricted',
  'under-construction',
  'planned',
  'proposed',
  'mou',
  'suspended',
  'idle',
  'shelved',
  'cancelled',
  'closed',
] as const;
export type EnergyStatus = (typeof ENERGY_STATUSES)[number];

/** The statuses in which a segment or passage carries traffic (a restricted one with its stated effect). */
export const OPEN_STATUSES = ['operational', 'restricted'] as const satisfies readonly SegmentStatus[];

/** The kinds of a corridor event (contracts §7). */
export const EVENT_KINDS = [
  'strike',
  'closure',
  'blockade',
  'sanctions',
  'accident',
  'agreement',
  'opening',
  'construction',
  'weather',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What an event does to what it affects while it is in force (contracts §7). */
export const EVENT_EFFECT_TYPES = ['closes', 'restricts', 'none'] as const;
export type EventEffectType = (typeof EVENT_EFFECT_TYPES)[number];

/** Passage ids: straits, canals and capes a sea or river leg can pass (contracts §2). */
export const PASSAGE_IDS = [
  'hormuz',
  'bab-el-mandeb',
  'suez',
  'gibraltar',
  'english-channel',
  'danish-straits',
  'turkish-straits',
  'kerch',
  'volga-caspian-canal',
  'volga-don-canal',
  'cape-of-good-hope',
  'malacca',
] as const;
export type PassageId = (typeof PASSAGE_IDS)[number];

/** How a feature's position was obtained (contracts §2). */
export const PRECISIONS = ['surveyed', 'traced', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Languages of node names in the data (contracts §2). */
export const NAME_LANGUAGES = ['en', 'ru', 'fa', 'az', 'kk', 'tk', 'hi'] as const;

/** Bases of a capacity figure (contracts §2). */
export const CAPACITY_BASES = ['design', 'current', 'target'] as const;
export type CapacityBasis = (typeof CAPACITY_BASES)[number];

/** What a route is optimised for (contracts §4 `by`): km, days, USD or kg CO2e. */
export const CRITERIA = ['distance', 'time', 'cost', 'co2'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Cargo kinds (contracts §3): `container` figures per TEU, `bulk` per tonne. */
export const CARGO_KINDS = ['container', 'bulk'] as const;
export type CargoKind = (typeof CARGO_KINDS)[number];

/**
 * The years a scenario may ask for (`year=`, `--year`, the year inputs): the network's history
 * starts in the 1990s and the plans reach the 2040s.
 */
export const SCENARIO_YEAR_RANGE = { minimum: 1990, maximum: 2060 } as const;

/** Months of the year, 1..12, for the seasonal scenario (`month=`, `--month`). */
export const MONTH_RANGE = { minimum: 1, maximum: 12 } as const;

/**
 * The most places a route question names, from and to included (`route=` in links, where a longer
 * list is cut; `FROM TO --via` in the CLI, where it is refused).
 */
export const ROUTE_PLACE_LIMIT = 12;

/**
 * The kinds of step folded into a route leg: transfers at a place, the waits of a segment, and the
 * sourced effect of a restricted season or of a restricting event in force (extra days and cost).
 */
const TRANSFER_KINDS = [
  'port-handling',
  'transshipment',
  'gauge-change',
  'rail-road-transfer',
  'border-crossing',
  'customs',
  'service-wait',
  'seasonal-restriction',
  'event-restriction',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/**
 * The interface languages (`lang=`, contracts §7), as BCP 47 primary language subtags; English
 * first, the language a link without `lang` falls back to when the reader's browser prefers none
 * of the others.
 */
export const LANGUAGES = ['en', 'ru', 'fa', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];
