import type { LineString, Point } from 'geojson';
import type { StatusEntry } from '../status-at';
import type { SegmentMode } from '../vocabulary/vocabulary';

/** What the router reads of a corridor node (a validated `CorridorNode` fits it). */
export interface RoutingNode {
  geometry: Point;
  properties: {
    id: string;
    name: string;
    /** Local names by language code (`en ru fa az kk tk hi`). */
    names?: Partial<Record<string, string>>;
    /** ISO 3166-1 alpha-2. */
    country: string;
    kind: string;
    /** A place's lasting status (ports, border stations); absent: operational. */
    status?: string | undefined;
    /** Dated statuses of the place (a closed port closes every leg at it on those days). */
    statusHistory?: readonly StatusEntry[] | undefined;
    /** Present where a sourced service moves cargo ship to ship here; elsewhere no transshipment. */
    transshipment?: { sources: readonly string[]; note: string } | undefined;
  };
}

/** What the router reads of a corridor segment (a validated `CorridorSegment` fits it). */
export interface RoutingSegment {
  geometry: LineString;
  properties: {
    id: string;
    from: string;
    to: string;
    mode: SegmentMode;
    vessel?: string | undefined;
    gaugeMillimetres?: number | undefined;
    traction?: string | undefined;
    branch: string;
    status: string;
    statusHistory: readonly StatusEntry[];
    expectedOpen?: number | undefined;
    publishedLengths: readonly { km: number; preferred?: boolean | undefined; outlier?: boolean | undefined }[];
    passages: readonly string[];
    /**
     * Ice or low water: `closedMonths` close the leg; `restrictedMonths` leave it open with the
     * sourced `effect` added to its figures in those months (contracts additive 1.1 §7).
     */
    seasonal?:
      | {
          closedMonths: readonly number[];
          restrictedMonths?: readonly number[] | undefined;
          effect?: SeasonalEffect | undefined;
          note: string;
          sources?: readonly string[] | undefined;
        }
      | undefined;
    /** ISO2 codes of every country the segment runs through, its ends included. */
    countries: readonly string[];
  };
}

/**
 * What a restricted season does to a leg that stays open, with its sources: extra days on each
 * passage and a cost per TEU or per tonne under the three assumption sets, a draught limit. A figure
 * the sources do not give is absent (the note says why).
 */
export interface SeasonalEffect {
  days?: AssumptionValues | undefined;
  usdPerTeu?: AssumptionValues | undefined;
  usdPerTonne?: AssumptionValues | undefined;
  draftMetres?: number | undefined;
  sources: readonly string[];
  note: string;
}

/** Which legs or transfers an assumption applies to; every given field must match. */
export interface AssumptionScope {
  mode?: string | undefined;
  vessel?: string | undefined;
  traction?: string | undefined;
  cargo?: string | undefined;
  node?: string | undefined;
  segment?: string | undefined;
  /** Segment ids of the services the value applies to. */
  service?: readonly string[] | undefined;
}

/** The three values of an assumption: optimistic gives the shortest, cheapest or cleanest result. */
export interface AssumptionValues {
  optimistic: number;
  central: number;
  pessimistic: number;
}

/**
 * The values an assumption may take (what an override is checked against), in its unit: from `min`
 * (excluded when `minExclusive`, e.g. a speed must be more than 0) to `max` inclusive.
 */
export interface AssumptionRange {
  min: number;
  max: number;
  minExclusive?: boolean | undefined;
}

/** An assumption's values with the range they, and any override of them, must lie in. */
export interface RangedAssumptionValues extends AssumptionValues {
  range: AssumptionRange;
  /** The unit, as the data names it. */
  unit: string;
}

/** One entry of `geodata/assumptions.json`, in the unit its `unit` names. */
export interface RoutingAssumption extends RangedAssumptionValues {
  key: string;
  appliesTo: AssumptionScope;
  label?: string | undefined;
  /** The bibliography ids the values come from; empty: an editorial estimate (no source). */
  sources?: readonly string[] | undefined;
}

/** The routing assumptions: the entries and the net tonnes per loaded TEU. */
export interface RoutingAssumptions {
  /** Net cargo tonnes per loaded TEU, used to turn per-tonne-km factors into per-TEU figures. */
  teuTonnes: RangedAssumptionValues;
  entries: readonly RoutingAssumption[];
}

/** A low–high range as reported by a source. */
interface ReportedRange {
  low: number;
  high: number;
}

/** A documented shipment, service, claim or study (`geodata/observations.json`). */
export interface RoutingObservation {
  id: string;
  kind: string;
  title: string;
  date: string;
  dateEnd?: string | undefined;
  /** Place ids along the observed route, in the order reported; may be empty. */
  route: readonly string[];
  routeDescription: string;
  /** A corridor branch, `corridor` (any branch) or an all-sea label. */
  branch: string;
  cargo: {
    kind: string | null;
    description: string;
    quantity?: number | undefined;
    unit?: string | undefined;
  };
  reported: {
    days?: ReportedRange | undefined;
    km?: number | undefined;
    costUsd?: (ReportedRange & { per?: string | undefined; year?: number | undefined }) | undefined;
    comparison?: string | undefined;
  };
  claimedBy: string;
  sources: readonly string[];
  note?: string | undefined;
  verified: boolean;
}
