import { presentOfYear, statusAt, yearMoment } from '../status-at';
import { type ForcibleBranch, type SegmentMode, SHARED_BRANCHES } from '../vocabulary/vocabulary';
import type { RouteQuery } from './route-query';
import type { RoutingSegment } from './routing-input';
import { opensPlanned, SCENARIOS, type ScenarioFlag } from './scenarios';

/** A constraint of a query that can close a segment; the no-route explanation relaxes them one by one. */
export type RouteConstraint = 'year' | 'month' | ScenarioFlag | 'avoid' | 'modes' | 'branch' | 'all-sea';

/** The constraints a segment is checked against. */
export interface ClosureContext {
  year: number;
  /** The year the data describes; the status field is the truth for it. */
  currentYear: number;
  /** The what-if scenarios switched on. */
  scenarios: ReadonlySet<ScenarioFlag>;
  month: number | undefined;
  avoidCountries: ReadonlySet<string>;
  modes: ReadonlySet<SegmentMode> | undefined;
  branch: ForcibleBranch | undefined;
  /** Only land legs and the all-sea comparator through this passage (`suez` or `cape-of-good-hope`). */
  allSeaVia: 'suez' | 'cape-of-good-hope' | undefined;
  /** With `allSeaVia`: the two ports the all-sea leg must join (the ports nearest the two ends). */
  allSeaPorts?: readonly [string, string] | undefined;
}

/**
 * One constraint of a query: when it is on, which segments it closes, the context without it, and
 * the words that name it in a no-route answer. The router closes segments and explains a no-route
 * answer by iterating `ROUTE_CONSTRAINTS`, so a constraint is written in one place.
 */
interface RouteConstraintRule {
  readonly id: RouteConstraint;
  /** Whether the constraint restricts the network under `context` (only these are relaxed). */
  active(context: ClosureContext): boolean;
  /** Whether it closes `segment` under `context`. */
  closes(segment: RoutingSegment, context: ClosureContext): boolean;
  /** `context` with this constraint lifted. */
  relax(context: ClosureContext): ClosureContext;
  /** How a no-route answer names the constraint as set in `context`. */
  describe(context: ClosureContext): string;
}

/**
 * The year by which every planned segment's `expectedOpen` has come: relaxing the year constraint
 * asks for the network as planned at its fullest.
 */
const FULLY_BUILT_YEAR = 2100;

/** The flags of the scenarios that count the planned network as open. */
const PLANNED_FLAGS: readonly ScenarioFlag[] = SCENARIOS.flatMap((scenario) =>
  'opensPlanned' in scenario ? [scenario.flag] : [],
);

const SHARED_BRANCH_SET: ReadonlySet<string> = new Set(SHARED_BRANCHES);

function isOpen(status: string | undefined, planned: boolean): boolean {
  if (status === 'operational') return true;
  return planned && (status === 'under-construction' || status === 'planned');
}

const YEAR: RouteConstraintRule = {
  id: 'year',
  active: () => true,
  closes: (segment, context) =>
    !isOpen(
      statusAt(segment.properties, yearMoment(context.year), presentOfYear(context.currentYear)),
      opensPlanned(context.scenarios),
    ),
  relax: (context) => ({
    ...context,
    scenarios: new Set([...context.scenarios, ...PLANNED_FLAGS]),
    year: Math.max(context.year, FULLY_BUILT_YEAR),
  }),
  describe: (context) =>
    opensPlanned(context.scenarios)
      ? `the network of ${context.year}`
      : `the network as open in ${context.year} (try the planned scenario or a later year)`,
};

const MONTH: RouteConstraintRule = {
  id: 'month',
  active: (context) => context.month !== undefined,
  closes: (segment, context) =>
    context.month !== undefined && segment.properties.seasonal?.closedMonths.includes(context.month) === true,
  relax: (context) => ({ ...context, month: undefined }),
  describe: (context) => `month=${context.month} (seasonal closures)`,
};

/** The constraint of a scenario that closes passages: every segment through one of them. */
function passageClosure(flag: ScenarioFlag, passages: readonly string[]): RouteConstraintRule {
  return {
    id: flag,
    active: (context) => context.scenarios.has(flag),
    closes: (segment, context) =>
      context.scenarios.has(flag) && segment.properties.passages.some((passage) => passages.includes(passage)),
    relax: (context) => ({ ...context, scenarios: new Set([...context.scenarios].filter((other) => other !== flag)) }),
    describe: () => flag,
  };
}

const AVOID: RouteConstraintRule = {
  id: 'avoid',
  active: (context) => context.avoidCountries.size > 0,
  closes: (segment, context) => segment.properties.countries.some((country) => context.avoidCountries.has(country)),
  relax: (context) => ({ ...context, avoidCountries: new Set() }),
  describe: (context) => `avoid=${[...context.avoidCountries].join(',')}`,
};

const MODES: RouteConstraintRule = {
  id: 'modes',
  active: (context) => context.modes !== undefined,
  closes: (segment, context) => context.modes !== undefined && !context.modes.has(segment.properties.mode),
  relax: (context) => ({ ...context, modes: undefined }),
  describe: (context) => `modes=${[...(context.modes ?? [])].join(',')}`,
};

const BRANCH: RouteConstraintRule = {
  id: 'branch',
  active: (context) => context.branch !== undefined,
  closes: (segment, context) =>
    context.branch !== undefined &&
    segment.properties.branch !== context.branch &&
    !SHARED_BRANCH_SET.has(segment.properties.branch),
  relax: (context) => ({ ...context, branch: undefined }),
  describe: (context) => `branch=${context.branch}`,
};

const ALL_SEA: RouteConstraintRule = {
  id: 'all-sea',
  active: (context) => context.allSeaVia !== undefined,
  closes: (segment, context) => {
    if (!context.allSeaVia) return false;
    const { mode, branch, passages, from, to } = segment.properties;
    const landLeg = mode === 'rail' || mode === 'road';
    const ports = context.allSeaPorts;
    const comparator =
      branch === 'comparator' &&
      passages.includes(context.allSeaVia) &&
      (ports === undefined || (ports.includes(from) && ports.includes(to) && from !== to));
    return !landLeg && !comparator;
  },
  relax: (context) => ({ ...context, allSeaVia: undefined, allSeaPorts: undefined }),
  describe: () => 'the all-sea comparator (land legs and one all-sea leg only)',
};

/**
 * Every constraint of a query, in the order a no-route answer lists them: the year (with the
 * planned scenarios), the month, each scenario of `SCENARIOS` that closes passages (so a new such
 * scenario needs no code here), avoided countries, modes, the forced branch and the all-sea
 * comparator.
 */
export const ROUTE_CONSTRAINTS: readonly RouteConstraintRule[] = [
  YEAR,
  MONTH,
  ...SCENARIOS.flatMap((scenario) =>
    'closesPassages' in scenario ? [passageClosure(scenario.flag, scenario.closesPassages)] : [],
  ),
  AVOID,
  MODES,
  BRANCH,
  ALL_SEA,
];

/** The closure context of a query: its scenario, modes and branch; the year defaults to `currentYear`. */
export function closureContextOf(query: RouteQuery, currentYear: number): ClosureContext {
  const { scenario } = query;
  return {
    year: scenario.year ?? currentYear,
    currentYear,
    scenarios: new Set(scenario.flags ?? []),
    month: scenario.month,
    avoidCountries: new Set((scenario.avoidCountries ?? []).map((country) => country.toUpperCase())),
    modes: query.modes && query.modes.length > 0 ? new Set(query.modes) : undefined,
    branch: query.branch,
    allSeaVia: undefined,
  };
}
