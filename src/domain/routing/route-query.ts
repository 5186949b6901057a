import type { SegmentMode } from './routing-input';

/** What a route is optimised for: `distance` (km), `time` (days), `cost` (USD) or `co2` (kg CO2e). */
export type Criterion = 'distance' | 'time' | 'cost' | 'co2';

/** `container`: figures per TEU; `bulk`: figures per tonne (contracts §3). */
export type CargoKind = 'container' | 'bulk';

/** A branch that can be forced or compared (the all-sea routes are comparators, not branches). */
export type CorridorBranch = 'western' | 'trans-caspian' | 'eastern';

/** The scenario flags of contracts §3, as written in links and the CLI. */
export type ScenarioFlag = 'planned' | 'redsea-closed' | 'hormuz-closed';

/** The scenarios of contracts §3. Every field is optional; absent means "as the data says today". */
interface RouteScenario {
  /** The network as open in that year; default: the router's current year. */
  year?: number | undefined;
  /** 1..12: segments whose `seasonal.closedMonths` include it are closed. */
  month?: number | undefined;
  /** Under-construction and planned segments count as open. */
  planned?: boolean | undefined;
  /** No segment through `suez` or `bab-el-mandeb`. */
  redSeaClosed?: boolean | undefined;
  /** No segment through `hormuz`. */
  hormuzClosed?: boolean | undefined;
  /** ISO 3166-1 alpha-2 codes: no node in, and no segment through, these countries. */
  avoidCountries?: readonly string[] | undefined;
}

/** A routing question: from, to, optional via places, the criterion, the cargo and the constraints. */
export interface RouteQuery {
  from: string;
  to: string;
  /** Places to pass, in order; the shortest paths between them are concatenated. */
  via?: readonly string[] | undefined;
  by: Criterion;
  cargo: CargoKind;
  scenario: RouteScenario;
  /** Only segments of these modes. */
  modes?: readonly SegmentMode[] | undefined;
  /** Only segments of this branch plus the `russia`, `iran` and `indian-ocean` branches. */
  branch?: CorridorBranch | undefined;
  /** Replaces the central value of an assumption key (absolute, in the key's unit). */
  assumptionOverrides?: Readonly<Record<string, number>> | undefined;
}
