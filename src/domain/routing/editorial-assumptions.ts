import { createAssumptionCatalogue } from './assumption-catalogue';
import type { RouteResult } from './route-result';
import type { RoutingAssumption, RoutingAssumptions } from './routing-input';

/** How the app and the CLI name an assumption that cites no source (issue 13 §5). */
export const EDITORIAL_ESTIMATE_LABEL = 'editorial estimate (no source)';

/** Cost rates per kilometre (as `cost-network.ts` reads them): the ones a rate of the other cargo can stand in for. */
const PER_KILOMETRE_UNITS = new Set(['USD per TEU-km', 'USD per tonne-km']);

/**
 * Whether an assumption cites no source: an editorial estimate. An entry whose sources are not
 * known (`undefined`, e.g. built without them) is not called one.
 */
export function isEditorialEstimate(entry: Pick<RoutingAssumption, 'sources'>): boolean {
  return entry.sources !== undefined && entry.sources.length === 0;
}

/**
 * The range of an assumption in words: its three values and what an override may be, e.g.
 * `optimistic 45, central 28, pessimistic 18 km/h; an override may be more than 0 and at most 90 km/h`.
 */
export function describeEditorialRange(entry: RoutingAssumption): string {
  const { optimistic, central, pessimistic, range, unit } = entry;
  const lower = range.minExclusive ? `more than ${range.min}` : `at least ${range.min}`;
  return `optimistic ${optimistic}, central ${central}, pessimistic ${pessimistic} ${unit}; an override may be ${lower} and at most ${range.max} ${unit}`;
}

/**
 * The assumptions a route's figures come from, once each, in route order: each leg's speed, CO2e
 * factor and rate (found as `cost-network.ts` finds them: the rate of the cargo, else a per-km rate
 * of the other cargo, and on a river the sea rate), and the keys its transfer steps name (hours,
 * cost, CO2e). The assumptions editor's "used by this route" filter lists these.
 */
export function assumptionsOfRoute(
  route: Pick<RouteResult, 'cargo' | 'legs'>,
  assumptions: RoutingAssumptions,
): RoutingAssumption[] {
  const catalogue = createAssumptionCatalogue(assumptions);
  const byKey = new Map(assumptions.entries.map((entry) => [entry.key, entry]));
  const other = route.cargo === 'container' ? 'bulk' : 'container';
  const perKilometre = (entry: RoutingAssumption) => PER_KILOMETRE_UNITS.has(entry.unit);
  const used: (RoutingAssumption | undefined)[] = [];
  for (const leg of route.legs) {
    for (const step of leg.transfers) {
      for (const key of [step.assumption, step.costAssumption, step.co2Assumption]) {
        if (key) used.push(byKey.get(key));
      }
    }
    const target = { mode: leg.mode, vessel: leg.vessel, traction: leg.traction, segment: leg.segment };
    const asSea = { ...target, mode: 'sea' };
    used.push(
      catalogue.find([`speed.${leg.mode}.`], target),
      catalogue.find([`co2.${leg.mode}.`], target),
      catalogue.find([`cost.${leg.mode}.`], { ...target, cargo: route.cargo }) ??
        catalogue.find([`cost.${leg.mode}.`], { ...target, cargo: other }, perKilometre) ??
        (leg.mode === 'river'
          ? (catalogue.find(['cost.sea.'], { ...asSea, cargo: route.cargo }, perKilometre) ??
            catalogue.find(['cost.sea.'], { ...asSea, cargo: other }, perKilometre))
          : undefined),
    );
  }
  const unique = new Map<string, RoutingAssumption>();
  for (const entry of used) {
    if (entry && !unique.has(entry.key)) unique.set(entry.key, entry);
  }
  return [...unique.values()];
}

/** The editorial estimates among the assumptions a route's figures come from (`assumptionsOfRoute`), once each, in route order. */
export function editorialAssumptionsOfRoute(
  route: Pick<RouteResult, 'cargo' | 'legs'>,
  assumptions: RoutingAssumptions,
): RoutingAssumption[] {
  return assumptionsOfRoute(route, assumptions).filter(isEditorialEstimate);
}
