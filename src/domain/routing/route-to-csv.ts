import type { Comparison, RouteResult } from './route-result';

function cell(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(values: readonly (string | number | undefined | null)[]): string {
  return `${values.map(cell).join(',')}\n`;
}

function unitSuffix(cargo: RouteResult['cargo']): string {
  return cargo === 'container' ? 'per_teu' : 'per_tonne';
}

/**
 * The legs of a route as CSV (RFC 4180 quoting), one row per leg; the header names the units
 * (`km`, `days`, `usd_per_teu` or `usd_per_tonne`, `co2e_kg_per_…`) and every row carries the data
 * version. Figures are central, with the optimistic (`_low`) and pessimistic (`_high`) sets beside.
 */
export function routeToCsv(route: RouteResult): string {
  const unit = unitSuffix(route.cargo);
  const header = [
    'sequence',
    'segment',
    'from',
    'to',
    'mode',
    'vessel',
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
    'transfers_hours',
    'data_version',
  ];
  const rows = route.legs.map((leg, index) =>
    line([
      index + 1,
      leg.segment,
      leg.from,
      leg.to,
      leg.mode,
      leg.vessel,
      leg.km,
      leg.days,
      leg.daysLow,
      leg.daysHigh,
      leg.usd,
      leg.usdLow,
      leg.usdHigh,
      leg.co2Kg,
      leg.co2KgLow,
      leg.co2KgHigh,
      leg.transfers.map((step) => `${step.kind}@${step.place}:${step.hours}`).join(' '),
      route.dataVersion,
    ]),
  );
  return [line(header), ...rows].join('');
}

/** A comparison as CSV, one row per route with its totals, units in the header and the data version. */
export function comparisonToCsv(comparison: Comparison): string {
  const unit = unitSuffix(comparison.cargo);
  const header = [
    'label',
    'access',
    'km',
    'sea_nautical_miles',
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
    'gauge_changes',
    'transshipments',
    'seasonal_closed_months',
    'observations',
    'data_version',
  ];
  const rows = comparison.routes.map((route) => {
    const { totals } = route;
    const months = [...new Set(route.seasonalLimits.flatMap((limit) => limit.closedMonths))];
    return line([
      route.label,
      route.access,
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
      totals.borderCrossings,
      totals.gaugeChanges,
      totals.transshipments,
      months.join(' '),
      route.observations.map((observation) => observation.id).join(' '),
      comparison.dataVersion,
    ]);
  });
  return [line(header), ...rows].join('');
}
