import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { NAME_FIELD, spacingForScript } from '../../cartography/local-names';
import type { EventKind } from '../../domain/vocabulary/vocabulary';
import { labelField } from './corridor-features';
import { CORRIDOR_LAYER_IDS, CORRIDOR_SOURCE_IDS } from './corridor-ids';
import { type CorridorTheme, corridorTheme } from './corridor-theme';

/** The corridor data the overlay draws. */
export interface CorridorSources {
  segments: FeatureCollection;
  nodes: FeatureCollection;
  /** Points where the track gauge changes (1520/1435 mm), with a `label`. */
  gaugeBreaks: FeatureCollection;
  /** One marker per event that has a place on the map, with `id`, `kind` and `name`. */
  events: FeatureCollection;
  /** One point per missing link, at its middle, with `id`, its `label` and a `short` one for overview zoom. */
  gapLabels: FeatureCollection;
  /** One point per labelled branch (western, trans-Caspian, eastern), with `branch`, `label` and `anchor`. */
  branchLabels: FeatureCollection;
}

/** Status groups, each drawn by its own layer because dash patterns differ between them. */
export const STATUS_GROUPS = {
  operational: ['operational'],
  restricted: ['restricted'],
  underConstruction: ['under-construction'],
  planned: ['planned', 'proposed'],
  inactive: ['suspended', 'closed'],
} as const;

/** A group of statuses drawn alike. */
export type StatusGroup = keyof typeof STATUS_GROUPS;

