import { formatWithRange } from '../figure-precision';
import type { RouteResult } from '../routing/route-result';
import type { CargoKind, Criterion, SegmentMode } from '../vocabulary/vocabulary';
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

/**
 * The words a figure's texts are made of, in one language (issue 16). The domain keeps English
 * (`ENGLISH_FIGURE_WORDS`, for the CLI, the tests and any caller that names no language); the
 * interface builds the language shown from its catalogues (`src/i18n/figure-words.ts`). Names
 * come in already in the language (from the caller's `NameLookup`); figures come in as numbers
 * and are written by the words, in the language's digits.
 */
export interface FigureWords {
  /** "Route from A to B via C and D, best by time". */
  routeTitle(parts: { from: string; to: string; vias: readonly string[]; criterion: Criterion }): string;
  /** "Corridor segment A – B". */
  segmentTitle(segment: string): string;
  /** "Comparison of A – B and C – D". */
  comparisonTitle(segments: readonly string[]): string;
  /** The title of a figure of the map itself. */
  corridorTitle(): string;
  /** "A to B, best by time: about 27 (20–35) days, US$ … per TEU and … kg CO₂e per TEU; 7,654 km in 2 legs." */
  headline(parts: {
    from: string;
    to: string;
    criterion: Criterion;
    cargo: CargoKind;
    totals: RouteResult['totals'];
    legs: number;
  }): string;
  /** The caption's second line: what the brackets mean, and what the figures were computed from. */
  method(parts: { dataVersion: string; date: string; dateBasis: RouteResult['dateBasis'] }): string;
  /** The caption of a figure without a route: the data version and the network's day. */
  viewFacts(parts: { dataVersion: string; networkDay: string }): string;
  /** A leg between two places: "A – B". */
  leg(from: string, to: string): string;
  /** A mode of transport as a table cell: "Rail". */
  mode(mode: SegmentMode): string;
  /** A figure rounded to a whole number, in the language's digits: "1,400". */
  whole(value: number): string;
  /** A figure to one decimal, in the language's digits: "2.8". */
  tenth(value: number): string;
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

/** The day a route's figures are for, as a phrase. */
function dayPhrase(route: Pick<RouteResult, 'date' | 'dateBasis'>): string {
  if (route.dateBasis === 'as-of') return `as of ${route.date}`;
  if (route.dateBasis === 'year') return `at the end of ${route.date.slice(0, 4)}`;
  return `on ${route.date}`;
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const TENTH = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The figure's words in English: the CLI's, and the default of every function here. */
export const ENGLISH_FIGURE_WORDS: FigureWords = {
  routeTitle: ({ from, to, vias, criterion }) =>
    `Route from ${from} to ${to}` +
    (vias.length ? ` via ${listOf(vias)}` : '') +
    `, best by ${criterionWord(criterion)}`,
  segmentTitle: (segment) => `Corridor segment ${segment}`,
  comparisonTitle: (segments) => `Comparison of ${listOf(segments)}`,
  corridorTitle: () => 'The International North–South Transport Corridor',
  headline: ({ from, to, criterion, cargo, totals, legs }) => {
    const unit = CARGO_UNIT_LABELS[cargo];
    return (
      `${from} to ${to}, best by ${criterionWord(criterion)}: ` +
      `${formatWithRange(totals.days, totals.daysLow, totals.daysHigh, 0.1)} days, ` +
      `US$ ${formatWithRange(totals.usd, totals.usdLow, totals.usdHigh)} ${unit} and ` +
      `${formatWithRange(totals.co2Kg, totals.co2KgLow, totals.co2KgHigh)} kg CO₂e ${unit}; ` +
      `${WHOLE.format(totals.km)} km in ${legs} ${legs === 1 ? 'leg' : 'legs'}.`
    );
  },
  method: (route) =>
    'Brackets: optimistic and pessimistic assumption sets, not confidence intervals. ' +
    `Computed by INSTC Explorer from data version ${route.dataVersion} for the network ${dayPhrase(route)}.`,
  viewFacts: ({ dataVersion, networkDay }) => `Data version ${dataVersion}; the network as on ${networkDay}.`,
  leg: (from, to) => `${from} – ${to}`,
  mode: (mode) => MODE_LABELS[mode],
  whole: (value) => WHOLE.format(value),
  tenth: (value) => TENTH.format(value),
};

/**
 * A title for the view with names, never ids: "Route from Moscow to Mumbai (JNPT / Nhava Sheva),
 * best by time", "Comparison of Rasht – Qazvin and Astara – Rasht", the selected feature's name,
 * or the map itself; in the language of `words` (English unless given). Pure.
 */
export function viewTitle(view: ViewContent, names: NameLookup, words: FigureWords = ENGLISH_FIGURE_WORDS): string {
  const route = view.route;
  if (route && route.length >= 2) {
    const [from = '', ...rest] = route;
    const to = rest[rest.length - 1] ?? '';
    return words.routeTitle({
      from: names.place(from),
      to: names.place(to),
      vias: rest.slice(0, -1).map((id) => names.place(id)),
      criterion: view.criterion ?? 'distance',
    });
  }
  if (view.comparedSegments.length === 1) return words.segmentTitle(names.segment(view.comparedSegments[0] ?? ''));
  if (view.comparedSegments.length > 1)
    return words.comparisonTitle(view.comparedSegments.map((id) => names.segment(id)));
  if (view.selection) return names.feature(view.selection);
  return words.corridorTitle();
}

/** The headline figures of a route with their ranges, in words (English unless `words` are given). */
export function routeHeadline(
  route: RouteResult,
  names: NameLookup,
  words: FigureWords = ENGLISH_FIGURE_WORDS,
): string {
  return words.headline({
    from: names.place(route.from),
    to: names.place(route.to),
    criterion: route.by,
    cargo: route.cargo,
    totals: route.totals,
    legs: route.legs.length,
  });
}

/**
 * The figure's caption: the route's headline figures with their ranges and what the ranges
 * mean, the data version and the network's day; for other views, the data version and day only.
 * English unless `words` are given. Pure.
 */
export function figureCaption(
  route: RouteResult | undefined,
  names: NameLookup,
  facts: { dataVersion: string; networkDay: string },
  words: FigureWords = ENGLISH_FIGURE_WORDS,
): string[] {
  if (!route) return [words.viewFacts(facts)];
  return [routeHeadline(route, names, words), words.method(route)];
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
export function legRows(route: RouteResult, names: NameLookup, words: FigureWords = ENGLISH_FIGURE_WORDS): LegRow[] {
  return route.legs.map((leg, index) => ({
    number: index + 1,
    leg: words.leg(names.place(leg.from), names.place(leg.to)),
    mode: words.mode(leg.mode),
    km: words.whole(leg.km),
    days: words.tenth(leg.days),
    usd: words.whole(leg.usd),
    co2Kg: words.whole(leg.co2Kg),
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
