import type { FeatureSummary, OverlayView } from '../../cartography/overlay-definition';
import { statusAt } from '../../domain/status-at';
import { eventInForce } from '../../domain/timeline/network-timeline';
import type { SegmentStatus } from '../../domain/vocabulary/vocabulary';
import {
  BRANCH_LABELS,
  EVENT_KIND_LABELS,
  MODE_LABELS,
  NODE_KIND_LABELS,
  SEGMENT_STATUS_LABELS,
} from '../../domain/vocabulary/vocabulary-labels';
import type { CorridorData } from '../../state/explorer-data';
import { boundsOfPositions, firstSentence, midpointOfLine } from '../summary-geometry';
import { eventPositionIn } from './corridor-features';

function statusLabel(status: string | undefined): string | undefined {
  return status === undefined ? undefined : (SEGMENT_STATUS_LABELS[status as SegmentStatus] ?? status);
}

/**
 * A corridor segment, node or event in a few words, as it stands on the view's day (the status by
 * the router's own rule), for the map's tooltip and card. `undefined` for an id that is not the corridor's.
 */
export function summarizeCorridorFeature(
  corridor: CorridorData,
  id: string,
  view: Pick<OverlayView, 'day' | 'present'>,
): FeatureSummary | undefined {
  const segment = corridor.segmentById.get(id);
  if (segment) {
    const properties = segment.properties;
    const status = statusAt(properties, view.day, view.present);
    const expected =
      properties.expectedOpen && status !== 'operational' && status !== undefined
        ? ` (expected ${properties.expectedOpen})`
        : '';
    const preferred =
      properties.publishedLengths.find((length) => length.preferred) ??
      (properties.publishedLengths.length === 1 ? properties.publishedLengths[0] : undefined);
    const line = segment.geometry.coordinates;
    return {
      id,
      name: properties.name,
      kind: `${properties.gap ? 'Missing rail link' : `${MODE_LABELS[properties.mode]}`} · ${BRANCH_LABELS[properties.branch]}`,
      status: status === undefined ? 'Not yet built on this day' : `${statusLabel(status)}${expected}`,
      computedKilometers: corridor.drawnKilometersById.get(id),
      publishedKilometers: preferred?.km,
      note: firstSentence(properties.note),
      role: 'segment',
      anchor: midpointOfLine(line),
      bounds: boundsOfPositions(line),
    };
  }
  const node = corridor.nodeById.get(id);
  if (node) {
    const [longitude = 0, latitude = 0] = node.geometry.coordinates;
    return {
      id,
      name: node.properties.name,
      kind: NODE_KIND_LABELS[node.properties.kind],
      status: statusLabel(statusAt(node.properties, view.day, view.present)),
      note: firstSentence(node.properties.note),
      role: 'place',
      anchor: [longitude, latitude],
      bounds: [longitude, latitude, longitude, latitude],
    };
  }
  const event = corridor.eventById.get(id);
  if (event) {
    const position = eventPositionIn(corridor, event);
    const [longitude = 0, latitude = 0] = position ?? [];
    return {
      id,
      name: event.name,
      kind: `Event: ${EVENT_KIND_LABELS[event.kind]}`,
      status: eventInForce(event, view.day) ? 'In force on the day shown' : 'Not in force on the day shown',
      note: firstSentence(event.summary),
      role: 'other',
      anchor: [longitude, latitude],
      bounds: [longitude, latitude, longitude, latitude],
    };
  }
  return undefined;
}