function lineColour(theme: CorridorTheme): ExpressionSpecification {
  return [
    'case',
    ['==', ['get', 'branch'], 'comparator'],
    theme.comparatorColour,
    [
      'match',
      ['get', 'mode'],
      'rail',
      theme.modeColours.rail,
      'road',
      theme.modeColours.road,
      'river',
      theme.modeColours.river,
      theme.modeColours.sea,
    ],
  ];
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const compared: ExpressionSpecification = ['boolean', ['feature-state', 'compared'], false];

/** The casing's width at one zoom stop: wider for a hovered, selected or compared segment. */
function casingWidth(factor: number): ExpressionSpecification {
  return [
    '+',
    ['*', factor, ['case', ['==', ['get', 'mode'], 'sea'], 0.85, 1]],
    ['case', ['any', hovered, selected], 5, compared, 6, 2],
  ];
}

/**
 * Line width in pixels by zoom (the zoom interpolation must be the outermost expression); sea legs
 * thinner than land legs, comparators thinnest; hovered or selected lines get `highlightExtra`.
 */
function lineWidth(extra: number, highlightExtra = extra): ExpressionSpecification {
  const base: ExpressionSpecification = [
    'case',
    ['==', ['get', 'branch'], 'comparator'],
    0.7,
    ['==', ['get', 'mode'], 'sea'],
    0.85,
    1,
  ];
  const at = (factor: number): ExpressionSpecification => [
    '+',
    ['*', factor, base],
    ['case', ['any', hovered, selected], highlightExtra, extra],
  ];
  return ['interpolate', ['linear'], ['zoom'], 2, at(1.6), 6, at(3.6)];
}

const byId = (ids: readonly string[]): FilterSpecification => ['in', ['get', 'id'], ['literal', [...ids]]];

/** Which corridor features the map shows now, by id: the view's choices already applied. */
export interface CorridorVisibility {
  /** Visible segments (not the missing link) by status group, each as the status it had at the view's moment. */
  segmentsByGroup: Readonly<Record<StatusGroup, readonly string[]>>;
  /** Visible missing links (`gap: true`). */
  gaps: readonly string[];
  /** Nodes touched by a visible segment. */
  nodes: readonly string[];
  /** Node ids the basemap already labels (their corridor label is hidden). */
  labelledElsewhere: readonly string[];
  /** Events in force on the view's day, when the events layer is on. */
  events: readonly string[];
  /** Visible branches (their names are drawn at overview zoom). */
  branches: readonly string[];
  /** The branch a panel points at, drawn with a halo (`undefined`: none). */
  highlightBranch?: string | undefined;
  /** Segments of a route a panel previews (empty: none). */
  preview?: readonly string[] | undefined;
}

/**
 * The filter of every corridor layer: the map applies these when the view changes (branch
 * switches, the scenario year), and the style uses them at start.
 */
export function corridorFilters(visibility: CorridorVisibility): Record<string, FilterSpecification> {
  const allSegments = [...Object.values(visibility.segmentsByGroup).flat(), ...visibility.gaps];
  const filters: Record<string, FilterSpecification> = {
    [CORRIDOR_LAYER_IDS.casing]: byId(allSegments),
    [CORRIDOR_LAYER_IDS.gap]: byId(visibility.gaps),
    [CORRIDOR_LAYER_IDS.gapLabel]: byId(visibility.gaps),
    [CORRIDOR_LAYER_IDS.branchLabels]: ['in', ['get', 'branch'], ['literal', [...visibility.branches]]],
    [CORRIDOR_LAYER_IDS.branchHighlight]: [
      'all',
      ['==', ['get', 'branch'], visibility.highlightBranch ?? ''],
      ['in', ['get', 'id'], ['literal', allSegments]],
    ],
    [CORRIDOR_LAYER_IDS.preview]: byId(visibility.preview ?? []),
    [CORRIDOR_LAYER_IDS.restrictedHalo]: byId(visibility.segmentsByGroup.restricted),
    [CORRIDOR_LAYER_IDS.events]: byId(visibility.events),
    [CORRIDOR_LAYER_IDS.nodes]: byId(visibility.nodes),
    [CORRIDOR_LAYER_IDS.nodeLabels]: [
      'all',
      ['in', ['get', 'id'], ['literal', [...visibility.nodes]]],
      ['!', ['in', ['get', 'id'], ['literal', [...visibility.labelledElsewhere]]]],
    ],
  };
  for (const group of Object.keys(STATUS_GROUPS) as StatusGroup[]) {
    filters[`${CORRIDOR_LAYER_IDS.lines}-${group}`] = byId(visibility.segmentsByGroup[group]);
  }
  return filters;
}

/** The GeoJSON sources of the corridor overlay. */
export function createCorridorSources(data: CorridorSources): Record<string, GeoJSONSourceSpecification> {
  return {
    [CORRIDOR_SOURCE_IDS.segments]: { type: 'geojson', data: data.segments, promoteId: 'id' },
    [CORRIDOR_SOURCE_IDS.nodes]: { type: 'geojson', data: data.nodes, promoteId: 'id' },
    [CORRIDOR_SOURCE_IDS.gaugeBreaks]: { type: 'geojson', data: data.gaugeBreaks },
    [CORRIDOR_SOURCE_IDS.events]: { type: 'geojson', data: data.events, promoteId: 'id' },
    [CORRIDOR_SOURCE_IDS.gapLabels]: { type: 'geojson', data: data.gapLabels },
    [CORRIDOR_SOURCE_IDS.branchLabels]: { type: 'geojson', data: data.branchLabels },
  };
}

/**
 * The corridor overlay's line layers (drawn under the basemap's labels): a white casing for
 * contrast, one layer per status group (solid, dashed, dotted), and the missing link drawn wide
 * in red with a label. Hovered and selected segments are drawn wider.
 */
export function createCorridorLineLayers(
  theme: CorridorTheme,
  filters: Record<string, FilterSpecification>,
): LayerSpecification[] {
  const filterOf = (id: string): FilterSpecification => filters[id] ?? false;
  const layers: LayerSpecification[] = [
    {
      id: CORRIDOR_LAYER_IDS.preview,
      type: 'line',
      source: CORRIDOR_SOURCE_IDS.segments,
      filter: filterOf(CORRIDOR_LAYER_IDS.preview),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.previewColour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 9, 6, 18],
        'line-opacity': 0.45,
      },
    },
    {
      id: CORRIDOR_LAYER_IDS.branchHighlight,
      type: 'line',
      source: CORRIDOR_SOURCE_IDS.segments,
      filter: filterOf(CORRIDOR_LAYER_IDS.branchHighlight),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.branchHighlightColour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 20],
        'line-opacity': 0.35,
      },
    },
    {
      id: CORRIDOR_LAYER_IDS.casing,
      type: 'line',
      source: CORRIDOR_SOURCE_IDS.segments,
      filter: filterOf(CORRIDOR_LAYER_IDS.casing),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': [
          'case',
          ['any', hovered, selected],
          theme.hoverColour,
          compared,
          theme.comparedColour,
          theme.casing,
        ],
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, casingWidth(1.6), 6, casingWidth(3.6)],
        'line-opacity': ['case', ['any', hovered, selected], 0.55, compared, 0.9, 0.8],
      },
    },
    {
      id: CORRIDOR_LAYER_IDS.restrictedHalo,
      type: 'line',
      source: CORRIDOR_SOURCE_IDS.segments,
      filter: filterOf(CORRIDOR_LAYER_IDS.restrictedHalo),
      layout: { 'line-join': 'round', 'line-cap': 'butt' },
      paint: {
        'line-color': theme.restrictedColour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, casingWidth(2.2), 6, casingWidth(4.4)],
        'line-opacity': 0.9,
        'line-dasharray': [1, 0.8],
      },
    },
    {
      id: CORRIDOR_LAYER_IDS.gap,
      type: 'line',
      source: CORRIDOR_SOURCE_IDS.segments,
      filter: filterOf(CORRIDOR_LAYER_IDS.gap),
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': theme.gapColour,
        'line-width': lineWidth(2.5, 4),
        'line-dasharray': [1.2, 0.8],
      },
    },
  ];
  for (const group of Object.keys(STATUS_GROUPS) as StatusGroup[]) {
    const dashes = theme.dashes[group];
    layers.push({
      id: `${CORRIDOR_LAYER_IDS.lines}-${group}`,
      type: 'line',
      source: CORRIDOR_SOURCE_IDS.segments,
      filter: filterOf(`${CORRIDOR_LAYER_IDS.lines}-${group}`),
      layout: { 'line-join': 'round', 'line-cap': dashes ? 'butt' : 'round' },
      paint: {
        // Suspended or closed at the view's moment: grey, whatever the mode.
        'line-color': group === 'inactive' ? theme.inactiveColour : lineColour(theme),
        'line-width': lineWidth(0, 1.5),
        // Approximate alignments (drawn through named towns, not traced) are slightly lighter.
        'line-opacity': ['case', ['==', ['get', 'precision'], 'approximate'], 0.82, 1],
        ...(dashes ? { 'line-dasharray': [...dashes] } : {}),
      },
    });
  }
  return layers;
}

