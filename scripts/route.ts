import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeProblem, errorsOf } from '../src/data/data-problem';
import { readRouting, unreadableFileProblems } from '../src/data/read-geodata-node';
import { isoDate } from '../src/domain/export/export-file-name';
import {
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  type ExportFormatId,
  exportFormatOf,
} from '../src/domain/export/export-formats';
import { EXPORT_GENERATOR } from '../src/domain/export/export-generator';
import { formatCentral, formatWithRange } from '../src/domain/figure-precision';
import { printableText } from '../src/domain/printable-text';
import {
  ASSUMPTION_OVERRIDE_RANGE,
  type AssumptionRanges,
  readAssumptionOverride,
} from '../src/domain/read-assumption-override';
import { type DisplayNames, displayNames } from '../src/domain/readable';
import { assumptionRanges } from '../src/domain/routing/assumption-catalogue';
import {
  describeEditorialRange,
  EDITORIAL_ESTIMATE_LABEL,
  editorialAssumptionsOfRoute,
} from '../src/domain/routing/editorial-assumptions';
import type { RouteQuery } from '../src/domain/routing/route-query';
import type { ComparedRoute, Comparison, RouteResult } from '../src/domain/routing/route-result';
import type { RoutingAssumptions } from '../src/domain/routing/routing-input';
import { isScenarioFlag, SCENARIO_FLAGS, SCENARIOS } from '../src/domain/routing/scenarios';
import { describeSeasonalEffect } from '../src/domain/routing/seasonal-effect';
import { readScenarioDate, SCENARIO_DATE_RANGE } from '../src/domain/timeline/scenario-date';
import {
  CARGO_KINDS,
  type CargoKind,
  CRITERIA,
  type Criterion,
  FORCIBLE_BRANCHES,
  type ForcibleBranch,
  MONTH_RANGE,
  ROUTE_PLACE_LIMIT,
  SCENARIO_YEAR_RANGE,
  SEGMENT_MODES,
  type SegmentMode,
} from '../src/domain/vocabulary/vocabulary';

/**
 * Exit codes of contracts §6, and 65 (a project addition, as BSD sysexits' EX_DATAERR): the geodata
 * cannot be read (a file missing or not JSON) or gives no router (unusable assumptions).
 */
const EXIT = { done: 0, unknownId: 2, noRoute: 3, usage: 64, dataError: 65 } as const;

/** The CLI's own formats, then the registered export formats (`EXPORT_FORMATS`). */
const FORMATS = ['table', 'json', ...EXPORT_FORMAT_IDS] as const;
type Format = 'table' | 'json' | ExportFormatId;

const USAGE = `Usage: npm run -s route -- FROM TO [options]   (or: npx instc route FROM TO [options])

  --via ID,ID                         pass through these places, in order (at most ${ROUTE_PLACE_LIMIT - 2})
  --by ${CRITERIA.join('|').padEnd(31)}criterion (default distance)
  --cargo ${CARGO_KINDS.join('|').padEnd(28)}per TEU or per tonne (default container)
  --scenario ${SCENARIO_FLAGS.join(',')}
${SCENARIOS.map((scenario) => `      ${scenario.flag.padEnd(30)}${scenario.summary}`).join('\n')}
  --date YYYY-MM-DD                   the network as of that day, events included, ${SCENARIO_DATE_RANGE.minimum}..${SCENARIO_DATE_RANGE.maximum} (default: the data's as-of date)
  --year YYYY                         the network as open at the end of that year, ${SCENARIO_YEAR_RANGE.minimum}..${SCENARIO_YEAR_RANGE.maximum} (--date wins)
  --month M                           1..12: seasonal closures close legs; seasonal restrictions add their sourced effect
  --avoid CC,CC                       no node or segment in these countries (ISO 3166-1 alpha-2 codes of places in the data)
  --modes ${SEGMENT_MODES.join(',').padEnd(28)}only segments of these modes
  --branch ${FORCIBLE_BRANCHES.join('|')}
  --compare                           every branch joining the places and the all-sea comparators
  --format ${FORMATS.join('|').padEnd(27)}(default table; ${EXPORT_FORMATS.map((format) => format.label).join(' and ')} as the app downloads them)
  --asm KEY:VALUE,KEY:VALUE           replace central assumption values (as the link's asm=; each within the range
                                      geodata/assumptions.json gives it, at most ${ASSUMPTION_OVERRIDE_RANGE.decimals} decimals)

Exit codes: 0 done, 2 unknown id, 3 no route, 64 bad usage, 65 unreadable geodata. See docs/cli.md.`;

