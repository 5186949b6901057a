import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { LANGUAGE_STATE, localNameProperties } from '../../cartography/local-names';
import { type Bounds, boundingBoxOfLines } from '../../domain/bounding-box';
import { findGaugeBreaks } from '../../domain/find-gauge-breaks';
import { eventPosition } from '../../domain/timeline/event-position';
import { LANGUAGES, type Language } from '../../domain/vocabulary/vocabulary';
import type { MessageId } from '../../i18n/catalogues';
import type { Wording } from '../../i18n/wording';
import type { CorridorData } from '../../state/explorer-data';
import { selectDisplayNames } from '../../state/select-names';
import { englishWording } from '../overlay-wording';
import { midpointOfLine } from '../summary-geometry';
import type { CorridorSources } from './corridor-style';

/**
 * The branches named on the map at overview zoom: their names there, and where each name goes (a
 * cartographic choice: beside the branch, on the side away from the others, [lng, lat] and the side
 * of the point the text is on).
 */
export const LABELLED_BRANCHES = {
  western: { label: 'map.label.western', at: [47.3, 41.3], anchor: 'right' },
  'trans-caspian': { label: 'map.label.trans-caspian', at: [50.7, 42.6], anchor: 'center' },
  eastern: { label: 'map.label.eastern', at: [55.9, 41.6], anchor: 'left' },
} as const satisfies Record<string, { label: MessageId; at: readonly [number, number]; anchor: string }>;

/**
 * The words the map's own labels are drawn in, by language: English always (the `label` property,
 * also the fallback), and each other language given as `label_ru`, `label_fa`, `label_hi`.
 */
export type LabelWordings = Partial<Record<Language, Wording>>;

/**
 * The text of one of the corridor's own labels (`label` or the missing link's `short`) in the
 * interface language (the style's global state, as names are: src/cartography/local-names.ts),
 * else in English.
 */
export function labelField(property: 'label' | 'short'): ExpressionSpecification {
  return ['coalesce', ['get', ['concat', `${property}_`, ['global-state', LANGUAGE_STATE]]], ['get', property]];
}

/** `{ label, label_ru, … }`: a text in English and in each other language there are words for. */
function labelProperties(
  property: 'label' | 'short',
  text: (wording: Wording) => string,
  wordings: LabelWordings,
): Record<string, string> {
  const properties: Record<string, string> = { [property]: text(wordings.en ?? englishWording()) };
  for (const language of LANGUAGES) {
    const wording = wordings[language];
    if (language !== 'en' && wording) properties[`${property}_${language}`] = text(wording);
  }
  return properties;
}

/** A year in the language's digits, without grouping: "2026", "۲۰۲۶". */
export function yearText(year: number | string, wording: Wording): string {
  const value = typeof year === 'number' ? year : Number(year);
  return Number.isInteger(value) ? wording.number(value, { useGrouping: false }) : String(year);
}

/** The callout of a missing link: what it is, its published length and when it is expected. */
function gapLabel(segment: CorridorData['segments'][number]['properties'], name: string, wording: Wording): string {
  const preferred = segment.publishedLengths.find((length) => length.preferred) ?? segment.publishedLengths[0];
  const facts = [
    preferred ? wording.unit('km', wording.number(preferred.km, { maximumFractionDigits: 0 })) : undefined,
    segment.expectedOpen
      ? wording.t('map.label.expected', { year: yearText(segment.expectedOpen, wording) })
      : undefined,
  ].filter((fact) => fact !== undefined);
  return facts.length > 0
    ? wording.t('map.label.gap', { name, facts: facts.join(wording.t('mapKey.separator')) })
    : wording.t('map.label.gapBare', { name });
}

/** The names of the labelled branches that have a segment in the data, as points. */
function branchLabelPoints(corridor: CorridorData, wordings: LabelWordings): Array<Feature<Point>> {
  return Object.entries(LABELLED_BRANCHES).flatMap(([branch, { label, at, anchor }]) =>
    corridor.segments.some((segment) => segment.properties.branch === branch)
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [...at] },
            properties: { branch, anchor, ...labelProperties('label', (wording) => wording.t(label), wordings) },
          },
        ]
      : [],
  );
}

