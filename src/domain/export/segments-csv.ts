import { branchName, countryName, type DisplayNames, monthsPhrase, NAMES_FROM_IDS, statusName } from '../readable';
import { describeCapacity, describeMode, type SegmentRow } from '../segment-rows';
import { formatCsv } from './format-csv';

/** What every export file carries besides the rows. */
export interface SegmentsCsvOptions {
  /** The geodata version (`geodata/version.json`, e.g. `2026.11.1`). */
  dataVersion: string;
  /** The export date, `YYYY-MM-DD` (UTC). */
  exportedOn: string;
  /** The day the statuses are for (`YYYY-MM-DD`); an empty cell when not given. */
  networkDay?: string | undefined;
  /** The label of a source id in the bibliography (e.g. its title and publisher). */
  sourceLabel: (sourceId: string) => string;
  /** The data's names of places and passages, for the `*_name` display columns (ids as words without). */
  names?: DisplayNames | undefined;
}

/** Separator of the items of a list inside one cell. */
const LIST_SEPARATOR = ' | ';

/**
 * The columns of the segments CSV, in file order: header → what it holds. Units are in the headers;
 * lists inside a cell are separated by ` | ` (sources, published lengths), `; ` (capacities, the
 * sources of one published length) or a space (months, countries, passages).
 */
export const SEGMENT_CSV_COLUMNS = [
  { header: 'id', description: 'Segment id (stable kebab-case slug, `<from>--<to>[--<variant>]`)' },
  { header: 'name', description: 'Segment name' },
  { header: 'from', description: 'Node id where the drawn line starts' },
  { header: 'to', description: 'Node id where the drawn line ends' },
  {
    header: 'branch',
    description: 'Corridor branch (western, trans-caspian, eastern, iran, russia, indian-ocean, comparator)',
  },
  { header: 'mode', description: 'rail, road, sea or river' },
  { header: 'vessel', description: 'Vessel class of a sea or river leg' },
  { header: 'gauge_mm', description: 'Track gauge of a rail leg, millimetres' },
  { header: 'traction', description: 'Traction of a rail leg (electric, diesel, mixed)' },
  { header: 'status', description: 'Current status' },
  {
    header: 'status_since',
    description: 'When the current status began (YYYY, YYYY-MM or YYYY-MM-DD), where a dated source gives it',
  },
  { header: 'expected_open_year', description: 'Year a segment that is not open is expected to open' },
  { header: 'gap', description: 'true on the missing link, else false' },
  {
    header: 'computed_length_km',
    description: 'Drawn length (haversine along the line, R = 6371.0088 km), kilometres, computed by the app',
  },
  {
    header: 'computed_length_nm',
    description: 'Drawn length in nautical miles (1 nm = 1.852 km), sea and river legs only',
  },
  { header: 'preferred_published_length_km', description: 'The preferred length printed in a source, kilometres' },
  {
    header: 'preferred_published_length_sources',
    description: 'Sources of the preferred published length, separated by " | "',
  },
  {
    header: 'other_published_lengths_km',
    description:
      'Other published lengths, kilometres, each as `km (source; source)` with `[outlier]` after the km where flagged, separated by " | "',
  },
  { header: 'capacity', description: 'Capacities as `value unit (basis, year)`, separated by "; "' },
  {
    header: 'seasonal_closed_months',
    description:
      'Months (1–12) in which ice or low water closes the leg, space-separated (restricted months: seasonal_restricted_months)',
  },
  { header: 'seasonal_note', description: 'What the seasonal limit is (closure or restriction)' },
  {
    header: 'countries',
    description: 'ISO 3166-1 alpha-2 codes of the countries the segment runs through, space-separated',
  },
  { header: 'passages', description: 'Straits, canals and capes passed, space-separated ids' },
  { header: 'precision', description: 'How the line was drawn: surveyed, traced or approximate' },
  { header: 'verified', description: 'true when the key facts were found in a cited source' },
  { header: 'as_of', description: 'Date the facts were last checked, YYYY-MM-DD' },
  { header: 'note', description: 'Plain-English summary' },
  { header: 'length_note', description: 'Why the drawn and published lengths differ, or that none is published' },
  { header: 'source_count', description: 'Number of distinct sources cited anywhere in the segment' },
  { header: 'sources', description: 'Every source cited anywhere in the segment, separated by " | "' },
  { header: 'data_version', description: 'Geodata version the row comes from' },
  { header: 'exported_on', description: 'Export date, YYYY-MM-DD (UTC)' },
  {
    header: 'network_date',
    description: 'The day the status column is for, YYYY-MM-DD (the status rule of docs/routing.md)',
  },
  {
    header: 'seasonal_restricted_months',
    description:
      'Months (1–12) in which ice or low water restricts the leg without closing it (slower, dearer), space-separated',
  },
  {
    header: 'from_name',
    description: 'Name of the place where the drawn line starts (display column; `from` is its id)',
  },
  { header: 'to_name', description: 'Name of the place where the drawn line ends (display column; `to` is its id)' },
  { header: 'branch_name', description: 'Name of the corridor branch (display column; `branch` is its id)' },
  { header: 'mode_name', description: 'Mode with vessel class, gauge and traction, in words (display column)' },
  { header: 'status_name', description: 'Status in words (display column; `status` is its id)' },
  { header: 'country_names', description: 'Names of the countries, separated by "; " (display column)' },
  {
    header: 'passage_names',
    description: 'Names of the straits, canals and capes passed, separated by "; " (display column)',
  },
  {
    header: 'seasonal_months_text',
    description: 'The seasonal closed and restricted months in words, e.g. "closed December to March" (display column)',
  },
] as const satisfies readonly { header: string; description: string }[];

