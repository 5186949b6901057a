import { KILOMETERS_PER_NAUTICAL_MILE } from './great-circle';
import type { SegmentMode, VesselClass } from './vocabulary/vocabulary';
import { MODE_LABELS, VESSEL_LABELS } from './vocabulary/vocabulary-labels';

/** What a segment row reads of a corridor segment feature (a validated `CorridorSegment` fits it). */
export interface SegmentRowInput {
  properties: {
    id: string;
    name: string;
    from: string;
    to: string;
    mode: string;
    vessel?: string | undefined;
    gaugeMillimetres?: number | undefined;
    traction?: string | undefined;
    branch: string;
    status: string;
    statusHistory: readonly { status: string; since: string; sources: readonly string[] }[];
    expectedOpen?: number | undefined;
    gap?: boolean | undefined;
    publishedLengths: readonly {
      km: number;
      sources: readonly string[];
      preferred?: boolean | undefined;
      outlier?: boolean | undefined;
    }[];
    capacity: readonly {
      value: number;
      unit: string;
      basis: string;
      year: number | null;
      sources: readonly string[];
    }[];
    passages: readonly string[];
    seasonal?:
      | {
          closedMonths: readonly number[];
          restrictedMonths?: readonly number[] | undefined;
          note: string;
          sources: readonly string[];
        }
      | undefined;
    /** ISO 3166-1 alpha-2 codes. */
    countries: readonly string[];
    note?: string | undefined;
    lengthNote?: string | undefined;
    sources: readonly string[];
    /** Date the facts were last checked, `YYYY-MM-DD`. */
    asOf: string;
    precision: string;
    verified: boolean;
  };
}

/** A published length other than the preferred one. */
interface OtherPublishedLength {
  /** Kilometres, as printed in the sources. */
  km: number;
  /** Source ids. */
  sources: string[];
  /** Flagged as an outlier in the data. */
  outlier: boolean;
}

/** A capacity figure as shown in tables. */
export interface CapacityFigure {
  value: number;
  /** The unit of `value`, as the source gives it (e.g. `Mt/yr`, `train pairs/day`). */
  unit: string;
  /** `design`, `current` or `target`. */
  basis: string;
  /** The year the figure refers to, `null` where the source gives none. */
  year: number | null;
}

/** One corridor segment as a flat row for the comparison and network tables and the exports. */
export interface SegmentRow {
  id: string;
  name: string;
  from: string;
  to: string;
  branch: string;
  mode: string;
  vessel?: string | undefined;
  gaugeMillimetres?: number | undefined;
  traction?: string | undefined;
  status: string;
  /** When the current status began (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), where a dated source gives it. */
  statusSince?: string | undefined;
  /** Year a segment that is not open is expected to open. */
  expectedOpen?: number | undefined;
  /** `true` only on the missing link. */
  gap: boolean;
  /** Drawn length (haversine along the line), kilometres. */
  computedKilometers: number;
  /** Drawn length in nautical miles, for sea and river legs only. */
  computedNauticalMiles?: number | undefined;
  /** The preferred published length, kilometres. */
  preferredPublishedKilometers?: number | undefined;
  /** Source ids of the preferred published length (`[]` when there is none). */
  preferredPublishedSources: string[];
  /** Every other published length, in the order of the data. */
  otherPublishedLengths: OtherPublishedLength[];
  capacities: CapacityFigure[];
  /** Months (1–12) in which ice or low water closes the leg, in the order of the data. */
  seasonalClosedMonths: number[];
  /** Months (1–12) in which ice or low water restricts the leg without closing it, in the order of the data. */
  seasonalRestrictedMonths: number[];
  /** What the seasonal limit is (closure or restriction). */
  seasonalNote?: string | undefined;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  passages: string[];
  precision: string;
  verified: boolean;
  /** Date the facts were last checked, `YYYY-MM-DD`. */
  asOf: string;
  note?: string | undefined;
  lengthNote?: string | undefined;
  /** Distinct source ids cited anywhere in the feature, in order of first citation. */
  sourceIds: string[];
  /** `sourceIds.length`. */
  sourceCount: number;
}

/** The modes whose lengths are also given in nautical miles. */
const WATER_MODES: ReadonlySet<string> = new Set(['sea', 'river']);

