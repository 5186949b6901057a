import { accessPhrase, comparisonRouteName, type DisplayNames, NAMES_FROM_IDS, seasonalLimitPhrase } from '../readable';
import type { Comparison } from '../routing/route-result';
import { cargoUnitSuffix } from './cargo-unit';
import { formatCsv } from './format-csv';

/** What the comparison CSV carries besides the comparison. */
export interface ComparisonCsvOptions {
  /** The export date, `YYYY-MM-DD` (UTC). */
  exportedOn: string;
  /** The data's names of places and segments, for the display columns (ids as words without). */
  names?: DisplayNames | undefined;
}

/** The lower-case unit suffix the comparison CSV has always written (`per_teu`), kept for its first columns. */
function legacyUnitSuffix(cargo: Comparison['cargo']): string {
  return cargoUnitSuffix(cargo).toLowerCase();
}

/**
 * A comparison as CSV, one row per route with its totals, units in the header, the data version and
 * the export date. The first columns keep their names (`sea_nautical_miles`, `usd_per_teu`); the
 * columns after `data_version` repeat the figures under the names the route-legs CSV uses (`nm`, and
 * for containers `usd_per_TEU` … `co2e_kg_per_TEU_high`; for bulk the names are already the same),
 * then `exported_on` and `network_date` (the day the figures are for), `seasonal_restricted_months`,
 * and the display columns in words: `label_name`, `access_text` (places named) and
 * `seasonal_limits_text` ("Astrakhan – Bandar Anzali: closed December to March").
 */
export function comparisonToCsv(comparison: Comparison, options: ComparisonCsvOptions): string {
  const legacy = legacyUnitSuffix(comparison.cargo);
  const suffix = cargoUnitSuffix(comparison.cargo);
  const perUnitHeaders = (unit: string) => [
    `usd_${unit}`,
    `usd_${unit}_low`,
    `usd_${unit}_high`,
    `co2e_kg_${unit}`,
    `co2e_kg_${unit}_low`,
    `co2e_kg_${unit}_high`,
  ];
  const consistentUnitColumns = suffix === legacy ? [] : perUnitHeaders(suffix);
  const header = [
    'label',
    'access',
    'km',
    'sea_nautical_miles',
    'days',
    'days_low',
    'days_high',
    ...perUnitHeaders(legacy),
    'border_crossings',
    'gauge_changes',
    'transshipments',
    'seasonal_closed_months',
    'observations',
    'data_version',
    'nm',
    ...consistentUnitColumns,
    'exported_on',
    'network_date',
    'seasonal_restricted_months',
    'label_name',
    'access_text',
    'seasonal_limits_text',
  ];
  const names = options.names ?? NAMES_FROM_IDS;
  const rows = comparison.routes.map((route) => {
    const { totals } = route;
    const months = [...new Set(route.seasonalLimits.flatMap((limit) => limit.closedMonths))];
    const restricted = [...new Set(route.seasonalLimits.flatMap((limit) => limit.restrictedMonths))];
    const perUnitFigures = [totals.usd, totals.usdLow, totals.usdHigh, totals.co2Kg, totals.co2KgLow, totals.co2KgHigh];
    return [
      route.label,
      route.access,
      totals.km,
      totals.seaNauticalMiles,
      totals.days,
      totals.daysLow,
      totals.daysHigh,
      ...perUnitFigures,
      totals.borderCrossings,
      totals.gaugeChanges,
      totals.transshipments,
      months.join(' '),
      route.observations.map((observation) => observation.id).join(' '),
      comparison.dataVersion,
      totals.seaNauticalMiles,
      ...(consistentUnitColumns.length > 0 ? perUnitFigures : []),
      options.exportedOn,
      comparison.date ?? '',
      restricted.join(' '),
      comparisonRouteName(route.label),
      accessPhrase(route.access, names),
      route.seasonalLimits.map((limit) => seasonalLimitPhrase(limit, names)).join('; '),
    ];
  });
  return formatCsv(header, rows);
}