/** What the CLI routes with: the geodata read by the Node reader (`readRouting`). */
export type RouteData = ReturnType<typeof readRouting>;

class UsageError extends Error {}

interface CliRequest {
  query: RouteQuery;
  /** The `--asm` pairs as typed, checked against the data's ranges once it is read. */
  assumptionPairs: string[];
  compare: boolean;
  format: Format;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function list(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}

function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseRequest(argv: readonly string[]): CliRequest {
  const parsed = parseOptions(argv);
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    throw new UsageError(`expected FROM and TO, got ${positionals.length} place id(s)`);
  }
  const [from = '', to = ''] = positionals;
  const scenarios = list(values.scenario);
  for (const scenario of scenarios) oneOf(scenario, SCENARIO_FLAGS, 'scenario', 'planned');
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    const years = SCENARIO_YEAR_RANGE;
    if (!/^\d{4}$/.test(values.year) || year < years.minimum || year > years.maximum) {
      throw new UsageError(`--year must be a year from ${years.minimum} to ${years.maximum} (got "${values.year}")`);
    }
  }
  let date: string | undefined;
  if (values.date !== undefined) {
    const reading = readScenarioDate(values.date);
    if (reading.kind === 'refused') throw new UsageError(`--date "${values.date}" ${reading.reason}`);
    date = reading.date;
  }
  let month: number | undefined;
  if (values.month !== undefined) {
    month = Number(values.month);
    const months = MONTH_RANGE;
    if (!/^\d{1,2}$/.test(values.month) || month < months.minimum || month > months.maximum) {
      throw new UsageError(`--month must be ${months.minimum} to ${months.maximum} (got "${values.month}")`);
    }
  }
  const avoid = list(values.avoid).map((country) => country.toUpperCase());
  for (const country of avoid) {
    if (!/^[A-Z]{2}$/.test(country)) throw new UsageError(`--avoid takes ISO 3166-1 alpha-2 codes (got "${country}")`);
  }
  const modes = list(values.modes).map((mode) => oneOf(mode, SEGMENT_MODES, 'modes', 'rail')) as SegmentMode[];
  // A Map, never a plain object, for keys typed by the user; the last value of a key wins, as in links.
  const overrides = new Map<string, number>();
  const assumptionPairs = list(values.asm);
  for (const pair of assumptionPairs) {
    const reading = readAssumptionOverride(pair);
    if (reading.kind === 'refused') throw new UsageError(`--asm "${pair}": ${reading.reason}`);
    overrides.set(reading.key, reading.value);
  }
  const via = list(values.via);
  if (via.length + 2 > ROUTE_PLACE_LIMIT) {
    throw new UsageError(
      `--via takes at most ${ROUTE_PLACE_LIMIT - 2} places: a route names at most ${ROUTE_PLACE_LIMIT}, as in links (got ${via.length})`,
    );
  }
  const query: RouteQuery = {
    from,
    to,
    via,
    by: oneOf<Criterion>(values.by, CRITERIA, 'by', 'distance'),
    cargo: oneOf<CargoKind>(values.cargo, CARGO_KINDS, 'cargo', 'container'),
    scenario: {
      date,
      year,
      month,
      flags: scenarios.filter(isScenarioFlag),
      avoidCountries: avoid,
    },
    modes: modes.length > 0 ? modes : undefined,
    branch:
      values.branch === undefined
        ? undefined
        : oneOf<ForcibleBranch>(values.branch, FORCIBLE_BRANCHES, 'branch', 'western'),
    assumptionOverrides: Object.fromEntries(overrides),
  };
  return {
    query,
    assumptionPairs,
    compare: values.compare === true,
    format: oneOf<Format>(values.format, FORMATS, 'format', 'table'),
  };
}

/**
 * Checks what only the data can tell: every `--avoid` country is the country of some place, and
 * every `--asm` value lies in the range the data gives its assumption (as links are checked).
 */
