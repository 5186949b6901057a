import type {
  CargoKind,
  ComparisonLabel,
  CorridorBranch,
  Criterion,
  EnergyStatus,
  SegmentMode,
  SegmentStatus,
  TransferKind,
  VesselClass,
} from './vocabulary';

/**
 * The English words for the values of the vocabularies that the CLI, the machine exports' display
 * columns and the English-only domain texts use. The interface words every vocabulary in the
 * language shown from its catalogues (`src/i18n/wording.ts`).
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

/** Names of the route criteria. */
export const CRITERION_LABELS: Record<Criterion, string> = {
  distance: 'Distance',
  time: 'Time',
  cost: 'Cost',
  co2: 'CO₂e',
};

/** The unit a cargo kind's figures are per, as it reads after a figure. */
export const CARGO_UNIT_LABELS: Record<CargoKind, string> = {
  container: 'per TEU',
  bulk: 'per tonne',
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
