import { KILOMETERS_PER_NAUTICAL_MILE } from '../great-circle';
import type { TransferKind } from '../vocabulary/vocabulary';
import type { AssumptionSet } from './assumption-catalogue';
import type { RoutingEdge } from './build-routing-graph';
import type { CostedStep, ValuesBySet } from './cost-network';
import { matchObservations } from './match-observations';
import type { RouteQuery } from './route-query';
import type { LegRestriction, RouteLeg, RouteResult, TransferStep } from './route-result';
import type { RoutingObservation, RoutingSegment, SeasonalEffect } from './routing-input';
import { canonicalScenarioFlags } from './scenarios';

/** What `assembleRoute` needs besides the edges: the question, and what the data says around it. */
export interface RouteAssemblyContext {
  /** The query the edges answer, with current ids (aliases resolved). */
  query: RouteQuery;
  /** Override keys that name no assumption, reported in the result. */
  ignoredOverrides: readonly string[];
  /** The day the figures are for, and how the query named it. */
  day: { date: string; basis: 'date' | 'year' | 'as-of' };
  /** The restrictions met on a segment's leg on that day (its own status and its passages'). */
  restrictionsOf(segment: RoutingSegment): LegRestriction[];
  dataVersion: string;
  observations: readonly RoutingObservation[];
  /** The ISO 3166-1 alpha-2 country of a place id. */
  countryOf(place: string): string | undefined;
}

const HOURS_PER_DAY = 24;

/** What Low and High mean, written into every result. */
const BOUNDS_NOTE =
  'Low/High: the same route under the all-optimistic and all-pessimistic assumption sets (scenario bounds, not confidence intervals)';

const ZERO: ValuesBySet = { optimistic: 0, central: 0, pessimistic: 0 };

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function addSets(a: ValuesBySet, b: ValuesBySet): ValuesBySet {
  return {
    optimistic: a.optimistic + b.optimistic,
    central: a.central + b.central,
    pessimistic: a.pessimistic + b.pessimistic,
  };
}

function scaleSets(values: ValuesBySet, factor: number): ValuesBySet {
  return {
    optimistic: values.optimistic * factor,
    central: values.central * factor,
    pessimistic: values.pessimistic * factor,
  };
}

/** A segment edge with the steps folded into its leg. */
interface LegDraft {
  edge: Extract<RoutingEdge, { kind: 'segment' }>;
  steps: CostedStep[];
}

/**
 * Folds the steps into legs: the transfers before a segment and its departure steps go to its
 * leg, its arrival steps to the next leg (to the last leg when none follows).
 */
function draftLegs(edges: readonly RoutingEdge[]): LegDraft[] {
  const drafts: LegDraft[] = [];
  let pending: CostedStep[] = [];
  for (const edge of edges) {
    if (edge.kind === 'transfer' && edge.step.kind === 'service-wait') {
      boardAtRunStart(drafts, pending, edge.step);
      continue;
    }
    if (edge.kind === 'transfer') pending.push(edge.step);
    if (edge.kind !== 'segment') continue;
    drafts.push({ edge, steps: [...pending, ...edge.traversal.departureSteps] });
    pending = [...edge.traversal.arrivalSteps];
  }
  drafts[drafts.length - 1]?.steps.push(...pending);
  return drafts;
}

/** Steps that do not end a train's run: it changes gauge, crosses a border, and runs on. */
const RUN_KEEPING_STEPS = new Set(['gauge-change', 'border-crossing']);

/**
 * Puts the wait for a block train (a boarding edge of the routing graph) where the train's run
 * starts: at the departure of the first of the rail legs that reach the boarding place with no
 * transfer but a gauge change between them (the origin, or where the cargo came off a ship or
 * a truck). The search may board anywhere along the run at the same cost; the figures do not
 * change, only the leg and place the wait is shown at.
 */
function boardAtRunStart(drafts: LegDraft[], pending: CostedStep[], wait: CostedStep): void {
  const runsOn = (draft: LegDraft) =>
    draft.edge.traversal.segment.properties.mode === 'rail' &&
    draft.steps.every((step) => RUN_KEEPING_STEPS.has(step.kind));
  const previous = drafts[drafts.length - 1];
  if (
    previous?.edge.traversal.segment.properties.mode !== 'rail' ||
    pending.some((step) => !RUN_KEEPING_STEPS.has(step.kind))
  ) {
    pending.push(wait);
    return;
  }
  let start = drafts.length - 1;
  while (
    start > 0 &&
    runsOn(drafts[start] as LegDraft) &&
    drafts[start - 1]?.edge.traversal.segment.properties.mode === 'rail'
  )
    start -= 1;
  const first = drafts[start] as LegDraft;
  const transfers = first.steps.filter((step) => !first.edge.traversal.departureSteps.includes(step));
  const own = first.steps.filter((step) => first.edge.traversal.departureSteps.includes(step));
  first.steps = [...transfers, { ...wait, place: first.edge.traversal.from }, ...own];
}

