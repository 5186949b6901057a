import type { CargoKind, Criterion, ForcibleBranch, SegmentMode } from '../vocabulary/vocabulary';
import type { ScenarioFlag } from './scenarios';

/** The scenarios of contracts §3. Every field is optional; absent means "as the data says today". */
interface RouteScenario {
  /** The network as open on that day (`YYYY-MM-DD`, contracts §7); wins over `year`. */
  date?: string | undefined;
  /** The network as open on the last day of that year; default: the data's as-of date. */
  year?: number | undefined;
  /**
   * 1..12: segments whose `seasonal.closedMonths` include it are closed; those whose
   * `seasonal.restrictedMonths` include it stay open with their sourced `seasonal.effect` added.
   */
  month?: number | undefined;
  /** The what-if scenarios switched on (`SCENARIOS`): `planned`, `redsea-closed`, `hormuz-closed`. */
  flags?: readonly ScenarioFlag[] | undefined;
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
  branch?: ForcibleBranch | undefined;
  /** Replaces the central value of an assumption key (absolute, in the key's unit). */
  assumptionOverrides?: Readonly<Record<string, number>> | undefined;
}
