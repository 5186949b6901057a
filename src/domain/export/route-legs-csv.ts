import { KILOMETERS_PER_NAUTICAL_MILE } from '../great-circle';
import { type DisplayNames, modeWithVessel, NAMES_FROM_IDS, plural, transferName } from '../readable';
import type { RouteLeg, RouteResult, TransferStep } from '../routing/route-result';
import { cargoUnit, cargoUnitSuffix } from './cargo-unit';
import { formatCsv } from './format-csv';

/** The fields of a step folded into a leg that the export writes. */
type RouteLegStep = Pick<TransferStep, 'kind' | 'place' | 'hours' | 'usd'>;

/** The fields of a leg that the export writes; money and CO2e per TEU or per tonne by cargo. */
type RouteLegFigures = Pick<
  RouteLeg,
  | 'segment'
  | 'from'
  | 'to'
  | 'mode'
  | 'vessel'
  | 'km'
  | 'days'
  | 'usd'
  | 'co2Kg'
  | 'daysLow'
  | 'daysHigh'
  | 'usdLow'
  | 'usdHigh'
  | 'co2KgLow'
  | 'co2KgHigh'
> & { transfers: readonly RouteLegStep[] };

/** What the route-legs exports read of a routing `RouteResult`. */
export type RouteForExport = Pick<RouteResult, 'from' | 'to' | 'by' | 'cargo' | 'scenario' | 'dataVersion' | 'totals'> &
  Partial<Pick<RouteResult, 'via' | 'year' | 'date' | 'dateBasis' | 'month' | 'avoid' | 'modes' | 'branch'>> & {
    legs: readonly RouteLegFigures[];
  };

/** What the route-legs CSV carries besides the route. */
export interface RouteLegsCsvOptions {
  /** The export date, `YYYY-MM-DD` (UTC). */
  exportedOn: string;
  /** The data's names of places and segments, for the display columns (ids as words without). */
  names?: DisplayNames | undefined;
}

/** What the `network_date` column of the CSV exports holds. */
const NETWORK_DATE_DESCRIPTION =
  "The day the figures are for, YYYY-MM-DD: the date asked, the last day of the year asked, or the data's as-of date";

const WATER_MODES: ReadonlySet<string> = new Set(['sea', 'river']);

/**
 * The query conditions beyond from, to, criterion and cargo, as text: year, month, scenario flags,
 * avoided countries, modes, branch and via places, separated by "; " (empty for none).
 */
function describeConditions(route: RouteForExport): string {
  const parts = [
    route.year === undefined ? undefined : `year ${route.year}`,
    route.month === undefined || route.month === null ? undefined : `month ${route.month}`,
    ...route.scenario,
    route.avoid && route.avoid.length > 0 ? `avoid ${route.avoid.join(' ')}` : undefined,
    route.modes && route.modes.length > 0 ? `modes ${route.modes.join(' ')}` : undefined,
    route.branch ? `branch ${route.branch}` : undefined,
    route.via && route.via.length > 0 ? `via ${route.via.join(' ')}` : undefined,
  ];
  return parts.filter((part) => part !== undefined).join('; ');
}

function describeStep(step: RouteLegStep): string {
  return `${step.kind} at ${step.place} (${Math.round(step.hours * 10) / 10} h, ${Math.round(step.usd)} USD)`;
}

/** A step in words, its place named: "gauge change at Astara (IR) (12 h, 150 USD)". */
function describeStepInWords(step: RouteLegStep, names: DisplayNames): string {
  return `${transferName(step.kind)} at ${names.place(step.place)} (${Math.round(step.hours * 10) / 10} h, ${Math.round(step.usd)} USD)`;
}

/**
 * The headers of the route-legs CSV for a cargo, in file order, with what each holds. Money and CO2e
 * are per TEU for `container` and per tonne otherwise; `_low` and `_high` are the all-optimistic and
 * all-pessimistic assumption sets (scenario bounds, not confidence intervals).
 */
