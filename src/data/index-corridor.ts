import type { CorridorEvent } from '../domain/events/corridor-event';
import { lineLengthKilometers } from '../domain/great-circle';
import { type SegmentRow, segmentRow } from '../domain/segment-rows';
import type { BibliographyEntry, CorridorNode, CorridorPassage, CorridorSegment } from './corridor-schemas';
import type { DataProblem } from './data-problem';

/**
 * The corridor's validated parts: what `assembleCorridor` keeps after its checks, and what the build
 * writes into the corridor unit for the browser (`compile-geodata.ts`). No schema code here: the
 * browser indexes these parts without loading the validators.
 */
export interface CorridorParts {
  nodes: CorridorNode[];
  segments: CorridorSegment[];
  passages: CorridorPassage[];
  /** The valid entries of `sources.json`. */
  sources: BibliographyEntry[];
  /** The valid corridor events of `events.json` (contracts §7), in file order. */
  events: CorridorEvent[];
  /** Old place ids still accepted, to the current id (contracts §1); only entries naming a current place. */
  aliases: ReadonlyMap<string, string>;
  /** Errors (features dropped) and warnings (features kept) found in the files. */
  report: DataProblem[];
}

/** The validated corridor with the lookups the map, the panels, the router and the CLI need, built once. */
export interface AssembledCorridor extends Omit<CorridorParts, 'sources'> {
  eventById: ReadonlyMap<string, CorridorEvent>;
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
  /** The countries (ISO 3166-1 alpha-2) of the places, sorted: what `avoid=` can name. */
  countries: readonly string[];
}

/**
 * Builds the corridor's lookups from its validated parts. Pure; trusts its input. Without
 * `sources` (the browser, which loads the bibliography apart), `sourceById` is empty.
 */
export function indexCorridor(
  parts: Omit<CorridorParts, 'sources'> & { sources?: BibliographyEntry[] | undefined },
): AssembledCorridor {
  const segmentsByNodeId = new Map<string, CorridorSegment[]>();
  for (const segment of parts.segments) {
    for (const nodeId of new Set([segment.properties.from, segment.properties.to])) {
      const list = segmentsByNodeId.get(nodeId);
      if (list) list.push(segment);
      else segmentsByNodeId.set(nodeId, [segment]);
    }
  }
  const drawnKilometersById = new Map(
    parts.segments.map((segment) => [segment.properties.id, lineLengthKilometers(segment.geometry.coordinates)]),
  );
  const segmentRows = parts.segments.map((segment) =>
    segmentRow(segment, drawnKilometersById.get(segment.properties.id) ?? 0),
  );
  return {
    nodes: parts.nodes,
    segments: parts.segments,
    passages: parts.passages,
    events: parts.events,
    eventById: new Map(parts.events.map((event) => [event.id, event])),
    nodeById: new Map(parts.nodes.map((node) => [node.properties.id, node])),
    segmentById: new Map(parts.segments.map((segment) => [segment.properties.id, segment])),
    sourceById: new Map((parts.sources ?? []).map((source) => [source.id, source])),
    segmentsByNodeId,
    drawnKilometersById,
    segmentRows,
    segmentRowById: new Map(segmentRows.map((row) => [row.id, row])),
    countries: [...new Set(parts.nodes.map((node) => node.properties.country))].sort(),
    aliases: parts.aliases,
    report: parts.report,
  };
}
