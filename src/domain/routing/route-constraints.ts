import { statusAt, statusRecordAt, yearMoment } from '../status-at';
import {
  disruptedOn,
  isClosedRecord,
  type NetworkTimeline,
  passageRecordAt,
  placeRecordAt,
  withoutDisruptions,
} from '../timeline/network-timeline';
import { type ForcibleBranch, OPEN_STATUSES, type SegmentMode, SHARED_BRANCHES } from '../vocabulary/vocabulary';
import type { RouteQuery } from './route-query';
import type { RoutingSegment } from './routing-input';
import { opensPlanned, SCENARIOS, type ScenarioFlag } from './scenarios';

/** A constraint of a query that can close a segment; the no-route explanation relaxes them one by one. */
export type RouteConstraint = 'year' | 'events' | 'month' | ScenarioFlag | 'avoid' | 'modes' | 'branch' | 'all-sea';

/** How the query named its day: a `date`, a `year` (its last day) or nothing (the data's as-of date). */
type MomentBasis = 'date' | 'year' | 'as-of';

/** The constraints a segment is checked against. */
export interface ClosureContext {
  /** The day asked about (`YYYY-MM-DD`): events and passages are read on it. */
  moment: string;
  /** The day the built network is read on: `moment`, unless the year constraint is relaxed. */
  networkMoment: string;
  /** How the query named `moment`. */
  momentBasis: MomentBasis;
  /** Whether the dated disruptions (events, temporary statuses, passage closures) count. */
  events: boolean;
  /** The dataset's as-of date, events and passages (the same for every query of a router). */
  timeline: NetworkTimeline;
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
  /**
   * How a no-route answer names the constraint as set in `context`; `closedUsed` are the segments
   * it closes that the route found without it would use.
   */
  describe(context: ClosureContext, closedUsed: readonly RoutingSegment[]): string;
  /** The event ids behind the closure of `closedUsed` (the events constraint only). */
  events?(context: ClosureContext, closedUsed: readonly RoutingSegment[]): string[];
}

/**
 * The day by which every planned segment's `expectedOpen` has come: relaxing the year constraint
 * asks for the network as planned at its fullest (events are still read on the day asked).
 */
const FULLY_BUILT_DAY = yearMoment(2100);

/** The flags of the scenarios that count the planned network as open. */
const PLANNED_FLAGS: readonly ScenarioFlag[] = SCENARIOS.flatMap((scenario) =>
  'opensPlanned' in scenario ? [scenario.flag] : [],
);

const SHARED_BRANCH_SET: ReadonlySet<string> = new Set(SHARED_BRANCHES);

const OPEN: ReadonlySet<string> = new Set(OPEN_STATUSES);

function isOpen(status: string | undefined, planned: boolean): boolean {
  if (status !== undefined && OPEN.has(status)) return true;
  return planned && (status === 'under-construction' || status === 'planned');
}

function describeMoment(context: ClosureContext): string {
  if (context.momentBasis === 'year') return `in ${context.moment.slice(0, 4)}`;
  if (context.momentBasis === 'date') return `on ${context.moment}`;
  return `on ${context.moment} (the data's as-of date)`;
}

const YEAR: RouteConstraintRule = {
  id: 'year',
  active: () => true,
  closes: (segment, context) =>
    !isOpen(
      statusAt(withoutDisruptions(segment.properties), context.networkMoment, context.timeline.present),
      opensPlanned(context.scenarios),
    ),
  relax: (context) => ({
    ...context,
    scenarios: new Set([...context.scenarios, ...PLANNED_FLAGS]),
    networkMoment: FULLY_BUILT_DAY,
  }),
  describe: (context) =>
    opensPlanned(context.scenarios)
      ? `the network as built ${describeMoment(context)}`
      : `the network as built ${describeMoment(context)} (try the planned scenario or a later ${context.momentBasis === 'year' ? 'year' : 'date'})`,
};

/** The passages of `segment` closed on the context's day, with their records. */
function closedPassages(segment: RoutingSegment, context: ClosureContext) {
  return segment.properties.passages.flatMap((passage) => {
    const record = passageRecordAt(context.timeline, passage, context.moment);
    return isClosedRecord(record) && record ? [{ passage, record }] : [];
  });
}

/** The end places of `segment` closed on the context's day, with their records. */
function closedPlaces(segment: RoutingSegment, context: ClosureContext) {
  return [segment.properties.from, segment.properties.to].flatMap((place) => {
    const record = placeRecordAt(context.timeline, place, context.moment);
    return isClosedRecord(record) && record ? [{ place, record }] : [];
  });
}

