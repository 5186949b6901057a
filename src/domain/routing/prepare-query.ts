import {
  CARGO_KINDS,
  CRITERIA,
  FORCIBLE_BRANCHES,
  MONTH_RANGE,
  SCENARIO_YEAR_RANGE,
  SEGMENT_MODES,
} from '../vocabulary/vocabulary';
import { findClosestIds, type NamedPlace } from './find-closest-ids';
import type { RouteQuery } from './route-query';
import type { RoutingFailure, UnknownPlace } from './route-result';

/** The places a router knows: their ids, their names (for suggestions) and old ids still accepted. */
export interface KnownPlaces {
  ids: ReadonlySet<string>;
  places: readonly NamedPlace[];
  /** Old ids mapped to the current id (contracts §1). */
  aliases: Readonly<Record<string, string>>;
}

function isOneOf(value: string, allowed: readonly string[]): boolean {
  return allowed.includes(value);
}

/** Every reason the query's values are out of range; empty when they are all valid. */
function validate(query: RouteQuery): string[] {
  const problems: string[] = [];
  if (!isOneOf(query.by, CRITERIA)) problems.push(`by must be one of ${CRITERIA.join(', ')}`);
  if (!isOneOf(query.cargo, CARGO_KINDS)) problems.push(`cargo must be one of ${CARGO_KINDS.join(', ')}`);
  const { year, month, avoidCountries } = query.scenario;
  const years = SCENARIO_YEAR_RANGE;
  if (year !== undefined && (!Number.isInteger(year) || year < years.minimum || year > years.maximum)) {
    problems.push(`year must be a whole year between ${years.minimum} and ${years.maximum}`);
  }
  const months = MONTH_RANGE;
  if (month !== undefined && (!Number.isInteger(month) || month < months.minimum || month > months.maximum)) {
    problems.push(`month must be ${months.minimum} to ${months.maximum}`);
  }
  for (const country of avoidCountries ?? []) {
    if (!/^[A-Za-z]{2}$/.test(country)) problems.push(`"${country}" is not an ISO 3166-1 alpha-2 country code`);
  }
  for (const mode of query.modes ?? []) {
    if (!isOneOf(mode, SEGMENT_MODES)) problems.push(`"${mode}" is not a mode (${SEGMENT_MODES.join(', ')})`);
  }
  if (query.branch !== undefined && !isOneOf(query.branch, FORCIBLE_BRANCHES)) {
    problems.push(`branch must be one of ${FORCIBLE_BRANCHES.join(', ')}`);
  }
  return problems;
}

/**
 * Checks a routing question before it is searched: values in range (`invalid-query` lists every
 * problem), place ids known once aliases are resolved (`unknown-place` lists each unknown id with
 * the closest known ids), and not from a place to itself without via places. Returns the query with
 * current ids, or the failure.
 */
export function prepareQuery(query: RouteQuery, known: KnownPlaces): RouteQuery | RoutingFailure {
  const problems = validate(query);
  if (problems.length > 0) return { kind: 'invalid-query', problems };
  const unknown: UnknownPlace[] = [];
  const check = (id: string, role: UnknownPlace['role']) => {
    const resolved = Object.hasOwn(known.aliases, id) ? (known.aliases[id] ?? id) : id;
    if (!known.ids.has(resolved)) unknown.push({ id, role, closest: findClosestIds(id, known.places) });
    return resolved;
  };
  const from = check(query.from, 'from');
  const via = (query.via ?? []).map((id) => check(id, 'via'));
  const to = check(query.to, 'to');
  if (unknown.length > 0) return { kind: 'unknown-place', places: unknown };
  if (from === to && via.length === 0) {
    return { kind: 'invalid-query', problems: [`from and to are the same place (${from})`] };
  }
  return { ...query, from, to, via };
}
