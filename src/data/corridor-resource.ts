import nodesUrl from '../../geodata/corridor/nodes.geojson?url';
import passagesUrl from '../../geodata/corridor/passages.geojson?url';
import segmentsUrl from '../../geodata/corridor/segments.geojson?url';
import sourcesUrl from '../../geodata/sources.json?url';
import { lineLengthKilometers } from '../domain/great-circle';
import { type SegmentRow, segmentRow } from '../domain/segment-rows';
import type { BibliographyEntry, CorridorNode, CorridorSegment } from './corridor-schemas';
import { fetchJson } from './fetch-json';
import { type CorridorReportEntry, validateCorridor } from './validate-corridor';

/** The validated corridor with the lookups the map and panels need, built once at load. */
export interface CorridorData {
  nodes: CorridorNode[];
  segments: CorridorSegment[];
  nodeById: ReadonlyMap<string, CorridorNode>;
  segmentById: ReadonlyMap<string, CorridorSegment>;
  sourceById: ReadonlyMap<string, BibliographyEntry>;
  /** Segments that start or end at each node. */
  segmentsByNodeId: ReadonlyMap<string, CorridorSegment[]>;
  /** Length of each segment's drawn line, computed by the app (never a published figure), km. */
  drawnKilometersById: ReadonlyMap<string, number>;
  /** One flat row per segment, in file order, for the network table, the comparison and exports. */
  segmentRows: SegmentRow[];
  segmentRowById: ReadonlyMap<string, SegmentRow>;
  /** Errors (features dropped) and warnings (features kept) found while reading the files. */
  report: CorridorReportEntry[];
}

/** Builds the lookups of a validated corridor, once per load. */
function indexCorridor(
  validated: Pick<ReturnType<typeof validateCorridor>, 'nodes' | 'segments' | 'sources' | 'report'>,
): CorridorData {
  const segmentsByNodeId = new Map<string, CorridorSegment[]>();
  for (const segment of validated.segments) {
    for (const nodeId of [segment.properties.from, segment.properties.to]) {
      segmentsByNodeId.set(nodeId, [...(segmentsByNodeId.get(nodeId) ?? []), segment]);
    }
  }
  const drawnKilometersById = new Map(
    validated.segments.map((segment) => [segment.properties.id, lineLengthKilometers(segment.geometry.coordinates)]),
  );
  const segmentRows = validated.segments.map((segment) =>
    segmentRow(segment, drawnKilometersById.get(segment.properties.id) ?? 0),
  );
  return {
    nodes: validated.nodes,
    segments: validated.segments,
    nodeById: new Map(validated.nodes.map((node) => [node.properties.id, node])),
    segmentById: new Map(validated.segments.map((segment) => [segment.properties.id, segment])),
    sourceById: new Map(validated.sources.map((source) => [source.id, source])),
    segmentsByNodeId,
    drawnKilometersById,
    segmentRows,
    segmentRowById: new Map(segmentRows.map((row) => [row.id, row])),
    report: validated.report,
  };
}

let pending: Promise<CorridorData> | undefined;

/**
 * The corridor geodata, fetched from the app's own origin and validated once (schemas and network
 * rules; the slower land checks run in `npm run check:geodata` and the tests, not in the browser).
 * Features with errors are left out and listed in `report`.
 */
export function getCorridor(): Promise<CorridorData> {
  pending ??= Promise.all([
    fetchJson(nodesUrl),
    fetchJson(segmentsUrl),
    fetchJson(passagesUrl),
    fetchJson(sourcesUrl),
  ]).then(([nodes, segments, passages, sources]) =>
    indexCorridor(validateCorridor({ nodes, segments, passages, sources })),
  );
  return pending;
}
