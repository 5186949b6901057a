import type {
  CargoKind,
  ComparisonLabel,
  Criterion,
  ForcibleBranch,
  SegmentMode,
  TransferKind,
} from '../vocabulary/vocabulary';
import type { CodedNoRoute, OmittedRoute } from './route-reasons';
import type { RoutingObservation, SeasonalEffect } from './routing-input';
import type { ScenarioFlag } from './scenarios';

/** A costed step folded into a leg (central values). */
export interface TransferStep {
  kind: TransferKind;
  /** The place where it happens (for a border crossing: the place the leg leaves). */
  place: string;
  hours: number;
  usd: number;
  /** kg CO2e of the handling, per TEU or per tonne; 0 when `co2Assumption` is `null`. */
  co2Kg: number;
  /**
   * The assumption key the hours come from (`null` when none applies and the step counts 0 h, or
   * for a restriction step, whose figures come from the data's sourced effect: see `sources`).
   */
  assumption: string | null;
  /** The assumption key the cost comes from, when there is one. */
  costAssumption?: string | undefined;
  /**
   * The `co2.handling.` key the step's emissions come from; `null` when none applies: the step's
   * emissions are not modelled and count 0 kg (every step but a costed handling).
   */
  co2Assumption: string | null;
  /**
   * A `seasonal-restriction` or `event-restriction` step: the sources of its extra hours and cost
   * (the segment's `seasonal.effect` or the event's `effect`); absent on other steps.
   */
  sources?: string[] | undefined;
  /** A restriction step: what its figures mean, from the data. */
  note?: string | undefined;
  /** An `event-restriction` step: the event whose effect it is. */
  event?: string | undefined;
}

/** One leg of a route, in travel order; figures are central and include the leg's steps. */
export interface RouteLeg {
  segment: string;
  from: string;
  to: string;
  mode: SegmentMode;
  /** The length the leg's figures use: the preferred published length, else the drawn one (`lengthBasis`). */
  km: number;
  /** Which length `km` is (contracts §7). */
  lengthBasis: 'published' | 'drawn';
  /** The length of the drawn line on the map, kilometres (beside `km` when that is published). */
  drawnKm: number;
  days: number;
  /** USD per TEU (container) or per tonne (bulk). */
  usd: number;
  /** kg CO2e (well-to-wheel) per TEU or per tonne. */
  co2Kg: number;
  daysLow: number;
  daysHigh: number;
  usdLow: number;
  usdHigh: number;
  co2KgLow: number;
  co2KgHigh: number;
  branch: string;
  vessel?: string | undefined;
  gaugeMillimetres?: number | undefined;
  traction?: string | undefined;
  /** True when the leg runs against the drawn direction of its segment. */
  reversed: boolean;
  /** The segment's preferred published length in km, for reference (never summed in). */
  publishedKm?: number | undefined;
  /** Months in which ice or low water closes this leg (absent when none). */
  seasonalClosedMonths?: number[] | undefined;
  /**
   * Months in which ice or low water restricts this leg without closing it (absent when none); in
   * such a month the leg's figures include a `seasonal-restriction` step with the sourced effect.
   */
  seasonalRestrictedMonths?: number[] | undefined;
  /** The leg's segment or passages restricted on the route's day (contracts §7); absent when none. */
  restrictions?: LegRestriction[] | undefined;
  transfers: TransferStep[];
}

/** A restriction met on a leg on the route's day: the segment's own or a passage's. */
export interface LegRestriction {
  /** The segment id, or `passage:<id>`. */
  target: string;
  status: string;
  since: string;
  until: string | null;
  /** The event behind it, when the data names one. */
  event: string | null;
  /**
   * Whether the leg's figures include the event's sourced effect (an `event-restriction` step);
   * false when the event gives no figure (or the restriction names no event).
   */
  inFigures?: boolean | undefined;
}

/**
 * The best route had the dated events of the route's day not happened, when it differs: what it
 * would use that the events close, and its central figures (for "why this route").
 */
export interface EventDetour {
  /** The events that close the way (ids). */
  events: string[];
  /** The segments of that route the events close, and closed passages as `passage:<id>`. */
  closed: string[];
  km: number;
  days: number;
  usd: number;
}

/** The totals of contracts §6. Low/high: optimistic and pessimistic assumption sets (scenario bounds). */
interface RouteTotals {
  km: number;
  /** Sea and river legs only, nautical miles. */
  seaNauticalMiles: number;
  days: number;
  daysLow: number;
  daysHigh: number;
  usd: number;
  usdLow: number;
  usdHigh: number;
  co2Kg: number;
  co2KgLow: number;
  co2KgHigh: number;
  /** Legs whose two places are in different countries. */
  borderCrossings: number;
  /** Changes between 1520 mm and 1435 mm track. */
  gaugeChanges: number;
  /**
   * Moves of the cargo from one vehicle to another at a place, gauge changes apart: port handling
   * (ship ↔ rail or road), ship-to-ship transshipments and rail–road transfers; the sum of
   * `portHandling`, `shipToShip` and `railRoad` of `RouteResult.transfersByKind`. The name is the
   * contract's (contracts §6), kept although it counts more than ship-to-ship moves.
   */
  transshipments: number;
}

