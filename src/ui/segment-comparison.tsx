import { useMemo } from 'react';
import { exportFileName, isoDate } from '../domain/export/export-file-name';
import { segmentsToCsv } from '../domain/export/segments-csv';
import { segmentsToGeoJson } from '../domain/export/segments-geojson';
import type { SegmentRow } from '../domain/segment-rows';
import type { MessageId } from '../i18n/catalogues';
import { dateText } from '../i18n/route-reason-messages';
import { useDisplayNames, useFormatDay, useT, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import { boundsOfSegments } from '../overlays/corridor/corridor-features';
import { corridorTheme } from '../overlays/corridor/corridor-theme';
import { useDataVersion, useExplorer, useLoadedData } from '../state/explorer-context';
import type { BibliographyData } from '../state/explorer-data';
import { selectDisplayNames } from '../state/select-names';
import { downloadFile } from './download-file';
import { type PickablePlace, PlacePicker } from './place-picker';

/** The figures of the table and the chart in the language's digits. */
function numbers(wording: Wording) {
  return {
    whole: (value: number) => wording.number(value, { maximumFractionDigits: 0 }),
    oneDecimal: (value: number) => wording.number(value, { maximumFractionDigits: 1 }),
  };
}

/** A rail segment's traction, as its mode cell says it. */
const TRACTION: Record<string, MessageId> = {
  electric: 'compare.traction.electric',
  diesel: 'compare.traction.diesel',
  mixed: 'compare.traction.mixed',
};

/** The mode's name with what qualifies it: "Sea (Caspian river–sea)", "Rail (1520 mm, electric)", "Road". */
function modeCell(row: SegmentRow, wording: Wording): string {
  const qualifiers = [
    row.gaugeMillimetres === undefined
      ? undefined
      : wording.t('compare.gauge', { gauge: wording.number(row.gaugeMillimetres, { useGrouping: false }) }),
    row.traction === undefined
      ? undefined
      : TRACTION[row.traction]
        ? wording.t(TRACTION[row.traction] as MessageId)
        : row.traction,
  ].filter((qualifier) => qualifier !== undefined);
  const mode = wording.modeWithVessel(row.mode, row.vessel);
  return qualifiers.length === 0 ? mode : wording.t('compare.modeWith', { mode, qualifiers: qualifiers.join(', ') });
}

/** Capacities as the table says them: "12 Mt/yr (design, 2020); 3 Mt/yr (current)". */
function capacityCell(capacities: SegmentRow['capacities'], wording: Wording): string {
  return capacities
    .map(({ value, unit, basis, year }) => {
      const values = { value: wording.number(value), unit, basis: wording.capacityBasis(basis) };
      return year === null
        ? wording.t('compare.capacity', values)
        : wording.t('compare.capacityYear', { ...values, year: wording.number(year, { useGrouping: false }) });
    })
    .join(wording.t('route.reason.separator'));
}

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
function ComparisonChart({ rows, name }: { rows: readonly SegmentRow[]; name: (row: SegmentRow) => string }) {
  const t = useT();
  const wording = useWording();
  const { whole, oneDecimal } = numbers(wording);
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
        // A chart keeps its left-to-right layout in Persian (its anchors are laid out for it); the words in it still read right to left.
        direction="ltr"
        aria-label={t('compare.chart.label', { count: rows.length })}
      >
        <ModePatterns />
        <text x={labelWidth} y={12} className="chart-heading">
          {t('compare.chart.length')}
        </text>
        <text x={labelWidth + barWidth + 30} y={12} className="chart-heading">
          {t('compare.chart.capacity')}
        </text>
        {rows.map((row, index) => {
          const y = 20 + index * rowHeight;
          const computedWidth = (row.computedKilometers / longest) * barWidth;
          const published = row.preferredPublishedKilometers;
          const tonnage = tonnages[index];
          const label = name(row);
          return (
            <g key={row.id}>
              <text x={labelWidth - 6} y={y + 13} textAnchor="end" className="chart-label">
                {label.length > 24 ? `${label.slice(0, 23)}…` : label}
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
                {whole(row.computedKilometers)}
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
                    {t('compare.chart.tonnage', {
                      value: oneDecimal(tonnage.value),
                      basis: wording.capacityBasis(tonnage.basis),
                    })}
                  </text>
                </>
              ) : (
                <text x={labelWidth + barWidth + 30} y={y + 13} className="chart-value">
                  {t('compare.noFigure')}
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
  const t = useT();
  const wording = useWording();
  const formatDay = useFormatDay();
  const names = useDisplayNames(corridor);
  const { whole, oneDecimal } = numbers(wording);
  const date = (value: string) => dateText(value, { wording, formatDay });
  const segmentName = (row: SegmentRow) => {
    const shown = names.segment(row.id);
    return shown === row.id ? row.name : shown;
  };
  const options = useMemo<PickablePlace[]>(
    () =>
      corridor.segmentRows.map((row) => ({
        id: row.id,
        name: names.segment(row.id) === row.id ? row.name : names.segment(row.id),
        names: {},
        country: wording.t('compare.option', { mode: wording.mode(row.mode), branch: wording.branchShort(row.branch) }),
      })),
    [corridor, names, wording],
  );
  const rows = compared.flatMap((id) => corridor.segmentRowById.get(id) ?? []);
  const exportedOn = isoDate(new Date());
  return (
    <div className="segment-comparison">
      <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)}>
        {picking ? t('compare.stopPicking') : t('compare.startPicking')}
      </button>
      <PlacePicker label={t('compare.add')} places={options} value={undefined} onChange={(id) => id && add(id)} />
      {rows.length === 0 ? (
        <p className="hint">{t('compare.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table" data-testid="segment-comparison">
              <caption>{t('compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.head.segment')}</th>
                  <th scope="col">{t('compare.head.branch')}</th>
                  <th scope="col">{t('compare.head.mode')}</th>
                  <th scope="col">{t('compare.head.status')}</th>
                  <th scope="col">{t('compare.head.computed')}</th>
                  <th scope="col">{t('compare.head.published')}</th>
                  <th scope="col">{t('compare.head.capacity')}</th>
                  <th scope="col">{t('compare.head.seasonal')}</th>
                  <th scope="col">{t('compare.head.sources')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('compare.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-segment-id={row.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => select(row.id)}>
                        {segmentName(row)}
                      </button>
                      <span className="hint">
                        {' '}
                        {t('compare.ends', { from: names.place(row.from), to: names.place(row.to) })}
                      </span>
                    </th>
                    <td>{wording.branch(row.branch)}</td>
                    <td>{modeCell(row, wording)}</td>
                    <td>
                      {wording.status(row.status)}
                      {row.statusSince ? t('compare.since', { date: date(row.statusSince) }) : ''}
                      {row.expectedOpen ? t('compare.expected', { date: date(String(row.expectedOpen)) }) : ''}
                    </td>
                    <td className="number" data-testid="compared-length">
                      {wording.unit('km', whole(row.computedKilometers))}
                      {row.computedNauticalMiles !== undefined
                        ? t('compare.nauticalMiles', { nm: whole(row.computedNauticalMiles) })
                        : ''}
                    </td>
                    <td>
                      {row.preferredPublishedKilometers !== undefined
                        ? t('compare.publishedBy', {
                            km: oneDecimal(row.preferredPublishedKilometers),
                            publishers: row.preferredPublishedSources
                              .map((id) => bibliography.sourceById.get(id)?.publisher ?? id)
                              .join(t('route.reason.separator')),
                          })
                        : t('compare.noneFound')}
                      {row.otherPublishedLengths.length
                        ? t('compare.alsoPublished', {
                            lengths: row.otherPublishedLengths
                              .map((length) =>
                                length.outlier
                                  ? t('compare.outlier', { km: oneDecimal(length.km) })
                                  : oneDecimal(length.km),
                              )
                              .join(', '),
                          })
                        : ''}
                    </td>
                    <td>{row.capacities.length ? capacityCell(row.capacities, wording) : t('compare.noFigure')}</td>
                    <td>
                      {[
                        ...(row.seasonalClosedMonths.length
                          ? [t('compare.closedMonths', { months: wording.months(row.seasonalClosedMonths) })]
                          : []),
                        ...(row.seasonalRestrictedMonths.length
                          ? [t('compare.restrictedMonths', { months: wording.months(row.seasonalRestrictedMonths) })]
                          : []),
                      ].join(t('route.reason.separator')) || t('compare.none')}
                    </td>
                    <td className="number">{wording.number(row.sourceCount)}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => remove(row.id)}
                        aria-label={t('compare.removeNamed', { name: segmentName(row) })}
                      >
                        {t('compare.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ComparisonChart rows={rows} name={segmentName} />
          <div className="button-row">
            <button
              type="button"
              onClick={() => {
                const box = boundsOfSegments(corridor, compared);
                if (box) fitTo(box);
              }}
            >
              {t('compare.fit')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadFile(
                  exportFileName('segments', 'csv', exportedOn),
                  'text/csv;charset=utf-8', // i18n-exempt: a MIME type
                  segmentsToCsv(rows, {
                    dataVersion,
                    exportedOn,
                    sourceLabel: sourceLabel(bibliography),
                    names: selectDisplayNames(corridor),
                  }),
                )
              }
            >
              {t('compare.downloadCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadFile(
                  exportFileName('segments', 'geojson', exportedOn),
                  'application/geo+json', // i18n-exempt: a MIME type
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
              {t('compare.downloadGeoJson')}
            </button>
            <button type="button" onClick={() => remove('all')}>
              {t('compare.clear')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
