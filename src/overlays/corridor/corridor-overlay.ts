import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LegendLine, MapOverlay, OverlayLayer, OverlayView, Worded } from '../../cartography/overlay-definition';
import { statusAt } from '../../domain/status-at';
import { eventInForce } from '../../domain/timeline/network-timeline';
import { CORRIDOR_BRANCHES, type CorridorBranch, NODE_KINDS, SEGMENT_MODES } from '../../domain/vocabulary/vocabulary';
import type { Wording } from '../../i18n/wording';
import type { CorridorData } from '../../state/explorer-data';
import { buildCorridorSources } from './corridor-features';
import { CORRIDOR_LAYER_IDS, CORRIDOR_SOURCE_IDS } from './corridor-ids';
import {
  corridorFilters,
  createCorridorLineLayers,
  createCorridorPointLayers,
  createCorridorSources,
  EVENT_KIND_GROUPS,
  SEGMENT_HIT_LAYERS,
  STATUS_GROUPS,
  type StatusGroup,
} from './corridor-style';
import { summarizeCorridorFeature } from './corridor-summary';
import { corridorTheme } from './corridor-theme';

/** The id of the events layer in links (`layers=…,corridor-events`): the events in force on the view's day. */
const EVENTS_LAYER_ID = 'corridor-events';

/** The id of a branch's layer in links (`layers=corridor-western,…`). */
export function branchLayerId(branch: CorridorBranch): string {
  return `corridor-${branch}`;
}

/** The branches whose layers are in a list of visible layer ids. */
export function visibleBranches(visibleLayers: readonly string[]): CorridorBranch[] {
  return CORRIDOR_BRANCHES.filter((branch) => visibleLayers.includes(branchLayerId(branch)));
}

const GROUP_OF_STATUS = new Map<string, StatusGroup>(
  (Object.entries(STATUS_GROUPS) as Array<[StatusGroup, readonly string[]]>).flatMap(([group, statuses]) =>
    statuses.map((status) => [status, group] as const),
  ),
);

/**
 * The status each segment had at the view's moment, by the same rule the router applies
 * (`undefined`: it did not exist yet, and is not drawn).
 */
function statusesAtView(corridor: CorridorData, view: OverlayView): Map<string, string | undefined> {
  return new Map(
    corridor.segments.map((segment) => [segment.properties.id, statusAt(segment.properties, view.day, view.present)]),
  );
}

/** Which corridor features the view shows, as ids by layer. */
function corridorVisibility(corridor: CorridorData, view: OverlayView) {
  const branches = new Set<string>(visibleBranches(view.visibleLayers));
  const statuses = statusesAtView(corridor, view);
  const segmentsByGroup: Record<StatusGroup, string[]> = {
    operational: [],
    restricted: [],
    underConstruction: [],
    planned: [],
    inactive: [],
  };
  const gaps: string[] = [];
  const nodes = new Set<string>();
  for (const segment of corridor.segments) {
    const { id, branch, gap, from, to } = segment.properties;
    const status = statuses.get(id);
    const group = status === undefined ? undefined : GROUP_OF_STATUS.get(status);
    if (!branches.has(branch) || group === undefined) continue;
    if (gap) gaps.push(id);
    else segmentsByGroup[group].push(id);
    nodes.add(from);
    nodes.add(to);
  }
  const events = view.visibleLayers.includes(EVENTS_LAYER_ID)
    ? corridor.events.filter((event) => eventInForce(event, view.day)).map((event) => event.id)
    : [];
  return {
    segmentsByGroup,
    gaps,
    nodes: [...nodes].sort(),
    labelledElsewhere: view.labelledByBasemap,
    events,
    branches: [...branches],
    highlightBranch: view.highlightBranch,
    preview: view.previewSegments ?? [],
  };
}

/** The gauges a break joins, in the language's digits: "Gauge break (1520 / 1435 mm)". */
export const GAUGE_BREAK_WORDS = (wording: Wording): string =>
  wording.t('mapKey.gaugeBreak', {
    broad: wording.number(1520, { useGrouping: false }),
    standard: wording.number(1435, { useGrouping: false }),
  });

const line = (label: Worded, colour: string, dashed = false): LegendLine => ({
  label,
  colour,
  symbol: dashed ? 'dashed-line' : 'line',
});

/**
 * The corridor overlay: segments by mode and status (the status they had at the view's moment,
 * by the router's own rule), the missing link, gauge breaks and nodes, one switch per branch.
 */
