import type { CorridorBranch, EnergyStatus, SegmentMode, SegmentStatus, VesselClass } from './vocabulary/vocabulary';
import {
  BRANCH_PHRASES,
  BRANCH_SHORT_LABELS,
  COMPARISON_ROUTE_LABELS,
  CRITERION_LABELS,
  ENERGY_STATUS_SHORT_LABELS,
  MODE_LABELS,
  MONTH_LABELS,
  SEGMENT_STATUS_LABELS,
  TRANSFER_LABELS,
  VESSEL_LABELS,
} from './vocabulary/vocabulary-labels';

/**
 * Text a person reads, never ids: names of places, segments, branches, modes, statuses, countries,
 * months and passages, correct plurals and lists. Every panel, table, export display column,
 * citation and image title builds its words here (or from `vocabulary-labels.ts`), so no id reaches
 * a sentence. Pure: the names of the loaded data come in as `DisplayNames`.
 */

const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const regions = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' });

/** Plural forms that are not the singular plus "s". */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  'gauge change': 'gauge changes',
  'border crossing': 'border crossings',
  country: 'countries',
  'country to avoid': 'countries to avoid',
  'LNG project': 'LNG projects',
  'status change': 'status changes',
  'energy asset': 'energy assets',
  passage: 'passages',
  'seasonal limit': 'seasonal limits',
};

/** The plural of an English noun phrase (a few irregular forms, else "s"; "…s", "…x", "…ch" take "es"). */
function pluralOf(singular: string): string {
  const irregular = IRREGULAR_PLURALS[singular];
  if (irregular) return irregular;
  if (/(s|x|ch|sh)$/.test(singular)) return `${singular}es`;
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  return `${singular}s`;
}

/** A count and its noun, in the right number: "1 border crossing", "2 border crossings", "1,200 legs". */
export function plural(amount: number, singular: string, pluralForm = pluralOf(singular)): string {
  return `${count.format(amount)} ${amount === 1 ? singular : pluralForm}`;
}

/** Items as an English list: "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  return conjunction.format(items);
}

/**
 * An id as words, for an id the data does not name (never expected; better than the slug):
 * "st-petersburg" → "St Petersburg", "astrakhan--anzali" → "Astrakhan – Anzali".
 */
export function humaniseId(id: string): string {
  return id
    .split('--')
    .map((part) =>
      part
        .split('-')
        .filter(Boolean)
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join(' '),
    )
    .join(' – ');
}

/** The names of the loaded data's features, by id; an unknown id reads as words, never as the slug. */
export interface DisplayNames {
  /** A place (corridor node) by id (current or alias). */
  place(id: string): string;
  /** A corridor segment by id. */
  segment(id: string): string;
  /** A passage (strait, canal, cape) by id. */
  passage(id: string): string;
  /** Any feature by id: a segment, a place, an event, an energy asset, a passage. */
  feature(id: string): string;
}

/** What `displayNames` reads: maps of id → name (any of them may be empty). */
export interface NameTables {
  places?: ReadonlyMap<string, string> | undefined;
  segments?: ReadonlyMap<string, string> | undefined;
  passages?: ReadonlyMap<string, string> | undefined;
  /** Everything else that can be selected: events, energy assets. */
  others?: ReadonlyMap<string, string> | undefined;
  /** Old place ids → current ids (contracts §1). */
  aliases?: ReadonlyMap<string, string> | undefined;
}

/** The display names of a data set's features. */
export function displayNames(tables: NameTables): DisplayNames {
  const place = (id: string) =>
    tables.places?.get(id) ?? tables.places?.get(tables.aliases?.get(id) ?? '') ?? humaniseId(id);
  const segment = (id: string) => tables.segments?.get(id) ?? humaniseId(id);
  const passage = (id: string) => tables.passages?.get(id) ?? humaniseId(id);
  return {
    place,
    segment,
    passage,
    feature: (id) =>
      tables.segments?.get(id) ??
      tables.places?.get(id) ??
      tables.others?.get(id) ??
      tables.passages?.get(id) ??
      place(id),
  };
}

/** Names where no data is loaded: every id as words. */
export const NAMES_FROM_IDS: DisplayNames = displayNames({});