/** The sum of one figure of `steps` under the three sets. */
function sumOfSteps(steps: readonly CostedStep[], figure: (step: CostedStep) => ValuesBySet): ValuesBySet {
  return steps.reduce((total, step) => addSets(total, figure(step)), ZERO);
}

/** A leg's days, USD and kg CO2e under the three sets: the running figures plus its steps. */
function legFigures({ edge, steps }: LegDraft) {
  const { running } = edge.traversal;
  const stepHours = sumOfSteps(steps, (step) => step.hours);
  const stepUsd = sumOfSteps(steps, (step) => step.usd);
  const stepCo2Kilograms = sumOfSteps(steps, (step) => step.co2Kg);
  return {
    days: addSets(running.days, scaleSets(stepHours, 1 / HOURS_PER_DAY)),
    usd: addSets(running.usd, stepUsd),
    co2Kg: addSets(running.co2Kg, stepCo2Kilograms),
  };
}

function stepForOutput(step: CostedStep): TransferStep {
  return {
    kind: step.kind,
    place: step.place,
    hours: round(step.hours.central, 2),
    usd: round(step.usd.central, 2),
    co2Kg: round(step.co2Kg.central, 2),
    assumption: step.assumption,
    ...(step.costAssumption ? { costAssumption: step.costAssumption } : {}),
    co2Assumption: step.co2Assumption,
    ...(step.sources ? { sources: [...step.sources] } : {}),
    ...(step.note ? { note: step.note } : {}),
    ...(step.event ? { event: step.event } : {}),
  };
}

/** Whether `steps` include the sourced effect of `event` (an `event-restriction` step). */
function eventInFigures(steps: readonly CostedStep[], event: string | null): boolean {
  return event !== null && steps.some((step) => step.kind === 'event-restriction' && step.event === event);
}

function legForOutput(draft: LegDraft, restrictions: LegRestriction[]): RouteLeg {
  const { traversal } = draft.edge;
  const properties = traversal.segment.properties;
  const figures = legFigures(draft);
  const published = properties.publishedLengths.find((length) => length.preferred === true);
  const closedMonths = properties.seasonal?.closedMonths ?? [];
  const restrictedMonths = properties.seasonal?.restrictedMonths ?? [];
  return {
    segment: properties.id,
    from: traversal.from,
    to: traversal.to,
    mode: properties.mode,
    km: round(traversal.km, 1),
    lengthBasis: traversal.lengthBasis,
    drawnKm: round(traversal.drawnKm, 1),
    days: round(figures.days.central, 2),
    usd: round(figures.usd.central, 2),
    co2Kg: round(figures.co2Kg.central, 2),
    daysLow: round(figures.days.optimistic, 2),
    daysHigh: round(figures.days.pessimistic, 2),
    usdLow: round(figures.usd.optimistic, 2),
    usdHigh: round(figures.usd.pessimistic, 2),
    co2KgLow: round(figures.co2Kg.optimistic, 2),
    co2KgHigh: round(figures.co2Kg.pessimistic, 2),
    branch: properties.branch,
    ...(properties.vessel ? { vessel: properties.vessel } : {}),
    ...(properties.gaugeMillimetres ? { gaugeMillimetres: properties.gaugeMillimetres } : {}),
    ...(properties.traction ? { traction: properties.traction } : {}),
    reversed: traversal.reversed,
    ...(published ? { publishedKm: published.km } : {}),
    ...(closedMonths.length > 0 ? { seasonalClosedMonths: [...closedMonths] } : {}),
    ...(restrictedMonths.length > 0 ? { seasonalRestrictedMonths: [...restrictedMonths] } : {}),
    ...(restrictions.length > 0
      ? {
          restrictions: restrictions.map((restriction) => ({
            ...restriction,
            inFigures: eventInFigures(draft.steps, restriction.event),
          })),
        }
      : {}),
    transfers: draft.steps.map(stepForOutput),
  };
}

/** A copy of a seasonal effect for the result (no array shared with the data). */
function copyEffect(effect: SeasonalEffect): SeasonalEffect {
  return {
    ...(effect.days ? { days: { ...effect.days } } : {}),
    ...(effect.usdPerTeu ? { usdPerTeu: { ...effect.usdPerTeu } } : {}),
    ...(effect.usdPerTonne ? { usdPerTonne: { ...effect.usdPerTonne } } : {}),
    ...(effect.draftMetres === undefined ? {} : { draftMetres: effect.draftMetres }),
    sources: [...effect.sources],
    note: effect.note,
  };
}

/** The branches observations are matched on: a comparator leg counts as the all-sea route it belongs to. */
function matchingBranches(drafts: readonly LegDraft[]): Set<string> {
  const branches = new Set<string>();
  for (const { edge } of drafts) {
    const { branch, passages } = edge.traversal.segment.properties;
    if (branch !== 'comparator') branches.add(branch);
    else branches.add(passages.includes('cape-of-good-hope') ? 'all-sea-cape' : 'all-sea-suez');
  }
  return branches;
}

