import type {
  CapacityBasis,
  CargoKind,
  ComparisonLabel,
  CorridorBranch,
  Criterion,
  EnergyStatus,
  EventEffectType,
  EventKind,
  NodeKind,
  Precision,
  SegmentMode,
  SegmentStatus,
  TransferKind,
  VesselClass,
} from './vocabulary';

/**
 * The English words shown for each value of the vocabularies, in one place (the seed of the
 * interface's message catalogue). The CLI uses them too.
 */

/** Names of the branches for the legend and panels. */
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
 * Names of the branches as they read inside a sentence ("3 legs on the Russian network and the
 * Western branch"), never the ids.
 */
export const BRANCH_PHRASES: Record<CorridorBranch, string> = {
  russia: 'the Russian network',
  western: 'the Western branch',
  'trans-caspian': 'the Trans-Caspian branch',
  eastern: 'the Eastern branch',
  iran: 'the Iranian network',
  'indian-ocean': 'the Iran–India sea legs',
  comparator: 'the all-sea route',
};

/** Short names of the branches for table cells and filters. */
export const BRANCH_SHORT_LABELS: Record<CorridorBranch, string> = {
  russia: 'Russia',
  western: 'Western',
  'trans-caspian': 'Trans-Caspian',
  eastern: 'Eastern',
  iran: 'Iran',
  'indian-ocean': 'Indian Ocean',
  comparator: 'All-sea comparator',
};

/** Names of a comparison's routes. */
export const COMPARISON_ROUTE_LABELS: Record<ComparisonLabel, string> = {
  western: 'Western (via Azerbaijan)',
  'trans-caspian': 'Trans-Caspian (by sea)',
  eastern: 'Eastern (via Kazakhstan, Turkmenistan)',
  'all-sea-suez': 'All sea via Suez',
  'all-sea-cape': 'All sea via the Cape',
};

/** Names of the modes. */
export const MODE_LABELS: Record<SegmentMode, string> = {
  rail: 'Rail',
  road: 'Road',
  sea: 'Sea',
  river: 'River / canal',
};

/** Names of the node kinds. */
export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  seaport: 'Seaport',
  'river-port': 'River port',
  'rail-hub': 'Rail hub',
  'border-crossing': 'Border crossing',
  city: 'City',
  'dry-port': 'Dry port',
};

/** Names of the vessel classes, as they read inside a sentence. */
export const VESSEL_LABELS: Record<VesselClass, string> = {
  'deep-sea-container': 'deep-sea container',
  feeder: 'feeder',
  'caspian-river-sea': 'Caspian river–sea',
  'rail-ferry': 'rail ferry',
};

/** Names of the segment statuses, capitalised (table cells, headings). */
export const SEGMENT_STATUS_LABELS: Record<SegmentStatus, string> = {
  operational: 'Operational',
  restricted: 'Restricted',
  'under-construction': 'Under construction',
  planned: 'Planned',
  proposed: 'Proposed',
  suspended: 'Suspended',
  closed: 'Closed',
};

/** Names of the energy statuses, capitalised (table cells, headings). */
export const ENERGY_STATUS_SHORT_LABELS: Record<EnergyStatus, string> = {
  operational: 'Operational',
  restricted: 'Restricted',
  'under-construction': 'Under construction',
  planned: 'Planned',
  proposed: 'Proposed',
  mou: 'Memorandum only (MoU)',
  suspended: 'Suspended',
  idle: 'Idle',
  shelved: 'Shelved',
  cancelled: 'Cancelled',
  closed: 'Closed',
};

/** Names of the energy statuses, as they read inside a sentence. */
export const ENERGY_STATUS_LABELS: Record<EnergyStatus, string> = {
  operational: 'operational',
  restricted: 'restricted (open with reduced capacity or added risk)',
  'under-construction': 'under construction',
  planned: 'planned',
  proposed: 'proposed',
  mou: 'memorandum only (MoU)',
  suspended: 'suspended',
  idle: 'idle',
  shelved: 'shelved',
  cancelled: 'cancelled',
  closed: 'closed',
};

/** Names of the route criteria. */
export const CRITERION_LABELS: Record<Criterion, string> = {
  distance: 'Distance',
  time: 'Time',
  cost: 'Cost',
  co2: 'CO₂e',
};

/** Names of the cargo kinds, with the unit their figures are per. */
export const CARGO_LABELS: Record<CargoKind, string> = {
  container: 'Container (per TEU)',
  bulk: 'Bulk (per tonne)',
};

/** The unit a cargo kind's figures are per, as it reads after a figure. */
export const CARGO_UNIT_LABELS: Record<CargoKind, string> = {
  container: 'per TEU',
  bulk: 'per tonne',
};

/** Names of the precision classes. */
export const PRECISION_LABELS: Record<Precision, string> = {
  surveyed: 'surveyed',
  traced: 'traced',
  approximate: 'approximate',
};

/** Names of the capacity bases. */
export const CAPACITY_BASIS_LABELS: Record<CapacityBasis, string> = {
  design: 'design',
  current: 'current',
  target: 'target',
};

/** Names of the languages of the data's local names, with their writing direction. */
export const NAME_LANGUAGE_LABELS: Record<string, { label: string; direction?: 'rtl' }> = {
  en: { label: 'English' },
  ru: { label: 'Russian' },
  fa: { label: 'Persian', direction: 'rtl' },
  az: { label: 'Azerbaijani' },
  kk: { label: 'Kazakh' },
  tk: { label: 'Turkmen' },
  hi: { label: 'Hindi' },
  ar: { label: 'Arabic', direction: 'rtl' },
  ur: { label: 'Urdu', direction: 'rtl' },
  tr: { label: 'Turkish' },
  uk: { label: 'Ukrainian' },
  ka: { label: 'Georgian' },
  hy: { label: 'Armenian' },
};

/** Names of the months, January first. */
export const MONTH_LABELS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Names of the steps folded into a leg, as they read inside a sentence. */
export const TRANSFER_LABELS: Record<TransferKind, string> = {
  'port-handling': 'port handling',
  transshipment: 'transshipment',
  'gauge-change': 'gauge change',
  'rail-road-transfer': 'rail–road transfer',
  'border-crossing': 'border crossing',
  customs: 'customs',
  'service-wait': 'wait for sailing',
  'seasonal-restriction': 'winter restriction',
  'event-restriction': 'event restriction',
};

/** Names of the event kinds (contracts §7), as they read inside a sentence. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  strike: 'strike',
  closure: 'closure',
  blockade: 'blockade',
  sanctions: 'sanctions',
  accident: 'accident',
  agreement: 'agreement',
  opening: 'opening',
  construction: 'construction',
  weather: 'weather or water level',
  other: 'other',
};

/** What an event does while in force, as it reads inside a sentence. */
export const EVENT_EFFECT_LABELS: Record<EventEffectType, string> = {
  closes: 'closes what it affects',
  restricts: 'restricts what it affects (open with reduced capacity or added risk)',
  none: 'no direct effect on traffic',
};
