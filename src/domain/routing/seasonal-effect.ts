import type { CorridorEvent } from '../events/corridor-event';
import { eventInForce } from '../timeline/network-timeline';
import type { CargoKind } from '../vocabulary/vocabulary';
import type { CostedNetwork, CostedStep, CostedTraversal, ValuesBySet } from './cost-network';
import type { ClosureContext } from './route-constraints';
import type { AssumptionValues, RoutingSegment, SeasonalEffect } from './routing-input';

/**
 * A sourced effect in force on a leg that stays open: the segment's restricted season in the
 * query's month (`seasonal.restrictedMonths`, `seasonal.effect`), or an event of `type: "restricts"`
 * in force on the query's day that affects the leg and gives a figure (contracts §7). Each adds one
 * step to the leg: extra hours (days × 24) and a cost, under the three assumption sets.
 */
interface RestrictionEffect {
  kind: 'seasonal-restriction' | 'event-restriction';
  /** What names the effect in cache keys: `month:<m>` or `event:<id>`. */
  key: string;
  /** The event, for an event's effect. */
  event?: string | undefined;
  days: ValuesBySet;
  usdPerTeu?: ValuesBySet | undefined;
  usdPerTonne?: ValuesBySet | undefined;
  sources: readonly string[];
  note: string;
}

const HOURS_PER_DAY = 24;
const ZERO: ValuesBySet = { optimistic: 0, central: 0, pessimistic: 0 };

function same(value: number | undefined): ValuesBySet | undefined {
  return value === undefined ? undefined : { optimistic: value, central: value, pessimistic: value };
}

function copy(values: AssumptionValues | undefined): ValuesBySet | undefined {
  return values
    ? { optimistic: values.optimistic, central: values.central, pessimistic: values.pessimistic }
    : undefined;
}

/** Whether `event` affects a leg over `segment`: the segment, one of its end places, passages or countries. */
function eventAffects(event: CorridorEvent, segment: RoutingSegment): boolean {
  const { id, from, to, passages, countries } = segment.properties;
  const features = event.affects.features ?? [];
  if (features.includes(id) || features.includes(from) || features.includes(to)) return true;
  if ((event.affects.passages ?? []).some((passage) => passages.includes(passage))) return true;
  return (event.affects.countries ?? []).some((country) => countries.includes(country));
}

/** The restricted season of `segment` in the context's month, when its effect gives a figure the router counts. */
function seasonalEffect(segment: RoutingSegment, context: ClosureContext): RestrictionEffect | undefined {
  const { month } = context;
  const seasonal = segment.properties.seasonal;
  const effect = seasonal?.effect;
  if (month === undefined || !effect || !(seasonal?.restrictedMonths ?? []).includes(month)) return undefined;
  if (!effect.days && !effect.usdPerTeu && !effect.usdPerTonne) return undefined;
  return {
    kind: 'seasonal-restriction',
    key: `month:${month}`,
    days: copy(effect.days) ?? ZERO,
    usdPerTeu: copy(effect.usdPerTeu),
    usdPerTonne: copy(effect.usdPerTonne),
    sources: [...effect.sources],
    note: effect.note,
  };
}

/** The effects of the restricting events in force on the context's day that affect `segment` and give a figure. */
function eventEffects(segment: RoutingSegment, context: ClosureContext): RestrictionEffect[] {
  if (!context.events) return [];
  return [...context.timeline.events.values()].flatMap((event) => {
    const { type, days, usdPerTeu, usdPerTonne, note } = event.effect;
    if (type !== 'restricts' || (days === undefined && usdPerTeu === undefined && usdPerTonne === undefined)) return [];
    if (!eventInForce(event, context.moment) || !eventAffects(event, segment)) return [];
    return [
      {
        kind: 'event-restriction' as const,
        key: `event:${event.id}`,
        event: event.id,
        days: same(days) ?? ZERO,
        usdPerTeu: same(usdPerTeu),
        usdPerTonne: same(usdPerTonne),
        sources: [...event.sources],
        note,
      },
    ];
  });
}

/** Every sourced effect in force on a leg over `segment` under `context` (the season's, then the events'). */
function restrictionEffectsOn(segment: RoutingSegment, context: ClosureContext): RestrictionEffect[] {
  const seasonal = seasonalEffect(segment, context);
  return [...(seasonal ? [seasonal] : []), ...eventEffects(segment, context)];
}

/**
 * The effects in force on each of `segments` under `context`, and a key naming them, for the graph
 * cache: two contexts that leave the same network open but change its figures (January and June on
 * a restricted leg) must not share a graph.
 */
export function restrictionEffectsOf(
  segments: readonly RoutingSegment[],
  context: ClosureContext,
): { effects: ReadonlyMap<string, readonly RestrictionEffect[]>; key: string } {
  const effects = new Map<string, RestrictionEffect[]>();
  for (const segment of segments) {
    const found = restrictionEffectsOn(segment, context);
    if (found.length > 0) effects.set(segment.properties.id, found);
  }
  const key = [...effects].map(([id, found]) => `${id}:${found.map((effect) => effect.key).join('+')}`).join(',');
  return { effects, key };
}

