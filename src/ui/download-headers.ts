import type { MessageId } from '../i18n/catalogues';
import type { MessageValues } from '../i18n/use-t';

/**
 * The CSV downloads' column headers in the language shown, for the option "Column headers in …"
 * of the Share & cite tab (issue 16 §6). The files' machine names stay the default; GeoJSON
 * property names never change. A column not listed keeps its machine name.
 */
const COLUMN_HEADERS = {
  sequence: 'download.column.sequence',
  segment: 'download.column.segment',
  from: 'download.column.from',
  to: 'download.column.to',
  mode: 'download.column.mode',
  vessel: 'download.column.vessel',
  km: 'download.column.km',
  nm: 'download.column.nm',
  days: 'download.column.days',
  transfer_hours: 'download.column.transfer_hours',
  transfers: 'download.column.transfers',
  query_from: 'download.column.query_from',
  query_to: 'download.column.query_to',
  query_by: 'download.column.query_by',
  query_cargo: 'download.column.query_cargo',
  query_scenario: 'download.column.query_scenario',
  data_version: 'download.column.data_version',
  exported_on: 'download.column.exported_on',
  network_date: 'download.column.network_date',
  segment_name: 'download.column.segment_name',
  from_name: 'download.column.from_name',
  to_name: 'download.column.to_name',
  mode_name: 'download.column.mode_name',
  transfers_text: 'download.column.transfers_text',
  query_from_name: 'download.column.query_from_name',
  query_to_name: 'download.column.query_to_name',
  id: 'download.column.id',
  name: 'download.column.name',
  branch: 'download.column.branch',
  gauge_mm: 'download.column.gauge_mm',
  traction: 'download.column.traction',
  status: 'download.column.status',
  status_since: 'download.column.status_since',
  expected_open_year: 'download.column.expected_open_year',
  gap: 'download.column.gap',
  computed_length_km: 'download.column.computed_length_km',
  computed_length_nm: 'download.column.computed_length_nm',
  preferred_published_length_km: 'download.column.preferred_published_length_km',
  preferred_published_length_sources: 'download.column.preferred_published_length_sources',
  other_published_lengths_km: 'download.column.other_published_lengths_km',
  capacity: 'download.column.capacity',
  seasonal_closed_months: 'download.column.seasonal_closed_months',
  seasonal_note: 'download.column.seasonal_note',
  countries: 'download.column.countries',
  passages: 'download.column.passages',
  precision: 'download.column.precision',
  verified: 'download.column.verified',
  as_of: 'download.column.as_of',
  note: 'download.column.note',
  length_note: 'download.column.length_note',
  source_count: 'download.column.source_count',
  sources: 'download.column.sources',
  seasonal_restricted_months: 'download.column.seasonal_restricted_months',
  branch_name: 'download.column.branch_name',
  status_name: 'download.column.status_name',
  country_names: 'download.column.country_names',
  passage_names: 'download.column.passage_names',
  seasonal_months_text: 'download.column.seasonal_months_text',
  label: 'download.column.label',
  access: 'download.column.access',
  sea_nautical_miles: 'download.column.sea_nautical_miles',
  border_crossings: 'download.column.border_crossings',
  gauge_changes: 'download.column.gauge_changes',
  transshipments: 'download.column.transshipments',
  observations: 'download.column.observations',
  label_name: 'download.column.label_name',
  access_text: 'download.column.access_text',
  seasonal_limits_text: 'download.column.seasonal_limits_text',
  option: 'download.column.option',
  option_id: 'download.column.option_id',
  route_answer: 'download.column.route_answer',
  origin_port: 'download.column.origin_port',
  origin_port_id: 'download.column.origin_port_id',
  from_id: 'download.column.from_id',
  to_id: 'download.column.to_id',
  criterion: 'download.column.criterion',
  marks: 'download.column.marks',
  why: 'download.column.why',
} as const satisfies Record<string, MessageId>;

/** The figures given per TEU or per tonne (`usd_per_TEU`, `co2e_kg_per_tonne`), by their column's stem. */
const PER_UNIT_HEADERS = {
  usd: 'download.column.usdPerUnit',
  co2e_kg: 'download.column.co2eKgPerUnit',
} as const satisfies Record<string, MessageId>;

/** The units of per-unit columns as the files spell them. */
const UNITS = { TEU: 'download.unit.teu', tonne: 'download.unit.tonne' } as const satisfies Record<string, MessageId>;

/**
 * The comparison's first per-unit columns keep the lower-case spelling of earlier files
 * (`usd_per_teu`) and are repeated under the consistent one (`usd_per_TEU`): their headers say so,
 * so that no two columns of a file share a header.
 */
const LEGACY_UNITS = { teu: 'TEU' } as const satisfies Record<string, keyof typeof UNITS>;

/** The optimistic and pessimistic bounds of a figure (`days_low`, `usd_per_TEU_high`). */
const BOUNDS = { low: 'download.column.low', high: 'download.column.high' } as const satisfies Record<
  string,
  MessageId
>;

/**
 * Column name → header text in the language of `t`, for every column the CSV downloads write
 * (`localizeCsvHeader` takes it): the route's legs, its options, the comparison and the segments.
 */
export function csvHeaderWords(t: (id: MessageId, values?: MessageValues) => string): Record<string, string> {
  const headers: Record<string, string> = {};
  const withBounds = (column: string, header: string) => {
    headers[column] = header;
    for (const [bound, id] of Object.entries(BOUNDS)) headers[`${column}_${bound}`] = t(id, { header });
  };
  for (const [column, id] of Object.entries(COLUMN_HEADERS)) headers[column] = t(id);
  withBounds('days', t(COLUMN_HEADERS.days));
  for (const [stem, id] of Object.entries(PER_UNIT_HEADERS)) {
    for (const [unit, unitId] of Object.entries(UNITS)) withBounds(`${stem}_per_${unit}`, t(id, { unit: t(unitId) }));
    for (const [legacy, unit] of Object.entries(LEGACY_UNITS))
      withBounds(`${stem}_per_${legacy}`, t('download.column.legacy', { header: t(id, { unit: t(UNITS[unit]) }) }));
  }
  return headers;
}
