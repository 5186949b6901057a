import type { Feature, FeatureCollection, LineString } from 'geojson';
import { lineLengthKilometers } from '../great-circle';
import { EXPORT_GENERATOR } from './export-generator';

/** A corridor segment feature as exported: any properties with at least an id (a `CorridorSegment` fits it). */
export type ExportableSegment<Properties extends { id: string }> = Feature<LineString, Properties>;

/** What the segments GeoJSON carries besides the features. */
export interface SegmentsGeoJsonOptions {
  /** The geodata version (`geodata/version.json`, e.g. `2026.11.1`). */
  dataVersion: string;
  /** The export date, `YYYY-MM-DD` (UTC). */
  exportedOn: string;
  /** What made the file; `EXPORT_GENERATOR` when not given. */
  generator?: string | undefined;
  /** The licence of the data, e.g. `CC BY 4.0`; left out when not given. */
  licence?: string | undefined;
}

/**
 * An RFC 7946 FeatureCollection of segments with foreign members saying which data it holds, when it
 * was exported and by what.
 */
export type SegmentsGeoJson<Properties extends { id: string }> = FeatureCollection<
  LineString,
  Properties & { computedLengthKilometers: number }
> & {
  dataVersion: string;
  exportedOn: string;
  generator: string;
  licence?: string;
};

/** Decimals of the computed length: metres, as in the CSV exports. */
const LENGTH_DECIMAL_FACTOR = 1000;

/**
 * The given segment features as GeoJSON, geometry as drawn and every property kept (deep copies, so
 * the export never shares objects with the app's data), plus `computedLengthKilometers`: the drawn
 * length (haversine along the line, kilometres, 3 decimals) the app shows.
 */
export function segmentsToGeoJson<Properties extends { id: string }>(
  segments: readonly ExportableSegment<Properties>[],
  options: SegmentsGeoJsonOptions,
): SegmentsGeoJson<Properties> {
  const features = segments.map((segment) => {
    const copy = structuredClone(segment);
    const computedLengthKilometers =
      Math.round(lineLengthKilometers(segment.geometry.coordinates) * LENGTH_DECIMAL_FACTOR) / LENGTH_DECIMAL_FACTOR;
    return { ...copy, properties: { ...copy.properties, computedLengthKilometers } };
  });
  return {
    type: 'FeatureCollection',
    dataVersion: options.dataVersion,
    exportedOn: options.exportedOn,
    generator: options.generator ?? EXPORT_GENERATOR,
    ...(options.licence === undefined ? {} : { licence: options.licence }),
    features,
  };
}