/**
 * The corridor overlay's point layers (drawn above everything): gauge breaks as ringed markers
 * labelled with the two gauges, nodes coloured by kind, and node names.
 */
export function createCorridorPointLayers(
  theme: CorridorTheme,
  font: string,
  filters: Record<string, FilterSpecification>,
): LayerSpecification[] {
  const filterOf = (id: string): FilterSpecification => filters[id] ?? false;
  const colours = theme.nodeKindColours;
  const kindColour: ExpressionSpecification = [
    'match',
    ['get', 'kind'],
    'seaport',
    colours.seaport,
    'river-port',
    colours['river-port'],
    'rail-hub',
    colours['rail-hub'],
    'border-crossing',
    colours['border-crossing'],
    'dry-port',
    colours['dry-port'],
    colours.city,
  ];
  return [
    {
      id: CORRIDOR_LAYER_IDS.nodes,
      type: 'circle',
      source: CORRIDOR_SOURCE_IDS.nodes,
      filter: filterOf(CORRIDOR_LAYER_IDS.nodes),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 2.5, 6, 5],
        'circle-color': ['case', ['==', ['get', 'kind'], 'border-crossing'], '#ffffff', kindColour],
        'circle-stroke-color': kindColour,
        'circle-stroke-width': ['case', ['any', hovered, selected], 3, 1.5],
      },
    },
    {
      id: CORRIDOR_LAYER_IDS.events,
      type: 'circle',
      source: CORRIDOR_SOURCE_IDS.events,
      filter: filterOf(CORRIDOR_LAYER_IDS.events),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, ['case', ['any', hovered, selected], 8, 5.5], 6, 10],
        'circle-color': eventColour(theme),
        'circle-opacity': 0.9,
        'circle-stroke-color': ['case', ['any', hovered, selected], theme.hoverColour, '#ffffff'],
        'circle-stroke-width': ['case', ['any', hovered, selected], 3, 1.5],
      },
    },
    {
      id: CORRIDOR_LAYER_IDS.gaugeBreaks,
      type: 'circle',
      source: CORRIDOR_SOURCE_IDS.gaugeBreaks,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 5, 6, 9],
        'circle-color': 'rgba(255,255,255,0)',
        'circle-stroke-color': theme.hoverColour,
        'circle-stroke-width': 2,
      },
    },
    {
      id: CORRIDOR_LAYER_IDS.gaugeBreakLabels,
      type: 'symbol',
      source: CORRIDOR_SOURCE_IDS.gaugeBreaks,
      minzoom: 4,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [font],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 1],
        'text-allow-overlap': false,
      },
      paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: CORRIDOR_LAYER_IDS.nodeLabels,
      type: 'symbol',
      source: CORRIDOR_SOURCE_IDS.nodes,
      filter: filterOf(CORRIDOR_LAYER_IDS.nodeLabels),
      minzoom: 4.5,
      layout: {
        'text-field': NAME_FIELD,
        'text-font': [font],
        'text-size': 12,
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': 0.7,
        'text-optional': true,
      },
      paint: { 'text-color': '#1f2328', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      // The missing link's callout, at every zoom: a point at its middle, never hidden by other labels.
      id: CORRIDOR_LAYER_IDS.gapLabel,
      type: 'symbol',
      source: CORRIDOR_SOURCE_IDS.gapLabels,
      filter: filterOf(CORRIDOR_LAYER_IDS.gapLabel),
      layout: {
        // The name alone at overview zoom; its length and expected year once there is room.
        'text-field': ['step', ['zoom'], labelField('short'), 5, labelField('label')],
        'text-font': [font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 13],
        // West of the line, over land: the card of a selected feature opens east of it.
        'text-anchor': 'right',
        'text-offset': [-1.2, 0],
        'text-justify': 'right',
        'text-max-width': 14,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': theme.gapColour, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      // Branch names at overview zoom, where the lines are too small to tell apart.
      id: CORRIDOR_LAYER_IDS.branchLabels,
      type: 'symbol',
      source: CORRIDOR_SOURCE_IDS.branchLabels,
      filter: filterOf(CORRIDOR_LAYER_IDS.branchLabels),
      maxzoom: 5.5,
      layout: {
        'text-field': labelField('label'),
        'text-font': [font],
        'text-size': 13,
        'text-max-width': 10,
        'text-anchor': ['get', 'anchor'],
        'text-justify': 'auto',
        'text-letter-spacing': spacingForScript(0.04),
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': theme.branchLabelColour,
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
        'text-halo-blur': 0.5,
      },
    },
  ];
}