/**
 * The segments as CSV (RFC 4180, CRLF), one row per segment in the given order, with the columns of
 * `SEGMENT_CSV_COLUMNS`: units in the headers, computed and published lengths kept apart, source
 * labels in a column, and the data version and export date on every row; ids keep their columns,
 * and the display columns after them (`*_name`, `*_text`) give the same facts in words.
 */
export function segmentsToCsv(rows: readonly SegmentRow[], options: SegmentsCsvOptions): string {
  const names = options.names ?? NAMES_FROM_IDS;
  const labels = (sourceIds: readonly string[], separator = LIST_SEPARATOR): string =>
    sourceIds.map(options.sourceLabel).join(separator);
  const lines = rows.map((row) => [
    row.id,
    row.name,
    row.from,
    row.to,
    row.branch,
    row.mode,
    row.vessel,
    row.gaugeMillimetres,
    row.traction,
    row.status,
    row.statusSince,
    row.expectedOpen,
    String(row.gap),
    row.computedKilometers,
    row.computedNauticalMiles,
    row.preferredPublishedKilometers,
    labels(row.preferredPublishedSources),
    row.otherPublishedLengths
      .map((length) => `${length.km}${length.outlier ? ' [outlier]' : ''} (${labels(length.sources, '; ')})`)
      .join(LIST_SEPARATOR),
    describeCapacity(row.capacities),
    row.seasonalClosedMonths.join(' '),
    row.seasonalNote,
    row.countries.join(' '),
    row.passages.join(' '),
    row.precision,
    String(row.verified),
    row.asOf,
    row.note,
    row.lengthNote,
    row.sourceCount,
    labels(row.sourceIds),
    options.dataVersion,
    options.exportedOn,
    options.networkDay ?? '',
    row.seasonalRestrictedMonths.join(' '),
    names.place(row.from),
    names.place(row.to),
    branchName(row.branch),
    describeMode(row),
    statusName(row.status),
    row.countries.map(countryName).join('; '),
    row.passages.map(names.passage).join('; '),
    [
      row.seasonalClosedMonths.length > 0 ? `closed ${monthsPhrase(row.seasonalClosedMonths)}` : '',
      row.seasonalRestrictedMonths.length > 0 ? `restricted ${monthsPhrase(row.seasonalRestrictedMonths)}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  ]);
  return formatCsv(
    SEGMENT_CSV_COLUMNS.map((column) => column.header),
    lines,
  );
}
