import type { AssumptionScope, AssumptionValues, RoutingAssumption, RoutingAssumptions } from './routing-input';

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
  teuTonnes: AssumptionValues;
  /** Every entry, with overrides applied. */
  entries: readonly RoutingAssumption[];
  /** Override keys that name no assumption. */
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
 * Applies `overrides` (absolute values replacing the central value of a key; `teuTonnes` replaces
 * the central tonnes per TEU) and indexes the entries. Unknown keys and non-finite values are
 * reported in `ignoredOverrides`, never thrown.
 */
export function createAssumptionCatalogue(
  assumptions: RoutingAssumptions,
  overrides: Readonly<Record<string, number>> = {},
): AssumptionCatalogue {
  const known = new Set(assumptions.entries.map((entry) => entry.key));
  const ignoredOverrides = Object.entries(overrides)
    .filter(([key, value]) => (!known.has(key) && key !== TEU_TONNES_KEY) || !Number.isFinite(value) || value < 0)
    .map(([key]) => key);
  const usable = (key: string): number | undefined => {
    const value = overrides[key];
    return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const entries = assumptions.entries.map((entry) => {
    const override = usable(entry.key);
    return override === undefined ? entry : { ...entry, central: override };
  });
  const teuOverride = usable(TEU_TONNES_KEY);
  const teuTonnes =
    teuOverride === undefined || teuOverride === 0
      ? assumptions.teuTonnes
      : { ...assumptions.teuTonnes, central: teuOverride };
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