/** A branch as a table cell: "Western", "Trans-Caspian", "Russia". */
export function branchName(branch: string): string {
  return BRANCH_SHORT_LABELS[branch as CorridorBranch] ?? humaniseId(branch);
}

/**
 * The branches a route runs on as a phrase: "the Russian network and the all-sea route" (in the
 * order given, each once).
 */
export function branchesPhrase(branches: readonly string[]): string {
  return listPhrase([...new Set(branches)].map(branchPhrase));
}

/** A comparison route's label as a name: "Western (via Azerbaijan)", "All sea via Suez". */
export function comparisonRouteName(label: string): string {
  return COMPARISON_ROUTE_LABELS[label as keyof typeof COMPARISON_ROUTE_LABELS] ?? branchName(label);
}

/** A mode as a table cell: "Rail", "River / canal". */
export function modeName(mode: string): string {
  return MODE_LABELS[mode as SegmentMode] ?? humaniseId(mode);
}

/** A vessel class as it reads in a sentence: "deep-sea container", "Caspian river–sea". */
function vesselName(vessel: string): string {
  return VESSEL_LABELS[vessel as VesselClass] ?? humaniseId(vessel).toLowerCase();
}

/** A mode with its vessel class: "Sea (deep-sea container)", "Rail". */
export function modeWithVessel(mode: string, vessel?: string | null): string {
  return vessel ? `${modeName(mode)} (${vesselName(vessel)})` : modeName(mode);
}

/**
 * A segment's or energy asset's status as a table cell: "Under construction", "Memorandum only
 * (MoU)"; no status on a day (`undefined`, or the tables' "not yet built") is "Not yet built".
 */
export function statusName(status: string | undefined): string {
  if (status === undefined || status === 'not yet built') return 'Not yet built';
  return (
    SEGMENT_STATUS_LABELS[status as SegmentStatus] ??
    ENERGY_STATUS_SHORT_LABELS[status as EnergyStatus] ??
    humaniseId(status)
  );
}

/** A step folded into a leg as it reads in a sentence: "gauge change", "wait for sailing". */
export function transferName(kind: string): string {
  return TRANSFER_LABELS[kind as keyof typeof TRANSFER_LABELS] ?? humaniseId(kind).toLowerCase();
}

/** A route criterion in a sentence: "time", "cost", "CO₂e". */
export function criterionName(criterion: string): string {
  const label = CRITERION_LABELS[criterion as keyof typeof CRITERION_LABELS];
  if (!label) return humaniseId(criterion).toLowerCase();
  return label === 'CO₂e' ? label : label.toLowerCase();
}

/** A country by its ISO 3166-1 alpha-2 code: "IR" → "Iran" (the code itself when unknown). */
export function countryName(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  return regions.of(code.toUpperCase()) ?? code;
}

/** Countries by code as a list: "Russia, Azerbaijan and Iran". */
export function countriesPhrase(codes: readonly string[]): string {
  return listPhrase(codes.map(countryName));
}

/** A month (1–12) by name. */
function monthName(month: number): string {
  return MONTH_LABELS[month - 1] ?? String(month);
}

/**
 * Months (1–12) as words, consecutive months joined into a span that may run across the new year:
 * [12, 1, 2, 3] → "December to March"; [1, 3, 4] → "January and March to April"; [] → "".
 */
export function monthsPhrase(months: readonly number[]): string {
  const set = new Set(months.filter((month) => Number.isInteger(month) && month >= 1 && month <= 12));
  if (set.size === 0) return '';
  if (set.size === 12) return 'all year';
  // Start each run at a month whose previous month is not in the set, walking from January.
  const runs: number[][] = [];
  for (let month = 1; month <= 12; month += 1) {
    const previous = month === 1 ? 12 : month - 1;
    if (!set.has(month) || set.has(previous)) continue;
    const run = [month];
    let next = month === 12 ? 1 : month + 1;
    while (set.has(next)) {
      run.push(next);
      next = next === 12 ? 1 : next + 1;
    }
    runs.push(run);
  }
  runs.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  const spans = runs.map((run) => {
    const first = run[0] ?? 1;
    const last = run[run.length - 1] ?? first;
    if (run.length === 1) return monthName(first);
    return `${monthName(first)} to ${monthName(last)}`;
  });
  return listPhrase(spans);
}