/** The groups of event kinds the map colours alike (one legend line each). */
export const EVENT_KIND_GROUPS = {
  harm: ['strike', 'closure', 'blockade', 'accident'],
  sanctions: ['sanctions'],
  decision: ['agreement', 'opening', 'construction'],
  other: ['weather', 'other'],
} as const satisfies Record<keyof CorridorTheme['eventGroupColours'], readonly EventKind[]>;

function eventColour(theme: CorridorTheme): ExpressionSpecification {
  const pairs = Object.entries(EVENT_KIND_GROUPS).flatMap(([group, kinds]) => [
    [...kinds],
    theme.eventGroupColours[group as keyof typeof EVENT_KIND_GROUPS],
  ]);
  return ['match', ['get', 'kind'], ...pairs, theme.eventGroupColours.other] as unknown as ExpressionSpecification;
}

/** Every corridor layer that a hover or click should pick segments from. */
export const SEGMENT_HIT_LAYERS = [
  CORRIDOR_LAYER_IDS.casing,
  CORRIDOR_LAYER_IDS.gap,
  ...Object.keys(STATUS_GROUPS).map((group) => `${CORRIDOR_LAYER_IDS.lines}-${group}`),
];

/** The colour the map gives an event of `kind`. */
export function eventKindColour(kind: EventKind, theme: CorridorTheme = corridorTheme): string {
  for (const [group, kinds] of Object.entries(EVENT_KIND_GROUPS)) {
    if ((kinds as readonly string[]).includes(kind))
      return theme.eventGroupColours[group as keyof typeof EVENT_KIND_GROUPS];
  }
  return theme.eventGroupColours.other;
}