function latestSince(properties: SegmentRowInput['properties']): string | undefined {
  let latest: string | undefined;
  for (const entry of properties.statusHistory) {
    // "YYYY" < "YYYY-MM" < "YYYY-MM-DD" of the same year, so text order is date order here.
    if (entry.status === properties.status && (latest === undefined || entry.since >= latest)) latest = entry.since;
  }
  return latest;
}

function citedSourceIds(properties: SegmentRowInput['properties']): string[] {
  const lists = [
    properties.sources,
    ...properties.statusHistory.map((entry) => entry.sources),
    ...properties.publishedLengths.map((length) => length.sources),
    ...properties.capacity.map((figure) => figure.sources),
    properties.seasonal?.sources ?? [],
  ];
  return [...new Set(lists.flat())];
}

/**
 * Flattens a corridor segment into a table row: published figures beside the computed (drawn)
 * length, never mixed with it. `drawnKilometers` is the drawn length the app shows (haversine along
 * the line, kilometres); sea and river legs also get it in nautical miles (1 nm = 1.852 km).
 */
export function segmentRow(segment: SegmentRowInput, drawnKilometers: number): SegmentRow {
  const { properties } = segment;
  const preferred = properties.publishedLengths.find((length) => length.preferred === true);
  const sourceIds = citedSourceIds(properties);
  return {
    id: properties.id,
    name: properties.name,
    from: properties.from,
    to: properties.to,
    branch: properties.branch,
    mode: properties.mode,
    vessel: properties.vessel,
    gaugeMillimetres: properties.gaugeMillimetres,
    traction: properties.traction,
    status: properties.status,
    statusSince: latestSince(properties),
    expectedOpen: properties.expectedOpen,
    gap: properties.gap === true,
    computedKilometers: drawnKilometers,
    computedNauticalMiles: WATER_MODES.has(properties.mode)
      ? drawnKilometers / KILOMETERS_PER_NAUTICAL_MILE
      : undefined,
    preferredPublishedKilometers: preferred?.km,
    preferredPublishedSources: [...(preferred?.sources ?? [])],
    otherPublishedLengths: properties.publishedLengths
      .filter((length) => length !== preferred)
      .map((length) => ({ km: length.km, sources: [...length.sources], outlier: length.outlier === true })),
    capacities: properties.capacity.map(({ value, unit, basis, year }) => ({ value, unit, basis, year })),
    seasonalClosedMonths: [...(properties.seasonal?.closedMonths ?? [])],
    seasonalRestrictedMonths: [...(properties.seasonal?.restrictedMonths ?? [])],
    seasonalNote: properties.seasonal?.note,
    countries: [...properties.countries],
    passages: [...properties.passages],
    precision: properties.precision,
    verified: properties.verified,
    asOf: properties.asOf,
    note: properties.note,
    lengthNote: properties.lengthNote,
    sourceIds,
    sourceCount: sourceIds.length,
  };
}

/**
 * Capacity figures as short text, e.g. `6 Mt/yr (design); 4.7 Mt/yr (target, 2026)`: value and unit
 * as the source gives them, then the basis and, where known, the year. Empty for no figures.
 */
export function describeCapacity(capacities: readonly CapacityFigure[]): string {
  return capacities
    .map(({ value, unit, basis, year }) => `${value} ${unit} (${year === null ? basis : `${basis}, ${year}`})`)
    .join('; ');
}

/**
 * The mode's name with what qualifies it: the vessel class of a sea or river leg (`Sea (Caspian
 * river–sea)`), the gauge in millimetres and the traction of a rail leg (`Rail (1520 mm, electric)`),
 * or the mode alone (`Road`).
 */
export function describeMode(
  row: Pick<SegmentRow, 'mode'> & Partial<Pick<SegmentRow, 'vessel' | 'gaugeMillimetres' | 'traction'>>,
): string {
  const qualifiers = [
    row.vessel === undefined
      ? undefined
      : (VESSEL_LABELS[row.vessel as VesselClass] ?? row.vessel.replaceAll('-', ' ')),
    row.gaugeMillimetres === undefined ? undefined : `${row.gaugeMillimetres} mm`,
    row.traction,
  ].filter((qualifier) => qualifier !== undefined);
  const mode = MODE_LABELS[row.mode as SegmentMode] ?? row.mode;
  return qualifiers.length === 0 ? mode : `${mode} (${qualifiers.join(', ')})`;
}
