import { useEffect, useMemo, useRef, useState } from 'react';
import { exportFileName, isoDate } from '../../domain/export/export-file-name';
import { segmentsToCsv } from '../../domain/export/segments-csv';
import type { DisplayNames } from '../../domain/readable';
import type { SegmentRow } from '../../domain/segment-rows';
import { type SortDirection, sortRows } from '../../domain/sort-rows';
import { statusAt } from '../../domain/status-at';
import { CORRIDOR_BRANCHES, SEGMENT_MODES, SEGMENT_STATUSES } from '../../domain/vocabulary/vocabulary';
import type { MessageId } from '../../i18n/catalogues';
import { useDisplayNames, useT, useWording } from '../../i18n/use-t';
import type { Wording } from '../../i18n/wording';
import { useDataVersion, useExplorer, useLoadedData, useViewDay } from '../../state/explorer-context';
import { selectDisplayNames } from '../../state/select-names';
import { capacitiesText, commaList, plainNumber, segmentModeText } from '../../ui/details-wording';
import { downloadFile } from '../../ui/download-file';
import { FeatureSearch } from '../../ui/feature-search';

interface Column {
  key: string;
  label: MessageId;
  value: (row: SegmentRow) => string | number | undefined;
  render?: (row: SegmentRow) => string;
  numeric?: boolean;
}

/**
 * The table's columns in the language shown. Names (of segments, of countries) sort as the language
 * sorts them (their rank by `localeCompare` in its locale); codes (branch, mode, status) sort by the
 * code, so the order does not change with the language.
 */
function columnsFor(wording: Wording, names: DisplayNames, rows: readonly SegmentRow[]): Column[] {
  const compare = (a: string, b: string) => a.localeCompare(b, wording.locale, { numeric: true });
  const rankOf = (texts: readonly string[]) => {
    const sorted = [...new Set(texts)].sort(compare);
    return new Map(sorted.map((text, rank) => [text, rank]));
  };
  const nameOf = (row: SegmentRow) => names.segment(row.id);
  const countriesOf = (row: SegmentRow) => row.countries.map(wording.country);
  const nameRank = rankOf(rows.map(nameOf));
  const countriesRank = rankOf(rows.map((row) => countriesOf(row).join(' ')));
  const whole = (value: number) => wording.number(value, { maximumFractionDigits: 0 });
  return [
    { key: 'name', label: 'tables.column.segment', value: (row) => nameRank.get(nameOf(row)), render: nameOf },
    {
      key: 'branch',
      label: 'tables.column.branch',
      value: (row) => row.branch,
      render: (row) => wording.branchShort(row.branch),
    },
    {
      key: 'mode',
      label: 'tables.column.mode',
      value: (row) => row.mode,
      render: (row) => segmentModeText(wording, row),
    },
    {
      key: 'status',
      label: 'tables.column.status',
      value: (row) => row.status,
      render: (row) =>
        row.expectedOpen
          ? wording.t('tables.statusExpected', {
              status: wording.status(row.status),
              year: plainNumber(wording, row.expectedOpen),
            })
          : wording.status(row.status),
    },
    {
      key: 'computed',
      label: 'tables.column.computed',
      value: (row) => row.computedKilometers,
      render: (row) => whole(row.computedKilometers),
      numeric: true,
    },
    {
      key: 'published',
      label: 'tables.column.published',
      value: (row) => row.preferredPublishedKilometers,
      render: (row) => (row.preferredPublishedKilometers === undefined ? '—' : whole(row.preferredPublishedKilometers)),
      numeric: true,
    },
    {
      key: 'capacity',
      label: 'tables.column.capacity',
      value: (row) => row.capacities[0]?.value,
      render: (row) => (row.capacities.length ? capacitiesText(wording, row.capacities) : '—'),
    },
    {
      key: 'countries',
      label: 'tables.column.countries',
      value: (row) => countriesRank.get(countriesOf(row).join(' ')),
      render: (row) => commaList(wording, countriesOf(row)),
    },
    {
      key: 'sources',
      label: 'tables.column.sources',
      value: (row) => row.sourceCount,
      render: (row) => wording.number(row.sourceCount),
      numeric: true,
    },
  ];
}

/**
 * The whole network as a table: the text alternative to the map. Sortable by any column (buttons
 * in the headers, `aria-sort`), filterable by branch, mode, status and country; choosing a row
 * selects the segment on the map, and a segment chosen on the map is marked in the table.
 */
export function NetworkTable() {
  const t = useT();
  const wording = useWording();
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
  // The countries to filter by, by name as the language sorts them.
  const countries = useMemo(
    () =>
      [...new Set(corridor.segmentRows.flatMap((row) => row.countries))].sort((a, b) =>
        wording.country(a).localeCompare(wording.country(b), wording.locale),
      ),
    [corridor, wording],
  );
  const { day, present } = useViewDay();
  // The CSV keeps the data's English names (a machine export); the table shows the language's.
  const csvNames = useMemo(() => selectDisplayNames(corridor), [corridor]);
  const names = useDisplayNames(corridor);
  const columns = useMemo(() => columnsFor(wording, names, corridor.segmentRows), [wording, names, corridor]);
  const rows = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort.key) ?? columns[0];
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
  }, [corridor, columns, sort, filters, day, present]);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  // A segment chosen on the map is scrolled into view in the table (session-only behaviour).
  useEffect(() => {
    if (selection) selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  const filter = (
    name: keyof typeof filters,
    label: MessageId,
    values: readonly string[],
    labelOf = (value: string) => value,
  ) => (
    <label className="inline-choice">
      {t(label)}{' '}
      <select value={filters[name]} onChange={(event) => setFilters({ ...filters, [name]: event.target.value })}>
        <option value="">{t('tables.filter.all')}</option>
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
      <fieldset className="network-table__filters" aria-label={t('tables.filters')}>
        {filter('branch', 'tables.column.branch', CORRIDOR_BRANCHES, wording.branch)}
        {filter('mode', 'tables.column.mode', SEGMENT_MODES, wording.mode)}
        {filter('status', 'tables.column.status', SEGMENT_STATUSES, wording.status)}
        {filter('country', 'tables.filter.country', countries, wording.country)}
      </fieldset>
      <p className="hint" aria-live="polite">
        {t('tables.rowCount', { shown: rows.length, total: corridor.segmentRows.length })}
      </p>
      <div className="table-scroll network-table__scroll">
        <table className="data-table" data-testid="network-table">
          <caption>{t('tables.networkCaption')}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
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
                      {t(column.label)}
                      <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">{t('tables.compareHeader')}</span>
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
                  {columns.map((column, index) =>
                    index === 0 ? (
                      <th key={column.key} scope="row">
                        <button type="button" className="link-button" onClick={() => select(row.id)}>
                          {names.segment(row.id)}
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
                      aria-label={t('tables.compareName', { name: names.segment(row.id) })}
                    >
                      {t('tables.compare')}
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
            // i18n-exempt: a media type
            'text/csv;charset=utf-8',
            segmentsToCsv(rows, {
              dataVersion,
              exportedOn,
              networkDay: day,
              sourceLabel: (id) => bibliography.sourceById.get(id)?.url ?? id,
              names: csvNames,
            }),
          );
        }}
      >
        {t('tables.download')}
      </button>
    </div>
  );
}
