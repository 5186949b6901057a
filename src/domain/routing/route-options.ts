import { formatWithRange } from '../figure-precision';
import type { ComparisonLabel, Criterion, ForcibleBranch, SegmentMode } from '../vocabulary/vocabulary';
import { BRANCH_LABELS, COMPARISON_ROUTE_LABELS } from '../vocabulary/vocabulary-labels';
import type { Comparison, RouteLeg, RouteResult } from './route-result';

/**
 * The options a route question is answered with, as cards (issue 14 §3): the best route and every
 * branch and all-sea comparator of the comparison, with the same metrics, marks for the fastest,
 * cheapest and lowest-CO2e, and why their figures differ. The best route is one of the options:
 * when a compared route is the same route (the same segments in the same order) it is shown once,
 * marked best. All-sea options are named by their port of departure, so an all-sea best route from
 * Novorossiysk and the comparator from St Petersburg (the comparator port nearest by land) say why
 * their figures differ instead of contradicting each other.
 */

/**
 * Which option a card is: a comparison label, `best` when the best route of all is none of the
 * compared routes, `route` when the route asked for (a forced branch with via places) is neither.
 */
export type RouteOptionKey = 'best' | 'route' | ComparisonLabel;

export type RouteOptionMark = 'fastest' | 'cheapest' | 'lowest-co2';

/** Words of each mark, as a badge reads. */
export const ROUTE_OPTION_MARK_LABELS: Record<RouteOptionMark, string> = {
  fastest: 'Fastest',
  cheapest: 'Cheapest',
  'lowest-co2': 'Lowest CO₂e',
};

/** A figure of an option: central, optimistic and pessimistic, as printed and as a bar on a shared scale. */
export interface OptionFigure {
  central: number;
  low: number;
  high: number;
  /** "about 26 (16–46)": rounded to the precision the range supports. */
  text: string;
  /** Where the bar starts, ends and the central tick sits, as fractions (0–1) of the scale shared by every card. */
  bar: { start: number; end: number; tick: number };
}

export interface RouteOption {
  key: RouteOptionKey;
  /** "Western branch (via Azerbaijan)", "All sea via Suez from Novorossiysk". */
  title: string;
  /** The best route of all by the criterion, no branch forced (shown once, marked). */
  best: boolean;
  /** The route the question is answered with (drawn on the map, its legs listed): the best, or a chosen branch. */
  chosen: boolean;
  /** The comparison label, when the option is a compared route (a branch or an all-sea comparator). */
  comparisonLabel: ComparisonLabel | null;
  /** The branch to force to make this option the route; `null` for the all-sea options and an unforced best. */
  branch: ForcibleBranch | null;
  /** The port the option first sails from (id), `null` when it does not go by sea. */
  originPort: string | null;
  /** Its name. */
  originPortName: string | null;
  route: RouteResult;
  days: OptionFigure;
  usd: OptionFigure;
  co2Kg: OptionFigure;
  marks: RouteOptionMark[];
  /** Why its figures are what they are: the criterion, the port of departure, the path (English, as the CSV writes it). */
  why: string;
  /** What `title` says, as ids (for the interface to word in the language shown). */
  titleFacts: OptionTitleFacts;
  /** What `why` says, as ids: the rule, the port it first sails from (unless the rule names it), the path's stops. */
  whyFacts: { basis: OptionBasis; sailsFrom: string | null | undefined; path: string[] };
}

/** What an option is called: a branch, an all-sea route (from its port), the best route (via places), a forced branch. */
export type OptionTitleFacts =
  | { kind: 'branch'; branch: ForcibleBranch }
  | { kind: 'all-sea'; label: ComparisonLabel; port: string | null }
  | { kind: 'best'; via: string[] }
  | { kind: 'forced'; branch: ForcibleBranch; via: string[] };

/**
 * The rule an option is the best route under (`criterion`: the question's; `from`: the origin's id):
 * the best of all that sails from a port other than the comparator's; the best of all or with a branch
 * forced (through via places); a compared branch (the best of all, or forced); an all-sea comparator.
 */
