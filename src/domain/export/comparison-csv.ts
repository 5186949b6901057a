import type { Comparison } from '../routing/route-result';
import { formatCsv } from './format-csv';

function unitSuffix(cargo: Comparison['cargo']): string {
  return cargo === 'container' ? 'per_teu' : 'per_tonne';
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
    return [
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
    ];
  });
  return formatCsv(header, rows);
}