function checkAgainstData(request: CliRequest, countries: readonly string[], ranges: AssumptionRanges): void {
  for (const pair of request.assumptionPairs) {
    const reading = readAssumptionOverride(pair, ranges);
    if (reading.kind === 'refused') throw new UsageError(`--asm "${pair}": ${reading.reason}`);
  }
  const known = new Set(countries);
  const unknown = (request.query.scenario.avoidCountries ?? []).filter((country) => !known.has(country));
  if (unknown.length > 0) {
    throw new UsageError(
      `--avoid: ${unknown.map((country) => `"${country}"`).join(', ')} is not the country of any place in the data (${countries.join(', ')})`,
    );
  }
}

const OPTIONS = {
  via: { type: 'string' },
  by: { type: 'string' },
  cargo: { type: 'string' },
  scenario: { type: 'string' },
  date: { type: 'string' },
  year: { type: 'string' },
  month: { type: 'string' },
  avoid: { type: 'string' },
  modes: { type: 'string' },
  branch: { type: 'string' },
  compare: { type: 'boolean' },
  format: { type: 'string' },
  asm: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function alignTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) =>
          rightAligned.has(index) ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function perUnit(cargo: CargoKind): string {
  return cargo === 'container' ? 'per TEU' : 'per tonne';
}

/** The day the figures are for, as the query named it. */
function describeDay(result: RouteResult | Comparison): string {
  if (result.dateBasis === 'date') return `date ${result.date}`;
  if (result.dateBasis === 'year') return `year ${result.year} (network on ${result.date})`;
  return `as of ${result.date} (the data's as-of date)`;
}

function describeScenario(result: RouteResult | Comparison): string {
  const parts = [describeDay(result)];
  if (result.month !== null) parts.push(`month ${result.month}`);
  parts.push(...result.scenario);
  if (result.avoid.length > 0) parts.push(`avoid ${result.avoid.join(',')}`);
  return parts.join(', ');
}

function observationLines(route: RouteResult): string[] {
  if (route.observations.length === 0) return ['Observations on this route: none recorded.'];
  const lines = ['Observations on this route (as reported by their sources; not used in the figures above):'];
  for (const observation of route.observations) {
    const reported: string[] = [];
    const { days, km, costUsd, comparison } = observation.reported;
    if (days) reported.push(days.low === days.high ? `${days.low} days` : `${days.low}–${days.high} days`);
    if (km !== undefined) reported.push(`${formatNumber(km)} km`);
    if (costUsd) {
      const span =
        costUsd.low === costUsd.high
          ? formatNumber(costUsd.low)
          : `${formatNumber(costUsd.low)}–${formatNumber(costUsd.high)}`;
      reported.push(
        `USD ${span}${costUsd.per ? ` per ${costUsd.per}` : ''}${costUsd.year ? ` (${costUsd.year})` : ''}`,
      );
    }
    if (comparison) reported.push(comparison);
    lines.push(
      `- ${observation.date} ${observation.title} [${observation.kind}, ${observation.match}${observation.verified ? '' : ', unverified'}]`,
      `    reported: ${reported.length > 0 ? reported.join('; ') : 'no figures'}`,
      `    by: ${observation.claimedBy}; sources: ${observation.sources.join(', ')}`,
    );
  }
  return lines;
}

/** A figure with its range, to the precision the range supports (`about 29 (14–49)`). */
function range(central: number, low: number, high: number, decimals: number): string {
  return formatWithRange(central, low, high, 10 ** -decimals);
}