/**
 * Turns the edges of a searched route into the `RouteResult` of contracts §6: one leg per segment
 * edge with its transfers, waits, borders and customs folded in (never pseudo-legs), leg and total
 * figures under the three assumption sets (central, Low = optimistic, High = pessimistic; km to
 * 0.1, the rest to 0.01), the counts of transfers by kind, the seasonal limits met (closed and
 * restricted months; whether a restricted month's effect is in the figures) and the
 * observations on the route. Pure: edges and context in, result out.
 */
export function assembleRoute(edges: readonly RoutingEdge[], context: RouteAssemblyContext): RouteResult {
  const { query, countryOf } = context;
  const drafts = draftLegs(edges);
  const legs = drafts.map((draft) => legForOutput(draft, context.restrictionsOf(draft.edge.traversal.segment)));
  const totals = drafts.map(legFigures).reduce(
    (sum, figures) => ({
      days: addSets(sum.days, figures.days),
      usd: addSets(sum.usd, figures.usd),
      co2Kg: addSets(sum.co2Kg, figures.co2Kg),
    }),
    { days: ZERO, usd: ZERO, co2Kg: ZERO },
  );
  const kilometers = drafts.reduce((sum, { edge }) => sum + edge.traversal.km, 0);
  const waterKilometers = drafts.reduce((sum, { edge }) => {
    const { mode } = edge.traversal.segment.properties;
    return mode === 'sea' || mode === 'river' ? sum + edge.traversal.km : sum;
  }, 0);
  const stepKinds = drafts.flatMap((draft) => draft.steps.map((step) => step.kind));
  const count = (kind: TransferKind) => stepKinds.filter((stepKind) => stepKind === kind).length;
  const transfersByKind = {
    portHandling: count('port-handling'),
    shipToShip: count('transshipment'),
    railRoad: count('rail-road-transfer'),
    gaugeChanges: count('gauge-change'),
    borderCrossings: legs.filter((leg) => countryOf(leg.from) !== countryOf(leg.to)).length,
  };
  const pick = (values: ValuesBySet, set: AssumptionSet, decimals: number) => round(values[set], decimals);
  const routePlaces = legs.length > 0 ? [legs[0]?.from ?? query.from, ...legs.map((leg) => leg.to)] : [query.from];
  const seasonalLimits = drafts.flatMap(({ edge, steps }) => {
    const { id, seasonal } = edge.traversal.segment.properties;
    if (!seasonal) return [];
    const { effect } = seasonal;
    return [
      {
        segment: id,
        closedMonths: [...seasonal.closedMonths],
        restrictedMonths: [...(seasonal.restrictedMonths ?? [])],
        ...(effect ? { effect: copyEffect(effect) } : {}),
        inFigures: steps.some((step) => step.kind === 'seasonal-restriction'),
        note: seasonal.note,
        sources: [...(seasonal.sources ?? [])],
      },
    ];
  });
  return {
    from: query.from,
    to: query.to,
    via: [...(query.via ?? [])],
    by: query.by,
    cargo: query.cargo,
    scenario: canonicalScenarioFlags(query.scenario.flags ?? []),
    year: Number.parseInt(context.day.date.slice(0, 4), 10),
    date: context.day.date,
    dateBasis: context.day.basis,
    month: query.scenario.month ?? null,
    avoid: [...(query.scenario.avoidCountries ?? [])].map((country) => country.toUpperCase()),
    modes: query.modes && query.modes.length > 0 ? [...query.modes] : null,
    branch: query.branch ?? null,
    dataVersion: context.dataVersion,
    distanceBasis: 'published-else-drawn',
    bounds: BOUNDS_NOTE,
    totals: {
      km: round(kilometers, 1),
      seaNauticalMiles: round(waterKilometers / KILOMETERS_PER_NAUTICAL_MILE, 1),
      days: pick(totals.days, 'central', 2),
      daysLow: pick(totals.days, 'optimistic', 2),
      daysHigh: pick(totals.days, 'pessimistic', 2),
      usd: pick(totals.usd, 'central', 2),
      usdLow: pick(totals.usd, 'optimistic', 2),
      usdHigh: pick(totals.usd, 'pessimistic', 2),
      co2Kg: pick(totals.co2Kg, 'central', 2),
      co2KgLow: pick(totals.co2Kg, 'optimistic', 2),
      co2KgHigh: pick(totals.co2Kg, 'pessimistic', 2),
      borderCrossings: transfersByKind.borderCrossings,
      gaugeChanges: transfersByKind.gaugeChanges,
      transshipments: transfersByKind.portHandling + transfersByKind.shipToShip + transfersByKind.railRoad,
    },
    transfersByKind,
    legs,
    branches: [...new Set(legs.map((leg) => leg.branch))],
    seasonalLimits,
    observations: matchObservations(context.observations, routePlaces, matchingBranches(drafts)),
    ignoredAssumptionOverrides: [...context.ignoredOverrides],
    eventDetour: null,
  };
}