export function routeLegsCsvColumns(cargo: string): { header: string; description: string }[] {
  const unit = cargoUnit(cargo);
  const suffix = cargoUnitSuffix(cargo);
  const bounds = (header: string, description: string) => [
    { header, description: `${description}, central assumptions` },
    { header: `${header}_low`, description: `${description}, optimistic assumptions` },
    { header: `${header}_high`, description: `${description}, pessimistic assumptions` },
  ];
  return [
    { header: 'sequence', description: 'Leg number in travel order; TOTAL on the last row' },
    { header: 'segment', description: 'Segment id' },
    { header: 'from', description: 'Place id where the leg starts (the route start on the TOTAL row)' },
    { header: 'to', description: 'Place id where the leg ends (the route end on the TOTAL row)' },
    { header: 'mode', description: 'rail, road, sea or river' },
    { header: 'vessel', description: 'Vessel class of a sea or river leg' },
    { header: 'km', description: 'Drawn length, kilometres' },
    { header: 'nm', description: 'Drawn length of a sea or river leg, nautical miles (1 nm = 1.852 km)' },
    ...bounds('days', 'Transit days, transfers included'),
    ...bounds(`usd_${suffix}`, `Cost, US dollars per ${unit}`),
    ...bounds(`co2e_kg_${suffix}`, `Emissions, kg CO2e (well-to-wheel) per ${unit}`),
    { header: 'transfer_hours', description: 'Hours of the steps folded into the leg (central)' },
    {
      header: 'transfers',
      description:
        'Steps folded into the leg as `kind at place (hours h, USD)`, separated by "; "; counts of border crossings, gauge changes and transshipments on the TOTAL row',
    },
    { header: 'query_from', description: 'Route query: start place id' },
    { header: 'query_to', description: 'Route query: end place id' },
    { header: 'query_by', description: 'Route query: criterion optimised (distance, time, cost, co2)' },
    { header: 'query_cargo', description: 'Route query: cargo (container or bulk)' },
    {
      header: 'query_scenario',
      description:
        'Route query: year, month, scenario flags, avoided countries, modes, branch and via places, separated by "; "',
    },
    { header: 'data_version', description: 'Geodata version the route was computed from' },
    { header: 'exported_on', description: 'Export date, YYYY-MM-DD (UTC)' },
    { header: 'network_date', description: NETWORK_DATE_DESCRIPTION },
    { header: 'segment_name', description: 'Name of the segment (display column; `segment` is its id)' },
    { header: 'from_name', description: 'Name of the place where the leg starts (display column; `from` is its id)' },
    { header: 'to_name', description: 'Name of the place where the leg ends (display column; `to` is its id)' },
    { header: 'mode_name', description: 'Mode and vessel class in words (display column)' },
    {
      header: 'transfers_text',
      description: 'The steps folded into the leg in words, places named, separated by "; " (display column)',
    },
    { header: 'query_from_name', description: 'Route query: name of the start place (display column)' },
    { header: 'query_to_name', description: 'Route query: name of the end place (display column)' },
  ];
}

/**
 * The legs of a route as CSV (RFC 4180, CRLF): one row per leg in travel order, then a TOTAL row with
 * the route's totals. Units are in the headers (`routeLegsCsvColumns`); the query, data version and
 * export date are on every row, so any row read alone says where it came from.
 */
export function routeLegsToCsv(route: RouteForExport, options: RouteLegsCsvOptions): string {
  const names = options.names ?? NAMES_FROM_IDS;
  const queryNames = [names.place(route.from), names.place(route.to)];
  const query = [
    route.from,
    route.to,
    route.by,
    route.cargo,
    describeConditions(route),
    route.dataVersion,
    options.exportedOn,
    route.date ?? '',
  ];
  const legRows = route.legs.map((leg, index) => [
    index + 1,
    leg.segment,
    leg.from,
    leg.to,
    leg.mode,
    leg.vessel,
    leg.km,
    WATER_MODES.has(leg.mode) ? leg.km / KILOMETERS_PER_NAUTICAL_MILE : undefined,
    leg.days,
    leg.daysLow,
    leg.daysHigh,
    leg.usd,
    leg.usdLow,
    leg.usdHigh,
    leg.co2Kg,
    leg.co2KgLow,
    leg.co2KgHigh,
    leg.transfers.reduce((hours, step) => hours + step.hours, 0),
    leg.transfers.map(describeStep).join('; '),
    ...query,
    names.segment(leg.segment),
    names.place(leg.from),
    names.place(leg.to),
    modeWithVessel(leg.mode, leg.vessel),
    leg.transfers.map((step) => describeStepInWords(step, names)).join('; '),
    ...queryNames,
  ]);
  const { totals } = route;
  const totalRow = [
    'TOTAL',
    undefined,
    route.from,
    route.to,
    undefined,
    undefined,
    totals.km,
    totals.seaNauticalMiles,
    totals.days,
    totals.daysLow,
    totals.daysHigh,
    totals.usd,
    totals.usdLow,
    totals.usdHigh,
    totals.co2Kg,
    totals.co2KgLow,
    totals.co2KgHigh,
    route.legs.reduce((hours, leg) => hours + leg.transfers.reduce((sum, step) => sum + step.hours, 0), 0),
    `border crossings ${totals.borderCrossings}; gauge changes ${totals.gaugeChanges}; transshipments ${totals.transshipments}`,
    ...query,
    'Total',
    names.place(route.from),
    names.place(route.to),
    undefined,
    `${plural(totals.borderCrossings, 'border crossing')}; ${plural(totals.gaugeChanges, 'gauge change')}; ${plural(totals.transshipments, 'transshipment')}`,
    ...queryNames,
  ];
  return formatCsv(
    routeLegsCsvColumns(route.cargo).map((column) => column.header),
    [...legRows, totalRow],
  );
}
