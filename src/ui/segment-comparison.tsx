import { useMemo } from 'react';
import { exportFileName, isoDate } from '../domain/export/export-file-name';
import { segmentsToCsv } from '../domain/export/segments-csv';
import { segmentsToGeoJson } from '../domain/export/segments-geojson';
import { branchName, modeName } from '../domain/readable';
import { describeCapacity, describeMode, type SegmentRow } from '../domain/segment-rows';
import type { CorridorBranch } from '../domain/vocabulary/vocabulary';
import { BRANCH_LABELS } from '../domain/vocabulary/vocabulary-labels';
import { boundsOfSegments } from '../overlays/corridor/corridor-features';
import { corridorTheme } from '../overlays/corridor/corridor-theme';
import { useDataVersion, useExplorer, useLoadedData } from '../state/explorer-context';
import type { BibliographyData } from '../state/explorer-data';
import { selectDisplayNames } from '../state/select-names';
import { downloadFile } from './download-file';
import { type PickablePlace, PlacePicker } from './place-picker';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Greyscale-safe fills per mode: the mode colour and a pattern id (hatching tells them apart in grey). */
const MODE_PATTERNS: Record<string, string> = { rail: 'solid', road: 'hatch', sea: 'dots', river: 'cross' };

function sourceLabel(bibliography: BibliographyData) {
  return (id: string) => {
    const source = bibliography.sourceById.get(id);
    return source
      ? `${source.title} (${source.publisher}${source.datePublished ? `, ${source.datePublished}` : ''})${source.url ? ` ${source.url}` : ''}`
      : id;
  };
}

function ModePatterns() {
  return (
    <defs>
      {Object.entries(corridorTheme.modeColours).map(([mode, colour]) => (
        <pattern key={mode} id={`mode-${mode}`} patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" fill={colour} />
          {MODE_PATTERNS[mode] === 'hatch' ? <path d="M0 6L6 0" stroke="#fff" strokeWidth="1.5" /> : null}
          {MODE_PATTERNS[mode] === 'dots' ? <circle cx="3" cy="3" r="1.3" fill="#fff" /> : null}
          {MODE_PATTERNS[mode] === 'cross' ? <path d="M0 0L6 6M6 0L0 6" stroke="#fff" strokeWidth="1" /> : null}
        </pattern>
      ))}
    </defs>
  );
}

/**
 * Lengths (computed bar, published tick) and capacities of the compared segments as plain SVG, in
 * the legend's mode colours with a pattern per mode so that it reads in greyscale too.
 */