/** Whether a dated disruption (not the network as built) closes `segment` on the context's day. */
function closedByDisruption(segment: RoutingSegment, context: ClosureContext): boolean {
  if (!context.events) return false;
  if (closedPassages(segment, context).length > 0 || closedPlaces(segment, context).length > 0) return true;
  return isClosedRecord(statusRecordAt(segment.properties, context.moment, context.timeline.present));
}

/** The event ids (or, without one, `passage:<id> since <day>` notes) behind the closures of `segments`. */
function disruptionCauses(context: ClosureContext, segments: readonly RoutingSegment[]) {
  const events = new Set<string>();
  const undated = new Set<string>();
  for (const segment of segments) {
    const own = statusRecordAt(segment.properties, context.moment, context.timeline.present);
    const records = [
      ...(isClosedRecord(own) && own ? [{ target: segment.properties.id, record: own }] : []),
      ...closedPassages(segment, context).map(({ passage, record }) => ({ target: `passage ${passage}`, record })),
      ...closedPlaces(segment, context).map(({ place, record }) => ({ target: `place ${place}`, record })),
    ];
    for (const { target, record } of records) {
      if (record.entry?.event) events.add(record.entry.event);
      else undated.add(`${target} ${record.status}${record.entry ? ` since ${record.entry.since}` : ''}`);
    }
  }
  return { events: [...events], undated: [...undated] };
}

function describeEvent(context: ClosureContext, id: string): string {
  const event = context.timeline.events.get(id);
  if (!event) return id;
  const period = event.end === null ? `from ${event.start}` : `${event.start} to ${event.end}`;
  return `${event.name} [${id}], ${period}; sources: ${event.sources.join(', ')}`;
}

const EVENTS: RouteConstraintRule = {
  id: 'events',
  active: (context) => context.events && disruptedOn(context.timeline, context.moment),
  closes: (segment, context) =>
    closedByDisruption(segment, context) &&
    isOpen(
      statusAt(withoutDisruptions(segment.properties), context.networkMoment, context.timeline.present),
      opensPlanned(context.scenarios),
    ),
  relax: (context) => ({ ...context, events: false }),
  describe: (context, closedUsed) => {
    const { events, undated } = disruptionCauses(context, closedUsed);
    const named = [...events.map((id) => describeEvent(context, id)), ...undated];
    return named.length > 0
      ? `the events in force ${describeMoment(context)} (${named.join(' | ')})`
      : `the events in force ${describeMoment(context)}`;
  },
  events: (context, closedUsed) => disruptionCauses(context, closedUsed).events,
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
 * Every constraint of a query, in the order a no-route answer lists them: the network as built on
 * the day (with the planned scenarios), the dated events in force on it, the month, each scenario of `SCENARIOS` that closes passages (so a new such
 * scenario needs no code here), avoided countries, modes, the forced branch and the all-sea
 * comparator.
 */
export const ROUTE_CONSTRAINTS: readonly RouteConstraintRule[] = [
  YEAR,
  EVENTS,
  MONTH,
  ...SCENARIOS.flatMap((scenario) =>
    'closesPassages' in scenario ? [passageClosure(scenario.flag, scenario.closesPassages)] : [],
  ),
  AVOID,
  MODES,
  BRANCH,
  ALL_SEA,
];

/**
 * The closure context of a query: its day (the `date`, else the last day of the `year`, else the
 * data's as-of date), scenario, modes and branch.
 */
export function closureContextOf(query: RouteQuery, timeline: NetworkTimeline): ClosureContext {
  const { scenario } = query;
  const momentBasis: MomentBasis = scenario.date ? 'date' : scenario.year !== undefined ? 'year' : 'as-of';
  const moment = scenario.date ?? (scenario.year !== undefined ? yearMoment(scenario.year) : timeline.present);
  return {
    moment,
    networkMoment: moment,
    momentBasis,
    events: true,
    timeline,
    scenarios: new Set(scenario.flags ?? []),
    month: scenario.month,
    avoidCountries: new Set((scenario.avoidCountries ?? []).map((country) => country.toUpperCase())),
    modes: query.modes && query.modes.length > 0 ? new Set(query.modes) : undefined,
    branch: query.branch,
    allSeaVia: undefined,
  };
}
