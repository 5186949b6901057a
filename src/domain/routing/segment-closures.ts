import { type ForcibleBranch, type SegmentMode, SHARED_BRANCHES } from '../vocabulary/vocabulary';
import type { RoutingSegment } from './routing-input';
import { SCENARIOS, type ScenarioFlag } from './scenarios';

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

const SHARED_BRANCH_SET: ReadonlySet<string> = new Set(SHARED_BRANCHES);

function sinceYear(since: string): number {
  return Number.parseInt(since.slice(0, 4), 10);
}

/**
 * The status of a segment in `year`, or `undefined` when it did not exist yet. Before the current
 * year: the last `statusHistory` entry whose `since` year is ≤ `year` (a segment without history keeps
 * its status). From the current year on: the status, and for a later year a segment whose
 * `expectedOpen` has come counts as operational.
 */
export function statusInYear(segment: RoutingSegment, year: number, currentYear: number): string | undefined {
  const { status, statusHistory, expectedOpen } = segment.properties;
  if (year >= currentYear) {
    if (status !== 'operational' && year > currentYear && expectedOpen !== undefined && expectedOpen <= year) {
      return 'operational';
    }
    return status;
  }
  if (statusHistory.length === 0) return status;
  let found: string | undefined;
  for (const entry of [...statusHistory].sort((a, b) => sinceYear(a.since) - sinceYear(b.since))) {
    if (sinceYear(entry.since) <= year) found = entry.status;
  }
  return found;
}

/** Whether the scenarios count the planned network as open. */
export function opensPlanned(scenarios: ReadonlySet<ScenarioFlag>): boolean {
  return SCENARIOS.some((scenario) => 'opensPlanned' in scenario && scenarios.has(scenario.flag));
}

function isOpen(status: string | undefined, planned: boolean): boolean {
  if (status === 'operational') return true;
  return planned && (status === 'under-construction' || status === 'planned');
}

/** Every constraint that closes `segment` under `context`; empty when the segment is usable. */
export function segmentClosures(segment: RoutingSegment, context: ClosureContext): RouteConstraint[] {
  const properties = segment.properties;
  const closures: RouteConstraint[] = [];
  if (!isOpen(statusInYear(segment, context.year, context.currentYear), opensPlanned(context.scenarios))) {
    closures.push('year');
  }
  if (context.month !== undefined && properties.seasonal?.closedMonths.includes(context.month)) {
    closures.push('month');
  }
  for (const scenario of SCENARIOS) {
    if (!('closesPassages' in scenario) || !context.scenarios.has(scenario.flag)) continue;
    const closed: readonly string[] = scenario.closesPassages;
    if (properties.passages.some((passage) => closed.includes(passage))) closures.push(scenario.flag);
  }
  if (properties.countries.some((country) => context.avoidCountries.has(country))) closures.push('avoid');
  if (context.modes && !context.modes.has(properties.mode)) closures.push('modes');
  if (context.branch && properties.branch !== context.branch && !SHARED_BRANCH_SET.has(properties.branch)) {
    closures.push('branch');
  }
  if (context.allSeaVia) {
    const landLeg = properties.mode === 'rail' || properties.mode === 'road';
    const ports = context.allSeaPorts;
    const comparator =
      properties.branch === 'comparator' &&
      properties.passages.includes(context.allSeaVia) &&
      (ports === undefined ||
        (ports.includes(properties.from) && ports.includes(properties.to) && properties.from !== properties.to));
    if (!landLeg && !comparator) closures.push('all-sea');
  }
  return closures;
}