/** A seasonal limit of a leg, as a sentence part: "Astrakhan – Anzali: closed December to March". */
export function seasonalLimitPhrase(
  limit: { segment: string; closedMonths: readonly number[]; restrictedMonths?: readonly number[] | undefined },
  names: DisplayNames,
): string {
  const parts = [
    limit.closedMonths.length > 0 ? `closed ${monthsPhrase(limit.closedMonths)}` : undefined,
    (limit.restrictedMonths ?? []).length > 0 ? `restricted ${monthsPhrase(limit.restrictedMonths ?? [])}` : undefined,
  ].filter((part) => part !== undefined);
  return `${names.segment(limit.segment)}: ${parts.join('; ') || 'no seasonal limit'}`;
}

/**
 * How an all-sea comparator reaches the sea, with the place named: "by land to st-petersburg" →
 * "by land to St Petersburg" (the comparison's `access`).
 */
export function accessPhrase(access: string | null | undefined, names: DisplayNames): string {
  if (!access) return '';
  const match = /^(by (?:land|sea|rail|road) (?:to|from)) ([a-z0-9-]+)$/.exec(access);
  return match ? `${match[1]} ${names.place(match[2] ?? '')}` : access;
}

/**
 * A route question as a title: "Route from St Petersburg to Mumbai via Baku, best by time" (for
 * citations and image titles).
 */
export function routeTitle(route: readonly string[], criterion: string | undefined, names: DisplayNames): string {
  const from = route[0];
  const to = route[route.length - 1];
  if (from === undefined || to === undefined) return 'Route';
  const vias = route.slice(1, -1).map(names.place);
  return `Route from ${names.place(from)} to ${names.place(to)}${
    vias.length > 0 ? ` via ${listPhrase(vias)}` : ''
  }, best by ${criterionName(criterion ?? 'distance')}`;
}

/**
 * A routing reason (the router's words, which name places, segments, branches and link keys by id
 * so that the CLI and its tests read them exactly) as a sentence for a person: segment and place
 * ids become names, `avoid=IR,AZ` becomes "avoiding Iran and Azerbaijan", `month=1 (seasonal
 * closures)` "the seasonal closures of January", `branch=western` and "with western forced" the
 * branch by name, "via suez" the passage by name; event ids in brackets and source-id lists are
 * left out (the panel cites the events beside the reason).
 */
export function readableReason(text: string, names: DisplayNames, placeIds: ReadonlySet<string>): string {
  return text
    .replace(/ \[[a-z0-9-]+\]/g, '')
    .replace(/; sources: [a-z0-9-]+(?:, [a-z0-9-]+)*/g, '')
    .replace(/\bavoid=([A-Z]{2}(?:,[A-Z]{2})*)/g, (_, codes: string) => `avoiding ${countriesPhrase(codes.split(','))}`)
    .replace(
      /\bmonth=(\d{1,2}) \(seasonal closures\)/g,
      (_, month: string) => `the seasonal closures of ${monthName(Number(month))}`,
    )
    .replace(
      /\bmodes=([a-z,]+)/g,
      (_, modes: string) => `only ${listPhrase(modes.split(',').map((mode) => modeName(mode).toLowerCase()))}`,
    )
    .replace(/\bbranch=([a-z-]+)/g, (_, branch: string) => `${branchPhrase(branch)} forced`)
    .replace(/\bwith ([a-z-]+) forced\b/g, (_, branch: string) => `with ${branchPhrase(branch)} forced`)
    .replace(/\bvia (suez|cape-of-good-hope)\b/g, (_, passage: string) => `via ${names.passage(passage)}`)
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*/g, (id) => names.segment(id))
    .replace(/(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w-])/g, (word) =>
      placeIds.has(word) ? names.place(word) : word,
    )
    .replace(/ is in ([A-Z]{2})\b/g, (_, code: string) => ` is in ${countryName(code)}`);
}

/** A branch in a sentence: "the Western branch" (an unknown id as words). */
function branchPhrase(branch: string): string {
  return BRANCH_PHRASES[branch as CorridorBranch] ?? humaniseId(branch);
}
