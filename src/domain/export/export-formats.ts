import type { DisplayNames } from '../readable';
import type { Comparison, RouteResult } from '../routing/route-result';
import type { SegmentRow } from '../segment-rows';
import { comparisonToCsv } from './comparison-csv';
import { comparisonToGeoJson } from './comparison-geojson';
import { routeLegFeatures, type SegmentLineLookup } from './route-leg-features';
import { routeLegsToCsv } from './route-legs-csv';
import { routeLegsToGeoJson } from './route-legs-geojson';
import { segmentsToCsv } from './segments-csv';
import { type ExportableSegment, segmentsToGeoJson } from './segments-geojson';

/** What every export file says about itself besides its content. */
interface ExportOptions {
  /** The export date, `YYYY-MM-DD` (UTC): the caller reads the clock, the domain never does. */
  exportedOn: string;
  /** What made the file (`EXPORT_GENERATOR` for the app and the CLI). */
  generator: string;
  /** The data's names (`selectDisplayNames` in the app), for the CSV display columns; ids as words without. */
  names?: DisplayNames | undefined;
}

/** What a segments export reads: the segment features (GeoJSON) and their flat rows (CSV), in the same order. */
interface SegmentsExportInput {
  segments: readonly ExportableSegment<{ id: string }>[];
  rows: readonly SegmentRow[];
  /** The geodata version (`geodata/version.json`). */
  dataVersion: string;
  /** The label of a source id in the bibliography (CSV). */
  sourceLabel: (sourceId: string) => string;
}

/**
 * A machine-readable export format, registered once in `EXPORT_FORMATS`: the app's download buttons
 * and the CLI's `--format` both read the list, so the same query gives the same file in both. Every
 * builder returns the file's text.
 */
interface ExportFormat {
  /** The id the CLI's `--format` takes. */
  readonly id: string;
  /** The file name extension, without the dot. */
  readonly extension: string;
  /** The media type of a download. */
  readonly mimeType: string;
  /** What a button or a usage text calls it. */
  readonly label: string;
  /** The legs of a route, in travel order. */
  route(route: RouteResult, lineOf: SegmentLineLookup, options: ExportOptions): string;
  /** Every route of a comparison. */
  comparison(comparison: Comparison, lineOf: SegmentLineLookup, options: ExportOptions): string;
  /** Corridor segments (the network table, the segment comparison). */
  segments(input: SegmentsExportInput, options: ExportOptions): string;
}

/** GeoJSON text as the exports write it: two-space indentation, a final line break. */
function geoJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The machine-readable export formats, in the order buttons and usage texts list them. */
export const EXPORT_FORMATS = [
  {
    id: 'csv',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
    label: 'CSV',
    route: (route, _lineOf, options) => routeLegsToCsv(route, options),
    comparison: (comparison, _lineOf, options) => comparisonToCsv(comparison, options),
    segments: (input, options) =>
      segmentsToCsv(input.rows, {
        dataVersion: input.dataVersion,
        exportedOn: options.exportedOn,
        sourceLabel: input.sourceLabel,
        names: options.names,
      }),
  },
  {
    id: 'geojson',
    extension: 'geojson',
    mimeType: 'application/geo+json',
    label: 'GeoJSON',
    route: (route, lineOf, options) => geoJsonText(routeLegsToGeoJson(route, routeLegFeatures(route, lineOf), options)),
    comparison: (comparison, lineOf, options) => geoJsonText(comparisonToGeoJson(comparison, lineOf, options)),
    segments: (input, options) =>
      geoJsonText(
        segmentsToGeoJson(input.segments, {
          dataVersion: input.dataVersion,
          exportedOn: options.exportedOn,
          generator: options.generator,
        }),
      ),
  },
] as const satisfies readonly ExportFormat[];

/** The id of a registered export format (`csv`, `geojson`). */
export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

/** The ids of the registered formats, in order. */
export const EXPORT_FORMAT_IDS: readonly ExportFormatId[] = EXPORT_FORMATS.map((format) => format.id);

/** The registered format of an id. */
export function exportFormatOf(id: ExportFormatId): ExportFormat {
  const found: ExportFormat | undefined = EXPORT_FORMATS.find((format) => format.id === id);
  if (!found) throw new Error(`unknown export format ${id}`);
  return found;
}