/**
 * The cost of an effect for a cargo: its own figure (per TEU or per tonne), else the other one
 * converted with tonnes per TEU (optimistic per tonne with the pessimistic tonnage, as the costing
 * does, so that optimistic ≤ central ≤ pessimistic holds).
 */
function effectUsd(effect: RestrictionEffect, cargo: CargoKind, teuTonnes: AssumptionValues): ValuesBySet {
  if (cargo === 'container') {
    if (effect.usdPerTeu) return effect.usdPerTeu;
    const perTonne = effect.usdPerTonne;
    return perTonne
      ? {
          optimistic: perTonne.optimistic * teuTonnes.optimistic,
          central: perTonne.central * teuTonnes.central,
          pessimistic: perTonne.pessimistic * teuTonnes.pessimistic,
        }
      : ZERO;
  }
  if (effect.usdPerTonne) return effect.usdPerTonne;
  const perTeu = effect.usdPerTeu;
  return perTeu
    ? {
        optimistic: perTeu.optimistic / teuTonnes.pessimistic,
        central: perTeu.central / teuTonnes.central,
        pessimistic: perTeu.pessimistic / teuTonnes.optimistic,
      }
    : ZERO;
}

/** The step an effect adds to a leg leaving `place`. */
function restrictionStep(
  effect: RestrictionEffect,
  place: string,
  cargo: CargoKind,
  teuTonnes: AssumptionValues,
): CostedStep {
  return {
    kind: effect.kind,
    place,
    hours: {
      optimistic: effect.days.optimistic * HOURS_PER_DAY,
      central: effect.days.central * HOURS_PER_DAY,
      pessimistic: effect.days.pessimistic * HOURS_PER_DAY,
    },
    usd: effectUsd(effect, cargo, teuTonnes),
    co2Kg: ZERO,
    assumption: null,
    co2Assumption: null,
    sources: effect.sources,
    note: effect.note,
    ...(effect.event ? { event: effect.event } : {}),
  };
}

/**
 * `network` with the effects in force added to the legs they apply to: each effect is one more
 * departure step of the segment's traversals, both ways, so the graph's weights, the chosen route
 * and its Low/High include it. Segments without an effect keep their costed traversals.
 */
export function withRestrictionEffects(
  network: CostedNetwork,
  effects: ReadonlyMap<string, readonly RestrictionEffect[]>,
  cargo: CargoKind,
  teuTonnes: AssumptionValues,
): CostedNetwork {
  if (effects.size === 0) return network;
  const traversals = new Map<string, CostedTraversal | undefined>();
  return {
    ...network,
    traversal(segmentId, reversed) {
      const found = effects.get(segmentId);
      if (!found) return network.traversal(segmentId, reversed);
      const memoKey = `${segmentId}>${reversed ? 'reverse' : 'forward'}`;
      if (!traversals.has(memoKey)) {
        const base = network.traversal(segmentId, reversed);
        traversals.set(
          memoKey,
          base && {
            ...base,
            departureSteps: [
              ...base.departureSteps,
              ...found.map((effect) => restrictionStep(effect, base.from, cargo, teuTonnes)),
            ],
          },
        );
      }
      return traversals.get(memoKey);
    },
  };
}

function span(values: AssumptionValues, decimals: number): string {
  const format = (value: number) => String(Math.round(value * 10 ** decimals) / 10 ** decimals);
  return values.optimistic === values.pessimistic
    ? format(values.central)
    : `${format(values.central)} (${format(values.optimistic)}–${format(values.pessimistic)})`;
}

/**
 * A restricted season's effect in words, for the CLI and the panels: its extra days and cost (central,
 * then optimistic–pessimistic) and draught limit, saying which figure the data does not give, e.g.
 * `+2 (1–4) days per passage; no cost figure sourced`.
 */
export function describeSeasonalEffect(effect: SeasonalEffect, cargo: CargoKind): string {
  const parts: string[] = [];
  if (effect.days) parts.push(`+${span(effect.days, 1)} days per passage`);
  const usd = cargo === 'container' ? effect.usdPerTeu : effect.usdPerTonne;
  const unit = cargo === 'container' ? 'TEU' : 'tonne';
  if (usd) parts.push(`+${span(usd, 0)} USD per ${unit}`);
  else if (effect.usdPerTeu || effect.usdPerTonne)
    parts.push(`a cost per ${cargo === 'container' ? 'tonne' : 'TEU'}, converted`);
  else parts.push('no cost figure sourced');
  if (effect.draftMetres !== undefined) parts.push(`draught at most ${effect.draftMetres} m`);
  return parts.join('; ');
}