export type OptionBasis =
  | { kind: 'best-all-sea'; criterion: Criterion; port: string; from: string }
  | { kind: 'best'; criterion: Criterion; forced: ForcibleBranch | null; via: string[] }
  | { kind: 'branch'; criterion: Criterion; branch: ForcibleBranch; best: boolean }
  | { kind: 'all-sea'; criterion: Criterion; best: boolean; label: ComparisonLabel; port: string | null; from: string };

/** What the option cards need besides the answers. */
export interface RouteOptionNames {
  /** A place's display name. */
  place(id: string): string;
  /** The passages a segment goes through (`suez`, `cape-of-good-hope`). */
  passagesOf(segmentId: string): readonly string[];
}

const LAND_MODES: ReadonlySet<SegmentMode> = new Set<SegmentMode>(['rail', 'road']);
const SEA_MODES: ReadonlySet<SegmentMode> = new Set<SegmentMode>(['sea', 'river']);

const CRITERION_WORDS: Record<Criterion, string> = {
  distance: 'distance',
  time: 'time',
  cost: 'cost',
  co2: 'CO₂e',
};

/** The all-sea comparator a route is, when it is one: land legs and one comparator sailing through Suez or the Cape. */
export function allSeaShape(
  route: Pick<RouteResult, 'legs'>,
  names: Pick<RouteOptionNames, 'passagesOf'>,
): { label: Extract<ComparisonLabel, 'all-sea-suez' | 'all-sea-cape'>; sailing: RouteLeg } | undefined {
  const sailings = route.legs.filter((leg) => !LAND_MODES.has(leg.mode));
  const [sailing] = sailings;
  if (sailings.length !== 1 || !sailing || sailing.branch !== 'comparator') return undefined;
  const passages = names.passagesOf(sailing.segment);
  if (passages.includes('suez')) return { label: 'all-sea-suez', sailing };
  if (passages.includes('cape-of-good-hope')) return { label: 'all-sea-cape', sailing };
  return undefined;
}

function sameRoute(a: Pick<RouteResult, 'legs'>, b: Pick<RouteResult, 'legs'>): boolean {
  return a.legs.length === b.legs.length && a.legs.every((leg, index) => leg.segment === b.legs[index]?.segment);
}

/** The places (ids) where the route changes mode or branch, with its two ends. */
function pathStops(route: Pick<RouteResult, 'legs' | 'from' | 'to'>): string[] {
  const stops = [route.from];
  route.legs.forEach((leg, index) => {
    const next = route.legs[index + 1];
    if (!next || next.mode !== leg.mode || next.branch !== leg.branch) stops.push(leg.to);
  });
  if (stops[stops.length - 1] !== route.to) stops.push(route.to);
  return stops;
}

/** The places where the route changes mode or branch, with its two ends: "Moscow → Rostov → Novorossiysk → Mumbai". */
export function routePath(route: Pick<RouteResult, 'legs' | 'from' | 'to'>, place: (id: string) => string): string {
  return pathStops(route).map(place).join(' → ');
}

function firstSailing(route: Pick<RouteResult, 'legs'>): RouteLeg | undefined {
  return route.legs.find((leg) => SEA_MODES.has(leg.mode));
}

function figure(central: number, low: number, high: number, finest: number, scale: number): OptionFigure {
  const at = (value: number) => (scale > 0 ? Math.min(1, Math.max(0, value / scale)) : 0);
  return {
    central,
    low,
    high,
    text: formatWithRange(central, low, high, finest),
    bar: { start: at(Math.min(low, high)), end: at(Math.max(low, high)), tick: at(central) },
  };
}

interface Draft {
  key: RouteOptionKey;
  title: string;
  best: boolean;
  chosen: boolean;
  comparisonLabel: ComparisonLabel | null;
  branch: ForcibleBranch | null;
  route: RouteResult;
  /** What the option is, before the port and path are added. */
  basis: string;
  /** Whether `basis` already names the port of departure. */
  portInBasis: boolean;
  titleFacts: OptionTitleFacts;
  basisFacts: OptionBasis;
}

