import { type AssumptionRanges, checkAssumptionOverride } from '../read-assumption-override';
import type { AssumptionScope, RangedAssumptionValues, RoutingAssumption, RoutingAssumptions } from './routing-input';

/** One of the three assumption sets a route is evaluated with. */
export type AssumptionSet = 'optimistic' | 'central' | 'pessimistic';

/** The key under which `assumptionOverrides` can replace the central tonnes per TEU. */
const TEU_TONNES_KEY = 'teuTonnes';

/** What a candidate entry must match: the fields of the leg or transfer it would apply to. */
interface ScopeTarget {
  mode?: string | undefined;
  vessel?: string | undefined;
  traction?: string | undefined;
  cargo?: string | undefined;
  node?: string | undefined;
  segment?: string | undefined;
}

/** The assumptions with overrides applied, and a finder for the best-matching entry. */
export interface AssumptionCatalogue {
  teuTonnes: RangedAssumptionValues;
  /** Every entry, with overrides applied. */
  entries: readonly RoutingAssumption[];
  /** Override keys that name no assumption, or whose value is not finite or outside the assumption's range. */
  ignoredOverrides: string[];
  /**
   * The most specific entry whose key starts with one of `prefixes` and whose every `appliesTo`
   * field matches `target` (`service` must list `target.segment`) and that `accept` accepts;
   * `undefined` when none does.
   */
  find(
    prefixes: readonly string[],
    target: ScopeTarget,
    accept?: (entry: RoutingAssumption) => boolean,
  ): RoutingAssumption | undefined;
}

function scopeMatches(scope: AssumptionScope, target: ScopeTarget): boolean {
  for (const field of ['mode', 'vessel', 'traction', 'cargo', 'node', 'segment'] as const) {
    const wanted = scope[field];
    if (wanted !== undefined && wanted !== target[field]) return false;
  }
  if (scope.service !== undefined) {
    return target.segment !== undefined && scope.service.includes(target.segment);
  }
  return true;
}

function specificity(scope: AssumptionScope): number {
  // A node- or service-specific entry wins over a mode-wide one (assumptions.json `convention`).
  const weights: Record<keyof AssumptionScope, number> = {
    node: 100,
    segment: 100,
    service: 50,
    vessel: 4,
    traction: 4,
    cargo: 2,
    mode: 1,
  };
  let score = 0;
  for (const field of Object.keys(scope) as (keyof AssumptionScope)[]) {
    if (scope[field] !== undefined) score += weights[field];
  }
  return score;
}

/**
 * The range and unit of every assumption (`teuTonnes` included), by key: what an override of it may
 * be (`readAssumptionOverride`, for links and the CLI alike).
 */
export function assumptionRanges(assumptions: RoutingAssumptions): AssumptionRanges {
  const ranges = new Map<string, { range: RangedAssumptionValues['range']; unit: string }>();
  ranges.set(TEU_TONNES_KEY, { range: assumptions.teuTonnes.range, unit: assumptions.teuTonnes.unit });
  for (const entry of assumptions.entries) ranges.set(entry.key, { range: entry.range, unit: entry.unit });
  return ranges;
}

/**
 * Applies `overrides` (absolute values replacing the central value of a key; `teuTonnes` replaces
 * the central tonnes per TEU) and indexes the entries. Unknown keys, non-finite values and values
 * outside the assumption's range are left out and reported in `ignoredOverrides`, never thrown
 * (links and the CLI refuse the latter with the reason before they get here).
 */
export function createAssumptionCatalogue(
  assumptions: RoutingAssumptions,
  overrides: Readonly<Record<string, number>> = {},
): AssumptionCatalogue {
  const ranges = assumptionRanges(assumptions);
  const accepts = (key: string, value: number) =>
    ranges.has(key) && Number.isFinite(value) && checkAssumptionOverride(key, value, ranges) === undefined;
  const ignoredOverrides = Object.entries(overrides)
    .filter(([key, value]) => !accepts(key, value))
    .map(([key]) => key);
  const usable = (key: string): number | undefined => {
    const value = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    return value !== undefined && accepts(key, value) ? value : undefined;
  };
  const entries = assumptions.entries.map((entry) => {
    const override = usable(entry.key);
    return override === undefined ? entry : { ...entry, central: override };
  });
  const teuOverride = usable(TEU_TONNES_KEY);
  const teuTonnes =
    teuOverride === undefined ? assumptions.teuTonnes : { ...assumptions.teuTonnes, central: teuOverride };
  return {
    teuTonnes,
    entries,
    ignoredOverrides,
    find(prefixes, target, accept) {
      let best: RoutingAssumption | undefined;
      let bestScore = -1;
      for (const entry of entries) {
        if (!prefixes.some((prefix) => entry.key.startsWith(prefix))) continue;
        if (!scopeMatches(entry.appliesTo, target)) continue;
        if (accept && !accept(entry)) continue;
        const score = specificity(entry.appliesTo);
        if (score > bestScore) {
          best = entry;
          bestScore = score;
        }
      }
      return best;
    },
  };
}
