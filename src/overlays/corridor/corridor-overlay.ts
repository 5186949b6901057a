import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LegendEntry, MapOverlay, OverlayView } from '../../cartography/overlay-definition';
import { statusAt } from '../../domain/status-at';
import { eventInForce } from '../../domain/timeline/network-timeline';
import { CORRIDOR_BRANCHES, type CorridorBranch, NODE_KINDS } from '../../domain/vocabulary/vocabulary';
import {
  BRANCH_LABELS,
  EVENT_KIND_LABELS,
  MODE_LABELS,
  NODE_KIND_LABELS,
} from '../../domain/vocabulary/vocabulary-labels';
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

const line = (label: string, colour: string, dashed = false): LegendEntry => ({
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
  layers: CORRIDOR_BRANCHES.map((branch) => ({
    id: branchLayerId(branch),
    label: BRANCH_LABELS[branch],
    // The all-sea comparators are the comparison, not the corridor: off unless asked for.
    defaultVisible: branch !== 'comparator',
  })).concat([{ id: EVENTS_LAYER_ID, label: 'Events in force on the day shown', defaultVisible: true }]),
  sources: (corridor) => createCorridorSources(buildCorridorSources(corridor)),
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
    const entries: LegendEntry[] = (Object.keys(MODE_LABELS) as Array<keyof typeof MODE_LABELS>)
      .filter((mode) => modes.has(mode))
      .map((mode) => line(MODE_LABELS[mode], modeColours[mode]));
    if (shown.some((segment) => segment.properties.branch === 'comparator'))
      entries.push(line('All-sea comparator route', corridorTheme.comparatorColour));
    const { segmentsByGroup } = visibility;
    if (segmentsByGroup.restricted.length > 0)
      entries.push({
        label: 'Restricted on the day (reduced capacity or added risk)',
        colour: corridorTheme.restrictedColour,
        symbol: 'band',
      });
    if (segmentsByGroup.underConstruction.length > 0) entries.push(line('Under construction', '#444444', true));
    if (segmentsByGroup.planned.length > 0) entries.push(line('Planned or proposed', '#444444', true));
    if (segmentsByGroup.inactive.length > 0)
      entries.push(line('Suspended or closed on the day', corridorTheme.inactiveColour, true));
    if (visibility.gaps.length > 0) entries.push(line('Missing rail link', corridorTheme.gapColour, true));
    if (shown.some((segment) => segment.properties.mode === 'rail' && segment.properties.gaugeMillimetres))
      entries.push({ label: 'Gauge break (1520 / 1435 mm)', colour: corridorTheme.hoverColour, symbol: 'point' });
    const kinds = new Set(visibility.nodes.map((id) => corridor.nodeById.get(id)?.properties.kind));
    for (const kind of NODE_KINDS) {
      if (!kinds.has(kind)) continue;
      entries.push({ label: NODE_KIND_LABELS[kind], colour: corridorTheme.nodeKindColours[kind], symbol: 'point' });
    }
    if (visibility.events.length > 0) {
      const shownKinds = new Set(visibility.events.map((id) => corridor.eventById.get(id)?.kind));
      for (const [group, kinds] of Object.entries(EVENT_KIND_GROUPS)) {
        const present = kinds.filter((kind) => shownKinds.has(kind));
        if (present.length === 0) continue;
        entries.push({
          label: `Event in force: ${present.map((kind) => EVENT_KIND_LABELS[kind].toLowerCase()).join(', ')}`,
          colour: corridorTheme.eventGroupColours[group as keyof typeof EVENT_KIND_GROUPS],
          symbol: 'point',
        });
      }
    }
    return entries;
  },
  summarize: (corridor, id, view) => summarizeCorridorFeature(corridor, id, view),
};