const isForcible = (label: ComparisonLabel): label is ForcibleBranch => !label.startsWith('all-sea');

/** The branches as they read inside a sentence ("with the Western branch forced"). */
const BRANCH_WORDS: Record<ForcibleBranch, string> = {
  western: 'Western branch',
  'trans-caspian': 'Trans-Caspian branch',
  eastern: 'Eastern branch',
};

/** A route that is no compared route: named by what it is (all-sea from its port, a forced branch, via places). */
function standaloneDraft(
  key: 'best' | 'route',
  route: RouteResult,
  flags: { best: boolean; chosen: boolean },
  names: RouteOptionNames,
  criterion: string,
  from: string,
  facts: { by: Criterion; from: string },
): Draft {
  const shape = allSeaShape(route, names);
  const forced = route.branch;
  const via = route.via.map(names.place).join(', ');
  const title = shape
    ? `${COMPARISON_ROUTE_LABELS[shape.label]} from ${names.place(shape.sailing.from)}`
    : forced
      ? `${BRANCH_LABELS[forced]}${via ? `, via ${via}` : ''}`
      : via
        ? `Best route via ${via}`
        : 'Best route';
  const basis = shape
    ? `the best route by ${criterion} of all: an all-sea route that sails from ${names.place(shape.sailing.from)}, not the comparator port nearest ${from} by land`
    : `the best route by ${criterion}${forced ? ` with the ${BRANCH_WORDS[forced]} forced` : ' of all'}${via ? ` through ${via}` : ''}`;
  const viaIds = [...route.via];
  return {
    key,
    title,
    ...flags,
    comparisonLabel: null,
    branch: forced,
    route,
    basis,
    portInBasis: shape !== undefined,
    titleFacts: shape
      ? { kind: 'all-sea', label: shape.label, port: shape.sailing.from }
      : forced
        ? { kind: 'forced', branch: forced, via: viaIds }
        : { kind: 'best', via: viaIds },
    basisFacts: shape
      ? { kind: 'best-all-sea', criterion: facts.by, port: shape.sailing.from, from: facts.from }
      : { kind: 'best', criterion: facts.by, forced, via: viaIds },
  };
}

/**
 * The option cards of a route answer: the route the question is answered with (`answer`, with its
 * via places and forced branch), the best route of all by the criterion (`overall`: the answer
 * without its forced branch; the answer itself when no branch is forced), and the comparison's
 * routes. A compared route that is the answer or the best route is shown once, with its marks;
 * the answer comes first, then the best route, then the comparison's order. Marks go to every
 * option with the least days, US$ or kg CO2e (central values).
 */
