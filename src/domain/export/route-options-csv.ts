import type { RouteOption } from '../routing/route-options';
import { ROUTE_OPTION_MARK_LABELS } from '../routing/route-options';
import { cargoUnitSuffix } from './cargo-unit';
import { formatCsv } from './format-csv';

/** What the options CSV carries besides the options. */
export interface RouteOptionsCsvOptions {
  /** The export date, `YYYY-MM-DD` (UTC). */
  exportedOn: string;
  /** The display name of a place id. */
  place(id: string): string;
}

/**
 * The route's option cards as CSV (issue 14 §3), one row per card in card order: the option's
 * display name and id, whether it is the route answer, its port of departure (name and id), the
 * places it joins (names and ids), days, US$ and kg CO2e each with low and high (full numbers; the
 * units per TEU or per tonne in the header), border crossings, transshipments, the marks, the data
 * version, the day the figures are for and the export date. Names and ids are separate columns.
 */
export function routeOptionsToCsv(options: readonly RouteOption[], settings: RouteOptionsCsvOptions): string {
  const cargo = options[0]?.route.cargo ?? 'container';
  const unit = cargoUnitSuffix(cargo);
  const header = [
    'option',
    'option_id',
    'route_answer',
    'origin_port',
    'origin_port_id',
    'from',
    'from_id',
    'to',
    'to_id',
    'criterion',
    'km',
    'days',
    'days_low',
    'days_high',
    `usd_${unit}`,
    `usd_${unit}_low`,
    `usd_${unit}_high`,
    `co2e_kg_${unit}`,
    `co2e_kg_${unit}_low`,
    `co2e_kg_${unit}_high`,
    'border_crossings',
    'transshipments',
    'marks',
    'why',
    'data_version',
    'network_date',
    'exported_on',
  ];
  const rows = options.map((option) => {
    const { route } = option;
    const { totals } = route;
    return [
      option.title,
      option.key,
      option.best ? 'yes' : 'no',
      option.originPortName,
      option.originPort,
      settings.place(route.from),
      route.from,
      settings.place(route.to),
      route.to,
      route.by,
      totals.km,
      totals.days,
      totals.daysLow,
      totals.daysHigh,
      totals.usd,
      totals.usdLow,
      totals.usdHigh,
      totals.co2Kg,
      totals.co2KgLow,
      totals.co2KgHigh,
      totals.borderCrossings,
      totals.transshipments,
      option.marks.map((mark) => ROUTE_OPTION_MARK_LABELS[mark]).join('; '),
      option.why,
      route.dataVersion,
      route.date,
      settings.exportedOn,
    ];
  });
  return formatCsv(header, rows);
}