/**
 * The corridor as the map draws it: segments and nodes with the properties the style reads, and
 * the gauge breaks derived from the rail segments. Pure; computed once per loaded corridor (and
 * the languages its own labels are worded in: English unless `wordings` gives more).
 */
export function buildCorridorSources(corridor: CorridorData, wordings: LabelWordings = {}): CorridorSources {
  const segments: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: corridor.segments.map((segment) => ({
      type: 'Feature',
      geometry: segment.geometry,
      properties: {
        id: segment.properties.id,
        name: segment.properties.name,
        mode: segment.properties.mode,
        branch: segment.properties.branch,
        status: segment.properties.status,
        gap: segment.properties.gap ?? false,
        precision: segment.properties.precision,
      },
    })),
  };
  const nodes: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: corridor.nodes.map((node) => ({
      type: 'Feature',
      geometry: node.geometry,
      properties: {
        id: node.properties.id,
        name: node.properties.name,
        kind: node.properties.kind,
        ...localNameProperties(node.properties.names),
      },
    })),
  };
  const gaugeBreakFeatures: Array<Feature<Point>> = [];
  for (const gaugeBreak of findGaugeBreaks(corridor.segments.map((segment) => segment.properties))) {
    const node = corridor.nodeById.get(gaugeBreak.nodeId);
    if (!node) continue;
    gaugeBreakFeatures.push({
      type: 'Feature',
      geometry: node.geometry,
      properties: { id: gaugeBreak.nodeId, label: `${gaugeBreak.gaugesMillimetres.join(' | ')} mm` },
    });
  }
  const events: Array<Feature<Point>> = corridor.events.flatMap((event) => {
    const position = eventPositionIn(corridor, event);
    return position
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: position },
            properties: { id: event.id, kind: event.kind, name: event.name },
          },
        ]
      : [];
  });
  // A missing link's name in each language: its ends' names in that language where the data has them.
  const segmentName = (id: string, wording: Wording) =>
    selectDisplayNames(corridor, undefined, wording.locale.split('-')[0] ?? 'en').segment(id);
  const gapLabels: Array<Feature<Point>> = corridor.segments
    .filter((segment) => segment.properties.gap)
    .map((segment) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: midpointOfLine(segment.geometry.coordinates) },
      properties: {
        id: segment.properties.id,
        ...labelProperties(
          'label',
          (wording) => gapLabel(segment.properties, segmentName(segment.properties.id, wording), wording),
          wordings,
        ),
        ...labelProperties('short', (wording) => wording.t('mapKey.missingRailLink'), wordings),
      },
    }));
  return {
    segments,
    nodes,
    gaugeBreaks: { type: 'FeatureCollection', features: gaugeBreakFeatures },
    events: { type: 'FeatureCollection', features: events },
    gapLabels: { type: 'FeatureCollection', features: gapLabels },
    branchLabels: { type: 'FeatureCollection', features: branchLabelPoints(corridor, wordings) },
  };
}

/** Where an event is drawn: on the place, segment or passage it affects (`undefined`: nowhere). */
export function eventPositionIn(corridor: CorridorData, event: CorridorData['events'][number]) {
  return eventPosition(event, {
    placePosition: (id) => corridor.nodeById.get(id)?.geometry.coordinates,
    segmentLine: (id) => corridor.segmentById.get(id)?.geometry.coordinates,
    passageRing: (id) => {
      const geometry = corridor.passages.find((passage) => passage.properties.id === id)?.geometry;
      if (!geometry) return undefined;
      return geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
    },
  });
}

/** The box around some segments of the corridor (unknown ids are skipped), or `undefined`. */
export function boundsOfSegments(corridor: CorridorData, segmentIds: readonly string[]): Bounds | undefined {
  return boundingBoxOfLines(
    segmentIds.flatMap((id) => {
      const segment = corridor.segmentById.get(id);
      return segment ? [segment.geometry.coordinates] : [];
    }),
  );
}