export function routeOptions(
  answer: RouteResult | undefined,
  comparison: Comparison | undefined,
  names: RouteOptionNames,
  overall: RouteResult | undefined = answer,
): RouteOption[] {
  const drafts: Draft[] = [];
  const by = answer?.by ?? comparison?.by ?? 'distance';
  const criterion = CRITERION_WORDS[by];
  const fromId = answer?.from ?? comparison?.from ?? '';
  const from = names.place(fromId);
  const facts = { by, from: fromId };
  let chosenPlaced = false;
  let bestPlaced = false;
  for (const compared of comparison?.routes ?? []) {
    const chosen: boolean = answer !== undefined && !chosenPlaced && sameRoute(answer, compared);
    const best: boolean = overall !== undefined && !bestPlaced && sameRoute(overall, compared);
    chosenPlaced ||= chosen;
    bestPlaced ||= best;
    const route = chosen && answer ? answer : best && overall ? overall : compared;
    const label = compared.label;
    if (isForcible(label)) {
      drafts.push({
        key: label,
        title: BRANCH_LABELS[label],
        best,
        chosen,
        comparisonLabel: label,
        branch: label,
        route,
        basis: best
          ? `the best route by ${criterion} of all, which takes the ${BRANCH_WORDS[label]}`
          : `the best route by ${criterion} with the ${BRANCH_WORDS[label]} forced`,
        portInBasis: false,
        titleFacts: { kind: 'branch', branch: label },
        basisFacts: { kind: 'branch', criterion: by, branch: label, best },
      });
    } else {
      const shape = allSeaShape(compared, names);
      const port = shape?.sailing.from;
      drafts.push({
        key: label,
        title: port ? `${COMPARISON_ROUTE_LABELS[label]} from ${names.place(port)}` : COMPARISON_ROUTE_LABELS[label],
        best,
        chosen,
        comparisonLabel: label,
        branch: null,
        route,
        basis: `${best ? `the best route by ${criterion} of all, and ` : ''}the best all-sea route by ${criterion} ${
          label === 'all-sea-suez' ? 'via Suez' : 'via the Cape'
        }${port ? ` from ${names.place(port)}, the comparator port nearest ${from} by land` : ''}`,
        portInBasis: port !== undefined,
        titleFacts: { kind: 'all-sea', label, port: port ?? null },
        basisFacts: { kind: 'all-sea', criterion: by, best, label, port: port ?? null, from: fromId },
      });
    }
  }
  const sameAsAnswer = answer !== undefined && overall !== undefined && sameRoute(answer, overall);
  if (overall && !bestPlaced) {
    drafts.unshift(
      standaloneDraft('best', overall, { best: true, chosen: sameAsAnswer }, names, criterion, from, facts),
    );
    chosenPlaced ||= sameAsAnswer;
  }
  if (answer && !chosenPlaced) {
    drafts.unshift(standaloneDraft('route', answer, { best: false, chosen: true }, names, criterion, from, facts));
  }
  // The answer first, then the best route.
  for (const first of [(draft: Draft) => draft.best, (draft: Draft) => draft.chosen]) {
    const index = drafts.findIndex(first);
    if (index > 0) drafts.unshift(...drafts.splice(index, 1));
  }
  const routes = drafts.map((draft) => draft.route.totals);
  const scale = (high: 'daysHigh' | 'usdHigh' | 'co2KgHigh') =>
    Math.max(0, ...routes.map((totals) => Math.max(totals[high], totals[high.replace('High', '') as 'days'])));
  const least = (figureKey: 'days' | 'usd' | 'co2Kg') => Math.min(...routes.map((totals) => totals[figureKey]));
  const fastest = least('days');
  const cheapest = least('usd');
  const cleanest = least('co2Kg');
  const daysScale = scale('daysHigh');
  const usdScale = scale('usdHigh');
  const co2Scale = scale('co2KgHigh');
  return drafts.map((draft) => {
    const { totals } = draft.route;
    const marks: RouteOptionMark[] = [];
    if (drafts.length > 1) {
      if (totals.days === fastest) marks.push('fastest');
      if (totals.usd === cheapest) marks.push('cheapest');
      if (totals.co2Kg === cleanest) marks.push('lowest-co2');
    }
    const sailing = firstSailing(draft.route);
    const port = sailing?.from ?? null;
    const sails = draft.portInBasis ? [] : [port ? `first sails from ${names.place(port)}` : 'by land only'];
    const why = `${[capitalise(draft.basis), ...sails, `path ${routePath(draft.route, names.place)}`].join('; ')}.`;
    return {
      key: draft.key,
      title: draft.title,
      best: draft.best,
      chosen: draft.chosen,
      comparisonLabel: draft.comparisonLabel,
      branch: draft.branch,
      originPort: port,
      originPortName: port ? names.place(port) : null,
      route: draft.route,
      days: figure(totals.days, totals.daysLow, totals.daysHigh, 0.1, daysScale),
      usd: figure(totals.usd, totals.usdLow, totals.usdHigh, 1, usdScale),
      co2Kg: figure(totals.co2Kg, totals.co2KgLow, totals.co2KgHigh, 1, co2Scale),
      marks,
      why,
      titleFacts: draft.titleFacts,
      whyFacts: {
        basis: draft.basisFacts,
        sailsFrom: draft.portInBasis ? undefined : port,
        path: pathStops(draft.route),
      },
    };
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