function routeTable(route: RouteResult): string {
  const unit = perUnit(route.cargo);
  const header = [
    '#',
    'segment',
    'from',
    'to',
    'mode',
    'km',
    'days',
    `USD ${unit}`,
    `kg CO2e ${unit}`,
    'transfers folded in (hours)',
  ];
  const rows = route.legs.map((leg, index) => [
    String(index + 1),
    leg.segment,
    leg.from,
    leg.to,
    leg.vessel ? `${leg.mode} (${leg.vessel})` : leg.mode,
    formatNumber(leg.km),
    formatCentral(leg.days, leg.daysLow, leg.daysHigh, 0.1),
    formatCentral(leg.usd, leg.usdLow, leg.usdHigh),
    formatCentral(leg.co2Kg, leg.co2KgLow, leg.co2KgHigh),
    leg.transfers.map((step) => `${step.kind} ${formatNumber(step.hours)}`).join(', '),
  ]);
  const { totals } = route;
  const lines = [
    `Route ${route.from} → ${route.to}${route.via.length > 0 ? ` via ${route.via.join(', ')}` : ''}, by ${route.by}, ${route.cargo} (${unit}); ${describeScenario(route)}${route.branch ? `; branch ${route.branch}` : ''}${route.modes ? `; modes ${route.modes.join(',')}` : ''}; data ${route.dataVersion}`,
    '',
    alignTable([header, ...rows], new Set([0, 5, 6, 7, 8])),
    '',
    `Total: ${formatNumber(totals.km)} km (${formatNumber(totals.seaNauticalMiles)} nm by sea and river; published lengths where the sources give them, else drawn)`,
    `  days     ${range(totals.days, totals.daysLow, totals.daysHigh, 1)}`,
    `  USD      ${range(totals.usd, totals.usdLow, totals.usdHigh, 0)} ${unit}`,
    `  kg CO2e  ${range(totals.co2Kg, totals.co2KgLow, totals.co2KgHigh, 0)} ${unit}, well-to-wheel`,
    `  border crossings ${totals.borderCrossings}, gauge changes ${totals.gaugeChanges}, transshipments ${totals.transshipments}`,
    '  (ranges: optimistic–pessimistic assumption sets; scenario bounds, not confidence intervals;',
    '   figures rounded to the precision their range supports; --format json keeps full numbers)',
  ];
  lines.push(...seasonalLines(route));
  lines.push(...dayLines(route));
  lines.push('', ...observationLines(route));
  return `${lines.join('\n')}\n`;
}

/**
 * The seasonal limits of the route's legs: months closed, months restricted with the effect and its
 * sources, and whether the route's month puts the effect in the figures.
 */
function seasonalLines(route: RouteResult): string[] {
  if (route.seasonalLimits.length === 0) return [];
  const lines = ['  seasonal limits:'];
  for (const limit of route.seasonalLimits) {
    const parts: string[] = [];
    if (limit.closedMonths.length > 0) parts.push(`closed in months ${limit.closedMonths.join(',')}`);
    if (limit.restrictedMonths.length > 0) {
      const effect = limit.effect ? `: ${describeSeasonalEffect(limit.effect, route.cargo)}` : ': no sourced effect';
      const inFigures = limit.inFigures
        ? `; in the figures for month ${route.month}`
        : route.month === null
          ? '; not in the figures (no month asked)'
          : `; not in the figures (month ${route.month} is not restricted)`;
      parts.push(`restricted (open) in months ${limit.restrictedMonths.join(',')}${effect}${inFigures}`);
    }
    // The effect's sources where it has figures (the months' own sources are the segment's, in its panel).
    const effectSources = limit.effect?.sources ?? [];
    const sources =
      effectSources.length > 0 ? `effect sources: ${effectSources.join(', ')}` : `sources: ${limit.sources.join(', ')}`;
    lines.push(`    ${limit.segment}: ${parts.join('; ')} (${sources})`);
  }
  return lines;
}