export const corridorOverlay: MapOverlay<CorridorData> = {
  id: 'corridor',
  layers: CORRIDOR_BRANCHES.map(
    (branch): OverlayLayer => ({
      id: branchLayerId(branch),
      label: (wording) => wording.branch(branch),
      // The all-sea comparators are the comparison, not the corridor: off unless asked for.
      defaultVisible: branch !== 'comparator',
    }),
  ).concat([{ id: EVENTS_LAYER_ID, label: 'layer.corridorEvents', defaultVisible: true }]),
  sources: (corridor, wordings) => createCorridorSources(buildCorridorSources(corridor, wordings)),
  styleLayers: (font, filters) => ({
    underLabels: createCorridorLineLayers(corridorTheme, filters),
    aboveLabels: createCorridorPointLayers(corridorTheme, font, filters),
  }),
  filters: (corridor, view): Record<string, FilterSpecification> => corridorFilters(corridorVisibility(corridor, view)),
  hitLayers: [CORRIDOR_LAYER_IDS.events, CORRIDOR_LAYER_IDS.nodes, ...SEGMENT_HIT_LAYERS],
  hit: (feature) => {
    const id = feature.properties.id;
    if (typeof id !== 'string') return undefined;
    const sources: readonly string[] = [
      CORRIDOR_SOURCE_IDS.segments,
      CORRIDOR_SOURCE_IDS.nodes,
      CORRIDOR_SOURCE_IDS.events,
    ];
    if (!sources.includes(feature.source)) return undefined;
    return { selection: id, target: { source: feature.source, id } };
  },
  selectableIds: (corridor) => [
    ...corridor.nodeById.keys(),
    ...corridor.segmentById.keys(),
    ...corridor.eventById.keys(),
  ],
  featureTarget: (corridor, id) => {
    if (corridor.segmentById.has(id)) return { source: CORRIDOR_SOURCE_IDS.segments, id };
    if (corridor.nodeById.has(id)) return { source: CORRIDOR_SOURCE_IDS.nodes, id };
    if (corridor.eventById.has(id)) return { source: CORRIDOR_SOURCE_IDS.events, id };
    return undefined;
  },
  legend: (view, corridor) => {
    const branches = visibleBranches(view.visibleLayers);
    if (branches.length === 0) return [];
    const visibility = corridorVisibility(corridor, view);
    const shownSegments = new Set([...Object.values(visibility.segmentsByGroup).flat(), ...visibility.gaps]);
    const shown = corridor.segments.filter((segment) => shownSegments.has(segment.properties.id));
    const { modeColours } = corridorTheme;
    const modes = new Set(
      shown.filter((segment) => segment.properties.branch !== 'comparator').map((segment) => segment.properties.mode),
    );
    const entries: LegendLine[] = SEGMENT_MODES.filter((mode) => modes.has(mode)).map((mode) =>
      line((wording) => wording.mode(mode), modeColours[mode]),
    );
    if (shown.some((segment) => segment.properties.branch === 'comparator'))
      entries.push(line('mapKey.comparator', corridorTheme.comparatorColour));
    const { segmentsByGroup } = visibility;
    if (segmentsByGroup.restricted.length > 0)
      entries.push({ label: 'mapKey.restrictedOnDay', colour: corridorTheme.restrictedColour, symbol: 'band' });
    if (segmentsByGroup.underConstruction.length > 0)
      entries.push(line('v.status.under-construction', '#444444', true));
    if (segmentsByGroup.planned.length > 0) entries.push(line('mapKey.plannedOrProposed', '#444444', true));
    if (segmentsByGroup.inactive.length > 0)
      entries.push(line('mapKey.inactiveOnDay', corridorTheme.inactiveColour, true));
    if (visibility.gaps.length > 0) entries.push(line('mapKey.missingRailLink', corridorTheme.gapColour, true));
    if (shown.some((segment) => segment.properties.mode === 'rail' && segment.properties.gaugeMillimetres))
      entries.push({ label: GAUGE_BREAK_WORDS, colour: corridorTheme.hoverColour, symbol: 'point' });
    const kinds = new Set(visibility.nodes.map((id) => corridor.nodeById.get(id)?.properties.kind));
    for (const kind of NODE_KINDS) {
      if (!kinds.has(kind)) continue;
      entries.push({
        label: (wording) => wording.nodeKind(kind),
        colour: corridorTheme.nodeKindColours[kind],
        symbol: 'point',
      });
    }
    if (visibility.events.length > 0) {
      const shownKinds = new Set(visibility.events.map((id) => corridor.eventById.get(id)?.kind));
      for (const [group, kinds] of Object.entries(EVENT_KIND_GROUPS)) {
        const present = kinds.filter((kind) => shownKinds.has(kind));
        if (present.length === 0) continue;
        entries.push({
          label: (wording) =>
            wording.t('mapKey.eventInForce', {
              kinds: present.map((kind) => wording.eventKind(kind)).join(wording.t('mapKey.separator')),
            }),
          colour: corridorTheme.eventGroupColours[group as keyof typeof EVENT_KIND_GROUPS],
          symbol: 'point',
        });
      }
    }
    return entries;
  },
  summarize: (corridor, id, view) => summarizeCorridorFeature(corridor, id, view),
};
