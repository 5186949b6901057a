import type { FeatureSummary, OverlayView } from '../../cartography/overlay-definition';
import { statusAt } from '../../domain/status-at';
import { eventInForce } from '../../domain/timeline/network-timeline';
import type { CorridorData } from '../../state/explorer-data';
import { boundsOfPositions, firstSentence, midpointOfLine } from '../summary-geometry';
import { eventPositionIn, yearText } from './corridor-features';

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
      properties.expectedOpen && status !== 'operational' && status !== undefined ? properties.expectedOpen : undefined;
    const preferred =
      properties.publishedLengths.find((length) => length.preferred) ??
      (properties.publishedLengths.length === 1 ? properties.publishedLengths[0] : undefined);
    const line = segment.geometry.coordinates;
    return {
      id,
      name: properties.name,
      kind: (wording) =>
        `${properties.gap ? wording.t('mapKey.missingRailLink') : wording.mode(properties.mode)} · ${wording.branch(properties.branch)}`,
      status:
        status === undefined
          ? 'card.notYetBuiltOnDay'
          : (wording) =>
              expected === undefined
                ? wording.status(status)
                : wording.t('card.statusExpected', {
                    status: wording.status(status),
                    year: yearText(expected, wording),
                  }),
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
    const nodeStatus = statusAt(node.properties, view.day, view.present);
    return {
      id,
      name: node.properties.name,
      kind: (wording) => wording.nodeKind(node.properties.kind),
      status: nodeStatus === undefined ? undefined : (wording) => wording.status(nodeStatus),
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
      kind: (wording) => wording.t('card.event', { kind: wording.eventKind(event.kind) }),
      status: eventInForce(event, view.day) ? 'card.inForce' : 'card.notInForce',
      note: firstSentence(event.summary),
      role: 'other',
      anchor: [longitude, latitude],
      bounds: [longitude, latitude, longitude, latitude],
    };
  }
  return undefined;
}