/** How often a route changes vehicle, track or country, by kind. */
interface TransfersByKind {
  /** Ship ↔ rail or road at a port (`port-handling` steps). */
  portHandling: number;
  /** Ship → ship at a port (`transshipment` steps). */
  shipToShip: number;
  /** Rail ↔ road at a terminal (`rail-road-transfer` steps). */
  railRoad: number;
  /** Changes between 1520 mm and 1435 mm track (`gauge-change` steps); equals `totals.gaugeChanges`. */
  gaugeChanges: number;
  /** Legs whose two places are in different countries, by land or by sea; equals `totals.borderCrossings`. */
  borderCrossings: number;
}

/** An observation shown beside a route: attributed, never mixed into the computed figures. */
export interface MatchedObservation {
  id: string;
  kind: string;
  title: string;
  date: string;
  dateEnd?: string | undefined;
  claimedBy: string;
  branch: string;
  cargo: RoutingObservation['cargo'];
  reported: RoutingObservation['reported'];
  sources: readonly string[];
  verified: boolean;
  /** `same endpoints`: the observation runs between the route's two ends; else part of it. */
  match: 'same endpoints' | 'part of the route';
}

/** A seasonal limit met on a route: whether or not the route's month is one of its months. */
interface SeasonalLimit {
  segment: string;
  /** Months that close the segment (a route in one of them cannot use it). */
  closedMonths: number[];
  /** Months that restrict it without closing it (additive 1.1 §7). */
  restrictedMonths: number[];
  /** What a restricted month adds, with sources; absent when the data gives none. */
  effect?: SeasonalEffect | undefined;
  /** True when the route's month is a restricted month and the leg's figures include the effect. */
  inFigures: boolean;
  note: string;
  /** The sources of the seasonal limit. */
  sources: string[];
}

/** A computed route: contracts §6 fields plus additive ones. */
export interface RouteResult {
  from: string;
  to: string;
  via: string[];
  by: Criterion;
  cargo: CargoKind;
  scenario: ScenarioFlag[];
  year: number;
  /** The day the figures are for (contracts §7): the date asked, the year's last day, or the data's as-of date. */
  date: string;
  /** How the day was named: `date`, `year`, or `as-of` (no date given: the data's as-of date). */
  dateBasis: 'date' | 'year' | 'as-of';
  month: number | null;
  avoid: string[];
  modes: SegmentMode[] | null;
  branch: ForcibleBranch | null;
  dataVersion: string;
  /**
   * What `km` sums: `published-else-drawn` (each leg's preferred published length, else its drawn
   * length; each leg's `lengthBasis` says which). Results before data 2026.12 said `drawn`.
   */
  distanceBasis: 'drawn' | 'published-else-drawn';
  /** What Low and High mean. */
  bounds: string;
  totals: RouteTotals;
  /**
   * The counts of `totals` split by kind (additive; beside `totals`, whose keys contracts §6 fixes).
   */
  transfersByKind: TransfersByKind;
  legs: RouteLeg[];
  /** The segment branches the route uses, in travel order of first use. */
  branches: string[];
  seasonalLimits: SeasonalLimit[];
  observations: MatchedObservation[];
  /** Keys of `assumptionOverrides` that name no assumption; they were ignored. */
  ignoredAssumptionOverrides: string[];
  /** The route the day's events ruled out, when they changed the answer; else `null`. */
  eventDetour: EventDetour | null;
}

/** A route of a comparison. */
export interface ComparedRoute extends RouteResult {
  label: ComparisonLabel;
  /** For the all-sea comparators: how the sea leg is reached, e.g. `by land to st-petersburg`. */
  access: string | null;
}

/** Every branch joining two places and the all-sea comparators, side by side. */
export interface Comparison {
  from: string;
  to: string;
  by: Criterion;
  cargo: CargoKind;
  scenario: ScenarioFlag[];
  year: number;
  /** The day the figures are for (contracts §7). */
  date: string;
  dateBasis: 'date' | 'year' | 'as-of';
  month: number | null;
  avoid: string[];
  dataVersion: string;
  routes: ComparedRoute[];
  /** Labels not shown, and why (the English reason, and the same as a code with parameters). */
  omitted: OmittedRoute[];
}

/** An id the router does not know, with the closest known ids. */
export interface UnknownPlace {
  id: string;
  role: 'from' | 'to' | 'via';
  closest: string[];
}

/** Outcomes shared by `route` and `compare` when no route is computed. */
export type RoutingFailure =
  | { kind: 'unknown-place'; places: UnknownPlace[] }
  | NoRoute
  | { kind: 'invalid-query'; problems: string[] };

/** No route: why, and what closed the way (constraint ids and event ids, for panels to name and cite). */
type NoRoute = {
  kind: 'no-route';
  /** The English words (the CLI's); `code` and `parameters` say the same for the interface to word. */
  reason: string;
  closedBy?: { constraints: string[]; events: string[] } | undefined;
} & CodedNoRoute;

/** A routing answer for a valid query: the route, or why there is none. */
export type RouteAnswer = { kind: 'route'; route: RouteResult } | NoRoute;

/** The outcome of `router.route`. */
export type RouteOutcome = { kind: 'route'; route: RouteResult } | RoutingFailure;

/** The outcome of `router.compare`. */
export type ComparisonOutcome = { kind: 'comparison'; comparison: Comparison } | RoutingFailure;