function ComparisonChart({ rows }: { rows: readonly SegmentRow[] }) {
  const rowHeight = 22;
  const labelWidth = 150;
  const barWidth = 190;
  const longest = Math.max(
    ...rows.map((row) => Math.max(row.computedKilometers, row.preferredPublishedKilometers ?? 0)),
    1,
  );
  const height = rows.length * rowHeight + 24;
  const tonnages = rows.map(
    (row) =>
      row.capacities.find((capacity) => capacity.unit === 'Mt/yr' && capacity.basis !== 'target') ??
      row.capacities.find((capacity) => capacity.unit === 'Mt/yr'),
  );
  const largestTonnage = Math.max(...tonnages.map((capacity) => capacity?.value ?? 0), 1);
  return (
    <figure className="comparison-chart">
      <svg
        width={labelWidth + barWidth * 2 + 40}
        height={height}
        role="img"
        aria-label={`Lengths and capacities of ${rows.length} compared segments; the same figures are in the table above`}
      >
        <ModePatterns />
        <text x={labelWidth} y={12} className="chart-heading">
          Length, km (bar: computed; tick: published)
        </text>
        <text x={labelWidth + barWidth + 30} y={12} className="chart-heading">
          Capacity, Mt/yr
        </text>
        {rows.map((row, index) => {
          const y = 20 + index * rowHeight;
          const computedWidth = (row.computedKilometers / longest) * barWidth;
          const published = row.preferredPublishedKilometers;
          const tonnage = tonnages[index];
          return (
            <g key={row.id}>
              <text x={labelWidth - 6} y={y + 13} textAnchor="end" className="chart-label">
                {row.name.length > 24 ? `${row.name.slice(0, 23)}…` : row.name}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={computedWidth}
                height={12}
                fill={`url(#mode-${row.mode})`}
                stroke="#333"
                strokeWidth="0.5"
              />
              {published ? (
                <line
                  x1={labelWidth + (published / longest) * barWidth}
                  x2={labelWidth + (published / longest) * barWidth}
                  y1={y}
                  y2={y + 18}
                  stroke="#000"
                  strokeWidth="2"
                />
              ) : null}
              <text x={labelWidth + computedWidth + 4} y={y + 13} className="chart-value">
                {whole.format(row.computedKilometers)}
              </text>
              {tonnage ? (
                <>
                  <rect
                    x={labelWidth + barWidth + 30}
                    y={y + 3}
                    width={(tonnage.value / largestTonnage) * (barWidth - 40)}
                    height={12}
                    fill="#555"
                  />
                  <text
                    x={labelWidth + barWidth + 34 + (tonnage.value / largestTonnage) * (barWidth - 40)}
                    y={y + 13}
                    className="chart-value"
                  >
                    {oneDecimal.format(tonnage.value)} ({tonnage.basis})
                  </text>
                </>
              ) : (
                <text x={labelWidth + barWidth + 30} y={y + 13} className="chart-value">
                  no figure
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/**
 * Compares corridor segments side by side: add them by clicking the map (while picking), from a
 * segment's panel, or from the searchable list; the table "Segment comparison" shows their
 * figures with sources, a chart their lengths and capacities; the map highlights them; exports
 * carry the data version.
 */
export function SegmentComparison() {
  const corridor = useLoadedData('corridor');
  const bibliography = useLoadedData('bibliography');
  const dataVersion = useDataVersion();
  const compared = useExplorer((state) => state.comparedSegments);
  const picking = useExplorer((state) => state.pickingForComparison);
  const setPicking = useExplorer((state) => state.setPickingForComparison);
  const add = useExplorer((state) => state.addToComparison);
  const remove = useExplorer((state) => state.removeFromComparison);
  const fitTo = useExplorer((state) => state.fitTo);
  const select = useExplorer((state) => state.select);
  const options = useMemo<PickablePlace[]>(
    () =>
      corridor.segmentRows.map((row) => ({
        id: row.id,
        name: row.name,
        names: {},
        country: `${modeName(row.mode)}, ${branchName(row.branch)}`,
      })),
    [corridor],
  );
  const rows = compared.flatMap((id) => corridor.segmentRowById.get(id) ?? []);
  const exportedOn = isoDate(new Date());
  const nodeName = (id: string) => corridor.nodeById.get(id)?.properties.name ?? id;
  return (
    <div className="segment-comparison">
      <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)}>
        {picking ? 'Stop adding from the map' : 'Add segments by clicking the map'}
      </button>
      <PlacePicker label="Add" places={options} value={undefined} onChange={(id) => id && add(id)} />
      {rows.length === 0 ? (
        <p className="hint">No segment compared yet. Turn on “Add segments by clicking the map”, or search above.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table" data-testid="segment-comparison">
              <caption>Segment comparison</caption>
              <thead>
                <tr>
                  <th scope="col">Segment</th>
                  <th scope="col">Branch</th>
                  <th scope="col">Mode</th>
                  <th scope="col">Status</th>
                  <th scope="col">Computed length</th>
                  <th scope="col">Published length (preferred, others)</th>
                  <th scope="col">Capacity</th>
                  <th scope="col">Seasonal limits</th>
                  <th scope="col">Sources</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-segment-id={row.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => select(row.id)}>
                        {row.name}
                      </button>
                      <span className="hint">
                        {' '}
                        ({nodeName(row.from)} – {nodeName(row.to)})
                      </span>
                    </th>
                    <td>{BRANCH_LABELS[row.branch as CorridorBranch] ?? row.branch}</td>
                    <td>{describeMode(row)}</td>
                    <td>
                      {row.status}
                      {row.statusSince ? ` since ${row.statusSince}` : ''}
                      {row.expectedOpen ? `, expected ${row.expectedOpen}` : ''}
                    </td>
                    <td className="number" data-testid="compared-length">
                      {whole.format(row.computedKilometers)} km
                      {row.computedNauticalMiles !== undefined
                        ? ` (${whole.format(row.computedNauticalMiles)} nm)`
                        : ''}
                    </td>
                    <td>
                      {row.preferredPublishedKilometers !== undefined
                        ? `${oneDecimal.format(row.preferredPublishedKilometers)} km (${row.preferredPublishedSources
                            .map((id) => bibliography.sourceById.get(id)?.publisher ?? id)
                            .join('; ')})`
                        : 'none found'}
                      {row.otherPublishedLengths.length
                        ? `; also ${row.otherPublishedLengths
                            .map((length) => `${oneDecimal.format(length.km)}${length.outlier ? ' (outlier)' : ''}`)
                            .join(', ')} km`
                        : ''}
                    </td>
                    <td>{row.capacities.length ? describeCapacity(row.capacities) : 'no figure'}</td>
                    <td>
                      {[
                        ...(row.seasonalClosedMonths.length ? [`closed ${row.seasonalClosedMonths.join(', ')}`] : []),
                        ...(row.seasonalRestrictedMonths.length
                          ? [`restricted ${row.seasonalRestrictedMonths.join(', ')}`]
                          : []),
                      ].join('; ') || 'none'}
                    </td>
                    <td className="number">{row.sourceCount}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => remove(row.id)}
                        aria-label={`Remove ${row.name} from the comparison`}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ComparisonChart rows={rows} />
          <div className="button-row">
            <button
              type="button"
              onClick={() => {
                const box = boundsOfSegments(corridor, compared);
                if (box) fitTo(box);
              }}
            >
              Fit the map to the compared segments
            </button>
            <button
              type="button"
              onClick={() =>
                downloadFile(
                  exportFileName('segments', 'csv', exportedOn),
                  'text/csv;charset=utf-8',
                  segmentsToCsv(rows, {
                    dataVersion,
                    exportedOn,
                    sourceLabel: sourceLabel(bibliography),
                    names: selectDisplayNames(corridor),
                  }),
                )
              }
            >
              Download the comparison (CSV)
            </button>
            <button
              type="button"
              onClick={() =>
                downloadFile(
                  exportFileName('segments', 'geojson', exportedOn),
                  'application/geo+json',
                  JSON.stringify(
                    segmentsToGeoJson(
                      compared.flatMap((id) => corridor.segmentById.get(id) ?? []),
                      { dataVersion, exportedOn },
                    ),
                    null,
                    1,
                  ),
                )
              }
            >
              Download the compared segments (GeoJSON)
            </button>
            <button type="button" onClick={() => remove('all')}>
              Clear the comparison
            </button>
          </div>
        </>
      )}
    </div>
  );
}
