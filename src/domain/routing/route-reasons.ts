import type { ComparisonLabel } from '../vocabulary/vocabulary';
import type { ClosureContext } from './route-constraints';
import type { ScenarioFlag } from './scenarios';

/**
 * Why the router has no route, and why the comparison leaves a route out, as codes with parameters
 * (issue 16 §2): the interface words each code in the reader's language (`src/i18n/route-reason-messages.ts`);
 * the English `reason` beside it stays the CLI's words. Parameters are ids (places, segments, events,
 * branches), ISO country codes, months, days and constraint ids, never words.
 */

/** A constraint of the query, as set, with what a sentence naming it needs. */
export type ConstraintFacts =
  | { constraint: 'year'; day: string; basis: ClosureContext['momentBasis']; planned: boolean }
  | { constraint: 'events'; day: string; basis: ClosureContext['momentBasis']; events: string[] }
  | { constraint: 'month'; month: number }
  | { constraint: 'scenario'; flag: ScenarioFlag }
  | { constraint: 'avoid'; countries: string[] }
  | { constraint: 'modes'; modes: string[] }
  | { constraint: 'branch'; branch: string }
  | { constraint: 'all-sea' };

/** The two places asked about and the via places, as ids. */
interface Between {
  from: string;
  to: string;
  via: string[];
}

/** Why a query has no route. */
export type NoRouteReason =
  | {
      /** A stop lies in a country the query avoids. */
      code: 'stop-in-avoided-country';
      parameters: Between & { stops: { place: string; country: string }[]; avoid: string[] };
    }
  | {
      /** Each cause, lifted alone, gives a route (`through`: the closed segments that route uses). */
      code: 'removed-by-constraints';
      parameters: Between & { causes: { constraint: ConstraintFacts; through: string[] }[] };
    }
  | {
      /** The network does not join the places under the constraints together, and no one of them alone is to blame. */
      code: 'not-joined';
      parameters: Between & { under: ConstraintFacts[] };
    }
  | {
      /** The comparison: no corridor branch joins the two places (each label's reason in `omitted`). */
      code: 'no-branch-joins';
      parameters: { from: string; to: string; omitted: OmittedRoute[] };
    };

/** Why the comparison leaves a route out. */
export type OmittedReason =
  | NoRouteReason
  | { code: 'branch-unused'; parameters: { branch: string } }
  | { code: 'no-all-sea-ports'; parameters: { passage: 'suez' | 'cape-of-good-hope' } }
  | { code: 'no-all-sea-leg'; parameters: { passage: 'suez' | 'cape-of-good-hope' } }
  | { code: 'beside-branch-only'; parameters: Record<string, never> };

/** No code (a reason from elsewhere, e.g. an older router or a test's stand-in): the English `reason` alone. */
type Uncoded = { code?: undefined; parameters?: undefined };

/** A route the comparison leaves out: its label, the English reason, and the reason's code and parameters. */
export type OmittedRoute = { label: ComparisonLabel; reason: string } & (OmittedReason | Uncoded);

/** The English reason with its code, when it has one. */
export type CodedNoRoute = NoRouteReason | Uncoded;