/** The seasonal limits of a compared route in a few words: the months closed and restricted. */
function seasonalSummary(route: RouteResult): string {
  const months = (pick: (limit: RouteResult['seasonalLimits'][number]) => number[]) => [
    ...new Set(route.seasonalLimits.flatMap(pick)),
  ];
  const closed = months((limit) => limit.closedMonths);
  const restricted = months((limit) => limit.restrictedMonths);
  const parts = [
    ...(closed.length > 0 ? [`closed ${closed.join(',')}`] : []),
    ...(restricted.length > 0 ? [`restricted ${restricted.join(',')}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'none';
}

/** What the day's events did to the route: restrictions met, and the route they ruled out. */
function dayLines(route: RouteResult): string[] {
  const lines: string[] = [];
  const restrictions = route.legs.flatMap((leg) => leg.restrictions ?? []);
  if (restrictions.length > 0) {
    const seen = new Set<string>();
    lines.push(`  restricted on ${route.date} (open with reduced capacity or added risk):`);
    for (const restriction of restrictions) {
      const key = `${restriction.target}|${restriction.event}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const period = restriction.until ? `${restriction.since} to ${restriction.until}` : `since ${restriction.since}`;
      const figures = restriction.inFigures
        ? 'in the figures (event-restriction step)'
        : 'not in the figures: no sourced figure';
      lines.push(
        `    ${restriction.target} ${period}${restriction.event ? ` (event ${restriction.event})` : ''}; ${figures}`,
      );
    }
  }
  const detour = route.eventDetour;
  if (detour) {
    lines.push(
      `  events in force on ${route.date} (${detour.events.join(', ')}) close ${detour.closed.join(', ')}; without them the best route would be ${formatNumber(detour.km)} km, ${formatNumber(detour.days, 1)} days`,
    );
  }
  return lines;
}

function comparisonTable(comparison: Comparison): string {
  const unit = perUnit(comparison.cargo);
  const routes = comparison.routes;
  const metric = (label: string, value: (route: ComparedRoute) => string) => [label, ...routes.map(value)];
  const rows = [
    ['', ...routes.map((route) => route.label)],
    metric('km', (route) => formatNumber(route.totals.km)),
    metric('sea nm', (route) => formatNumber(route.totals.seaNauticalMiles)),
    metric('days', ({ totals }) => formatWithRange(totals.days, totals.daysLow, totals.daysHigh, 0.1)),
    metric(`USD ${unit}`, ({ totals }) => formatWithRange(totals.usd, totals.usdLow, totals.usdHigh)),
    metric(`kg CO2e ${unit}`, ({ totals }) => formatWithRange(totals.co2Kg, totals.co2KgLow, totals.co2KgHigh)),
    metric('border crossings', (route) => String(route.totals.borderCrossings)),
    metric('gauge changes', (route) => String(route.totals.gaugeChanges)),
    metric('transshipments', (route) => String(route.totals.transshipments)),
    metric('seasonal limits', seasonalSummary),
    metric('observations', (route) => String(route.observations.length)),
  ];
  const lines = [
    `Comparison ${comparison.from} → ${comparison.to}, by ${comparison.by}, ${comparison.cargo} (${unit}); ${describeScenario(comparison)}; data ${comparison.dataVersion}`,
    '',
    alignTable(rows, new Set(routes.map((_, index) => index + 1))),
    '',
    'Ranges: optimistic–pessimistic assumption sets (scenario bounds, not confidence intervals), in brackets; figures rounded to the precision their range supports. km: published lengths where the sources give them, else drawn.',
  ];
  for (const route of routes) {
    const places = [route.legs[0]?.from, ...route.legs.map((leg) => leg.to)].filter(Boolean).join(' → ');
    lines.push('', `${route.label}${route.access ? ` (${route.access})` : ''}: ${places}`, ...observationLines(route));
  }
  if (comparison.omitted.length > 0) {
    lines.push('', 'Not shown:');
    for (const entry of comparison.omitted) lines.push(`- ${entry.label}: ${entry.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The table's closing section on the assumptions that cite no source (issue 13 §5): each editorial
 * estimate the routes' figures use, with its three values and the range an override may take.
 */
function editorialSection(routes: readonly RouteResult[], assumptions: RoutingAssumptions | undefined): string {
  if (!assumptions) return '';
  const entries = new Map(
    routes.flatMap((route) => editorialAssumptionsOfRoute(route, assumptions)).map((entry) => [entry.key, entry]),
  );
  if (entries.size === 0) return '\nEvery assumption behind these figures cites a source.\n';
  const lines = [
    '',
    `Each of these assumptions behind the figures is an ${EDITORIAL_ESTIMATE_LABEL}; change one with --asm KEY:VALUE:`,
  ];
  for (const entry of entries.values()) lines.push(`  ${entry.key}: ${describeEditorialRange(entry)}`);
  return `${lines.join('\n')}\n`;
}

/** A value typed by the user, quoted and printable (no control or bidirectional character reaches the terminal). */
function quoted(text: string): string {
  return `"${printableText(text)}"`;
}

/** The names the CSV display columns give places, segments and passages, as the app's do. */
export function corridorDisplayNames(corridor: RouteData['corridor']): DisplayNames {
  return displayNames({
    places: new Map(corridor.nodes.map(({ properties }) => [properties.id, properties.name])),
    segments: new Map(corridor.segments.map(({ properties }) => [properties.id, properties.name])),
    passages: new Map(corridor.passages.map(({ properties }) => [properties.id, properties.name])),
    aliases: corridor.aliases,
  });
}

/**
 * Runs the CLI on `argv` (after `FROM TO`'s command name), writing to the given streams; returns the
 * exit code. `load` reads the geodata and `now` gives the export date (tests pass their own).
 * Everything written to standard error, and the table on standard output, is made printable.
 */
export function runRouteCli(
  argv: readonly string[],
  streams: { stdout: (text: string) => void; stderr: (text: string) => void },
  load: () => RouteData = () => readRouting({ currentYear: new Date().getUTCFullYear() }),
  now: () => Date = () => new Date(),
): number {
  const output = {
    stdout: streams.stdout,
    table: (text: string) => streams.stdout(printableText(text, { keepLineBreaks: true })),
    stderr: (text: string) => streams.stderr(printableText(text, { keepLineBreaks: true })),
  };
  const usageError = (error: unknown): number => {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`instc route: ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  };
  let request: CliRequest;
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      output.stdout(`${USAGE}\n`);
      return EXIT.done;
    }
    request = parseRequest(argv);
  } catch (error) {
    return usageError(error);
  }
  const { corridor, routing, problems } = load();
  const unreadable = unreadableFileProblems(problems);
  if (unreadable.length > 0 || !routing.router) {
    const reasons =
      unreadable.length > 0 ? unreadable.map((problem) => problem.message) : errorsOf(problems).map(describeProblem);
    for (const reason of reasons) output.stderr(`instc route: ${reason}\n`);
    if (unreadable.length === 0)
      output.stderr('instc route: the routing assumptions are unusable, so there is no router\n');
    return EXIT.dataError;
  }
  try {
    const ranges = routing.assumptions ? assumptionRanges(routing.assumptions) : new Map();
    checkAgainstData(request, corridor.countries, ranges);
  } catch (error) {
    return usageError(error);
  }
  for (const problem of errorsOf(problems)) output.stderr(`data problem: ${describeProblem(problem)}\n`);
  const { router } = routing;
  const lineOf = (segmentId: string) => corridor.segmentById.get(segmentId)?.geometry.coordinates;
  const names = corridorDisplayNames(corridor);
  const exportOptions = () => ({ exportedOn: isoDate(now()), generator: EXPORT_GENERATOR, names });
  const outcome = request.compare ? router.compare(request.query) : router.route(request.query);
  switch (outcome.kind) {
    case 'unknown-place':
      for (const place of outcome.places) {
        output.stderr(`unknown ${place.role} id ${quoted(place.id)}; closest ids: ${place.closest.join(', ')}\n`);
      }
      return EXIT.unknownId;
    case 'no-route':
      output.stderr(`no route: ${outcome.reason}\n`);
      return EXIT.noRoute;
    case 'invalid-query':
      output.stderr(`instc route: ${outcome.problems.join('; ')}\n`);
      return EXIT.usage;
    case 'route': {
      const route = outcome.route;
      for (const key of route.ignoredAssumptionOverrides) output.stderr(`ignored unknown assumption ${quoted(key)}\n`);
      if (request.format === 'json') output.stdout(`${JSON.stringify(route, null, 2)}\n`);
      else if (request.format === 'table')
        output.table(routeTable(route) + editorialSection([route], routing.assumptions));
      else output.stdout(exportFormatOf(request.format).route(route, lineOf, exportOptions()));
      return EXIT.done;
    }
    case 'comparison': {
      const comparison = outcome.comparison;
      const ignored = comparison.routes[0]?.ignoredAssumptionOverrides ?? [];
      for (const key of ignored) output.stderr(`ignored unknown assumption ${quoted(key)}\n`);
      if (request.format === 'json') output.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
      else if (request.format === 'table')
        output.table(comparisonTable(comparison) + editorialSection(comparison.routes, routing.assumptions));
      else output.stdout(exportFormatOf(request.format).comparison(comparison, lineOf, exportOptions()));
      return EXIT.done;
    }
  }
}

/**
 * Runs the CLI in this process (`npm run route`, the `instc` bin) on its arguments after the command
 * name, and sets the exit code. When the reader of the output goes away (`| head -1`), the process
 * ends quietly with that code instead of failing on EPIPE with a stack trace.
 */
export function runRouteCliInProcess(argv: readonly string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? EXIT.done);
    });
  }
  process.exitCode = runRouteCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  runRouteCliInProcess(process.argv.slice(2));
