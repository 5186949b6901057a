import { formatWithRange } from '../figure-precision';
import type { RouteResult } from '../routing/route-result';
import type { Criterion } from '../vocabulary/vocabulary';
import { CARGO_UNIT_LABELS, CRITERION_LABELS, MODE_LABELS } from '../vocabulary/vocabulary-labels';

/** Names for the ids a view holds (places, segments, any selectable feature). */
export interface NameLookup {
  place(id: string): string;
  segment(id: string): string;
  /** Any selectable feature (segment, place, event, energy asset). */
  feature(id: string): string;
}

/** What a view shows, as ids and choices (the store's words). */
export interface ViewContent {
  route?: readonly string[] | undefined;
  criterion?: Criterion | undefined;
  comparedSegments: readonly string[];
  selection?: string | undefined;
}

/** "time", "cost", "CO₂e": a criterion as it reads inside a sentence. */
function criterionWord(criterion: Criterion): string {
  return criterion === 'co2' ? CRITERION_LABELS.co2 : CRITERION_LABELS[criterion].toLowerCase();
}

/** "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A title for the view with names, never ids: "Route from Moscow to Mumbai (JNPT / Nhava Sheva),
 * best by time", "Comparison of Rasht – Qazvin and Astara – Rasht", the selected feature's name,
 * or the map itself. Pure.
 */
export function viewTitle(view: ViewContent, names: NameLookup): string {
  const route = view.route;
  if (route && route.length >= 2) {
    const [from = '', ...rest] = route;
    const to = rest[rest.length - 1] ?? '';
    const via = rest.slice(0, -1).map((id) => names.place(id));
    return (
      `Route from ${names.place(from)} to ${names.place(to)}` +
      (via.length ? ` via ${listOf(via)}` : '') +
      `, best by ${criterionWord(view.criterion ?? 'distance')}`
    );
  }
  if (view.comparedSegments.length === 1) return `Corridor segment ${names.segment(view.comparedSegments[0] ?? '')}`;
  if (view.comparedSegments.length > 1)
    return `Comparison of ${listOf(view.comparedSegments.map((id) => names.segment(id)))}`;
  if (view.selection) return names.feature(view.selection);
  return 'The International North–South Transport Corridor';
}

/** The day a route's figures are for, as a phrase. */
function dayPhrase(route: Pick<RouteResult, 'date' | 'dateBasis'>): string {
  if (route.dateBasis === 'as-of') return `as of ${route.date}`;
  if (route.dateBasis === 'year') return `at the end of ${route.date.slice(0, 4)}`;
  return `on ${route.date}`;
}

/** The headline figures of a route with their ranges, in words. */
export function routeHeadline(route: RouteResult, names: NameLookup): string {
  const { totals } = route;
  const unit = CARGO_UNIT_LABELS[route.cargo];
  return (
    `${names.place(route.from)} to ${names.place(route.to)}, best by ${criterionWord(route.by)}: ` +
    `${formatWithRange(totals.days, totals.daysLow, totals.daysHigh, 0.1)} days, ` +
    `US$ ${formatWithRange(totals.usd, totals.usdLow, totals.usdHigh)} ${unit} and ` +
    `${formatWithRange(totals.co2Kg, totals.co2KgLow, totals.co2KgHigh)} kg CO₂e ${unit}; ` +
    `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(totals.km)} km in ` +
    `${route.legs.length} ${route.legs.length === 1 ? 'leg' : 'legs'}.`
  );
}

/**
 * The figure's caption: the route's headline figures with their ranges and what the ranges
 * mean, the data version and the network's day; for other views, the data version and day only. Pure.
 */
export function figureCaption(
  route: RouteResult | undefined,
  names: NameLookup,
  facts: { dataVersion: string; networkDay: string },
): string[] {
  if (!route) return [`Data version ${facts.dataVersion}; the network as on ${facts.networkDay}.`];
  return [
    routeHeadline(route, names),
    'Brackets: optimistic and pessimistic assumption sets, not confidence intervals. ' +
      `Computed by INSTC Explorer from data version ${route.dataVersion} for the network ${dayPhrase(route)}.`,
  ];
}

/** One row of a route's legs table, in words and rounded figures. */
export interface LegRow {
  number: number;
  leg: string;
  mode: string;
  km: string;
  days: string;
  usd: string;
  co2Kg: string;
}

/** The route's legs as rows with names (central figures, rounded for reading). Pure. */
export function legRows(route: RouteResult, names: NameLookup): LegRow[] {
  const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  const tenth = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return route.legs.map((leg, index) => ({
    number: index + 1,
    leg: `${names.place(leg.from)} – ${names.place(leg.to)}`,
    mode: MODE_LABELS[leg.mode],
    km: whole.format(leg.km),
    days: tenth.format(leg.days),
    usd: whole.format(leg.usd),
    co2Kg: whole.format(leg.co2Kg),
  }));
}

/** A source as a reader names it. */
export interface SourceTitle {
  title: string;
  publisher: string;
  url: string | null;
}

/**
 * The sources cited by a set of features, once each, in the order first cited, by title (ids the
 * bibliography does not know are left out). Pure.
 */
export function sourcesOf(
  sourceIdsByFeature: Iterable<readonly string[]>,
  lookup: (id: string) => SourceTitle | undefined,
): SourceTitle[] {
  const seen = new Set<string>();
  const out: SourceTitle[] = [];
  for (const ids of sourceIdsByFeature) {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const source = lookup(id);
      if (source) out.push(source);
    }
  }
  return out;
}
