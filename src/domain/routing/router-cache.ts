import type { CargoKind } from '../vocabulary/vocabulary';
import type { ClosureContext } from './route-constraints';
import { canonicalScenarioFlags } from './scenarios';

/** A small least-recently-used cache of values the router computes once and reuses. */
export interface RouterCache<Value> {
  /** The value under `key`, created with `create` when absent; either way it becomes the most recent. */
  getOrCreate(key: string, create: () => Value): Value;
  /** How many values are held (at most the capacity). */
  readonly size: number;
}

/**
 * A least-recently-used cache holding at most `capacity` values: adding one more drops the value
 * used longest ago (a `Map` keeps insertion order; a hit is moved to the end).
 */
export function createRouterCache<Value>(capacity: number): RouterCache<Value> {
  const values = new Map<string, Value>();
  return {
    getOrCreate(key, create) {
      if (values.has(key)) {
        const value = values.get(key) as Value;
        values.delete(key);
        values.set(key, value);
        return value;
      }
      const value = create();
      if (values.size >= capacity) {
        const oldest = values.keys().next();
        if (!oldest.done) values.delete(oldest.value);
      }
      values.set(key, value);
      return value;
    },
    get size() {
      return values.size;
    },
  };
}

/**
 * The key of a closure context, under which the router caches its graph: two contexts with the
 * same key close the same segments (sets in canonical order, absent values as `null`). Every field
 * of `ClosureContext` is named here, so adding one without keying it fails to compile.
 */
export function scenarioKey(context: ClosureContext): string {
  const fields: { [Field in keyof Required<ClosureContext>]: unknown } = {
    moment: context.moment,
    networkMoment: context.networkMoment,
    momentBasis: context.momentBasis,
    events: context.events,
    // The same for every query of a router: it closes nothing by itself.
    timeline: context.timeline.present,
    scenarios: canonicalScenarioFlags(context.scenarios),
    month: context.month ?? null,
    avoidCountries: [...context.avoidCountries].sort(),
    modes: context.modes ? [...context.modes].sort() : null,
    branch: context.branch ?? null,
    allSeaVia: context.allSeaVia ?? null,
    allSeaPorts: context.allSeaPorts ?? null,
  };
  return JSON.stringify(fields);
}

/** The key of a costed network: the cargo and the assumption overrides, sorted by key. */
export function costingKey(cargo: CargoKind, overrides: Readonly<Record<string, number>> = {}): string {
  const entries = Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([cargo, entries]);
}
