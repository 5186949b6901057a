import { useEffect, useMemo, useRef, useState } from 'react';
import { exportFileName, isoDate } from '../../domain/export/export-file-name';
import { segmentsToCsv } from '../../domain/export/segments-csv';
import { branchName, countryName, modeName, plural, statusName } from '../../domain/readable';
import { describeCapacity, describeMode, type SegmentRow } from '../../domain/segment-rows';
import { type SortDirection, sortRows } from '../../domain/sort-rows';
import { statusAt } from '../../domain/status-at';
import {
  CORRIDOR_BRANCHES,
  type CorridorBranch,
  SEGMENT_MODES,
  SEGMENT_STATUSES,
} from '../../domain/vocabulary/vocabulary';
import { BRANCH_LABELS } from '../../domain/vocabulary/vocabulary-labels';
import { useDataVersion, useExplorer, useLoadedData, useViewDay } from '../../state/explorer-context';
import { selectDisplayNames } from '../../state/select-names';
import { downloadFile } from '../../ui/download-file';
import { FeatureSearch } from '../../ui/feature-search';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

interface Column {
  key: string;
  label: string;
  value: (row: SegmentRow) => string | number | undefined;
  render?: (row: SegmentRow) => string;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'name', label: 'Segment', value: (row) => row.name },
  { key: 'branch', label: 'Branch', value: (row) => branchName(row.branch) },
  { key: 'mode', label: 'Mode', value: (row) => row.mode, render: (row) => describeMode(row) },
  {
    key: 'status',
    label: 'Status',
    value: (row) => statusName(row.status),
    render: (row) => `${statusName(row.status)}${row.expectedOpen ? ` (expected ${row.expectedOpen})` : ''}`,
  },
  {
    key: 'computed',
    label: 'Computed km',
    value: (row) => row.computedKilometers,
    render: (row) => whole.format(row.computedKilometers),
    numeric: true,
  },
  {
    key: 'published',
    label: 'Published km',
    value: (row) => row.preferredPublishedKilometers,
    render: (row) =>
      row.preferredPublishedKilometers === undefined ? '—' : whole.format(row.preferredPublishedKilometers),
    numeric: true,
  },
  {
    key: 'capacity',
    label: 'Capacity',
    value: (row) => row.capacities[0]?.value,
    render: (row) => (row.capacities.length ? describeCapacity(row.capacities) : '—'),
  },
  {
    key: 'countries',
    label: 'Countries',
    value: (row) => row.countries.map(countryName).join(' '),
    render: (row) => row.countries.map(countryName).join(', '),
  },
  { key: 'sources', label: 'Sources', value: (row) => row.sourceCount, numeric: true },
];

/**
 * The whole network as a table: the text alternative to the map. Sortable by any column (buttons
 * in the headers, `aria-sort`), filterable by branch, mode, status and country; choosing a row
 * selects the segment on the map, and a segment chosen on the map is marked in the table.
 */
export function NetworkTable() {
  const corridor = useLoadedData('corridor');
  // The CSV gives each source's address: the table waits for the bibliography (it is not the first view).
  const bibliography = useLoadedData('bibliography');
  const dataVersion = useDataVersion();
  const selection = useExplorer((state) => state.selection);
  const select = useExplorer((state) => state.select);
  const add = useExplorer((state) => state.addToComparison);
  const compared = useExplorer((state) => state.comparedSegments);
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const [filters, setFilters] = useState({ branch: '', mode: '', status: '', country: '' });
  const countries = useMemo(
    () => [...new Set(corridor.segmentRows.flatMap((row) => row.countries))].sort(),
    [corridor],
  );
  const { day, present } = useViewDay();
  const names = useMemo(() => selectDisplayNames(corridor), [corridor]);
  const rows = useMemo(() => {
    const column = COLUMNS.find((candidate) => candidate.key === sort.key) ?? COLUMNS[0];
    // The status each segment has on the view's day, by the one status rule.
    const onDay = corridor.segmentRows.map((row) => {
      const segment = corridor.segmentById.get(row.id);
      const status = segment ? statusAt(segment.properties, day, present) : row.status;
      return { ...row, status: (status ?? 'not yet built') as SegmentRow['status'] };
    });
    const filtered = onDay.filter(
      (row) =>
        (!filters.branch || row.branch === filters.branch) &&
        (!filters.mode || row.mode === filters.mode) &&
        (!filters.status || row.status === filters.status) &&
        (!filters.country || row.countries.includes(filters.country)),
    );
    return column ? sortRows(filtered, column.value, sort.direction) : filtered;
  }, [corridor, sort, filters, day, present]);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  // A segment chosen on the map is scrolled into view in the table (session-only behaviour).
  useEffect(() => {
    if (selection) selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  const filter = (
    name: keyof typeof filters,
    label: string,
    values: readonly string[],
    labelOf = (value: string) => value,
  ) => (
    <label className="inline-choice">
      {label}{' '}
      <select value={filters[name]} onChange={(event) => setFilters({ ...filters, [name]: event.target.value })}>
        <option value="">all</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {labelOf(value)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="network-table">
      <FeatureSearch />
      <fieldset className="network-table__filters" aria-label="Filter the network table">
        {filter('branch', 'Branch', CORRIDOR_BRANCHES, (branch) => BRANCH_LABELS[branch as CorridorBranch])}
        {filter('mode', 'Mode', SEGMENT_MODES, modeName)}
        {filter('status', 'Status', SEGMENT_STATUSES, statusName)}
        {filter('country', 'Country', countries, countryName)}
      </fieldset>
      <p className="hint" aria-live="polite">
        {rows.length} of {plural(corridor.segmentRows.length, 'segment')}.
      </p>
      <div className="table-scroll network-table__scroll">
        <table className="data-table" data-testid="network-table">
          <caption>Corridor network</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = sort.key === column.key;
                return (
                  <th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({
                          key: column.key,
                          direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                        })
                      }
                    >
                      {column.label}
                      <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">Compare</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const isSelected = row.id === selection;
              return (
                <tr
                  key={row.id}
                  ref={isSelected ? selectedRow : undefined}
                  aria-selected={isSelected}
                  className={isSelected ? 'row--selected' : undefined}
                  data-segment-id={row.id}
                >
                  {COLUMNS.map((column, index) =>
                    index === 0 ? (
                      <th key={column.key} scope="row">
                        <button type="button" className="link-button" onClick={() => select(row.id)}>
                          {row.name}
                        </button>
                      </th>
                    ) : (
                      <td key={column.key} className={column.numeric ? 'number' : undefined}>
                        {column.render ? column.render(row) : String(column.value(row) ?? '—')}
                      </td>
                    ),
                  )}
                  <td>
                    <button
                      type="button"
                      disabled={compared.includes(row.id)}
                      onClick={() => add(row.id)}
                      aria-label={`Compare ${row.name}`}
                    >
                      Compare
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() => {
          const exportedOn = isoDate(new Date());
          downloadFile(
            exportFileName('network', 'csv', exportedOn),
            'text/csv;charset=utf-8',
            segmentsToCsv(rows, {
              dataVersion,
              exportedOn,
              networkDay: day,
              sourceLabel: (id) => bibliography.sourceById.get(id)?.url ?? id,
              names,
            }),
          );
        }}
      >
        Download these rows (CSV)
      </button>
    </div>
  );
}
