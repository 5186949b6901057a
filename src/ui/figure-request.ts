import type { Position } from 'geojson';
import { type Bounds, boundingBoxOfLines } from '../domain/bounding-box';
import { figureCaption, type NameLookup, type SourceTitle, sourcesOf, viewTitle } from '../domain/figure/figure-text';
import type { RouteResult } from '../domain/routing/route-result';
import { type CorridorData, readyData } from '../state/explorer-data';
import type { ExplorerState } from '../state/explorer-store';
import { selectDay } from '../state/select-day';
import { selectRouteAnswers } from '../state/select-route-answers';

/** What a figure of the current view says and frames, with names and source titles. */
export interface FigureContent {
  title: string;
  caption: string[];
  /** The route's, comparison's or selection's sources, by title. */
  sources: SourceTitle[];
  /** The box the figure frames; `undefined` for the current view. */
  content: Bounds | undefined;
  /** The route's two ends, for the PNG's record of where they are. */
  marks: { label: string; longitude: number; latitude: number }[];
  route: RouteResult | undefined;
  names: NameLookup;
  networkDay: string;
}

/** The basemap's and the map's own credits, as the figure's foot names them. */
export const FIGURE_ATTRIBUTION =
  'Basemap: Natural Earth 1:50m (public domain) · city positions: GeoNames (CC BY 4.0) · drawn with MapLibre GL JS · INSTC Explorer';

/** Names for the ids of a view, from the loaded data (a place's, segment's, event's or energy asset's name). */
function namesOf(state: ExplorerState, corridor: CorridorData): NameLookup {
  const energy = readyData(state.loaded, 'energy');
  const place = (id: string) => corridor.nodeById.get(id)?.properties.name ?? 'a place not in the data';
  const segment = (id: string) => corridor.segmentById.get(id)?.properties.name ?? 'a segment not in the data';
  return {
    place,
    segment,
    feature: (id) =>
      corridor.segmentById.get(id)?.properties.name ??
      corridor.nodeById.get(id)?.properties.name ??
      corridor.eventById.get(id)?.name ??
      energy?.pipelineById.get(id)?.properties.name ??
      energy?.lngById.get(id)?.properties.name ??
      energy?.swapById.get(id)?.name ??
      'The selected feature',
  };
}

/**
 * The figure of the view: the route when there is one, else the compared segments, else the
 * selected corridor feature, else the current view (`content` undefined). Reads ids from the
 * store and names and sources from the loaded data.
 */
export function figureContent(state: ExplorerState, corridor: CorridorData, withCaption: boolean): FigureContent {
  const names = namesOf(state, corridor);
  const routing = readyData(state.loaded, 'routing');
  const answers = routing ? selectRouteAnswers(state.routeQuery, routing.router) : undefined;
  const route = answers?.route.kind === 'route' ? answers.route.route : undefined;
  const networkDay = selectDay(state.routeQuery, state.dataAsOf).day;
  const segmentLines = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const segment = corridor.segmentById.get(id);
      return segment ? [segment.geometry.coordinates as Position[]] : [];
    });
  const sourcesOfSegments = (ids: readonly string[]) =>
    ids.map((id) => corridor.segmentById.get(id)?.properties.sources ?? []);
  // The bibliography is asked for by the panels that make figures (Share & cite, print).
  const lookup = (id: string) => readyData(state.loaded, 'bibliography')?.sourceById.get(id);

  let content: Bounds | undefined;
  let sourceIds: (readonly string[])[] = [];
  const marks: FigureContent['marks'] = [];
  if (route) {
    const segments = route.legs.map((leg) => leg.segment);
    content = boundingBoxOfLines(segmentLines(segments));
    sourceIds = sourcesOfSegments(segments);
    for (const id of [route.from, route.to]) {
      const node = corridor.nodeById.get(id);
      const [longitude, latitude] = node?.geometry.coordinates ?? [];
      if (node && longitude !== undefined && latitude !== undefined)
        marks.push({ label: node.properties.name, longitude, latitude });
    }
  } else if (state.comparedSegments.length > 0) {
    content = boundingBoxOfLines(segmentLines(state.comparedSegments));
    sourceIds = sourcesOfSegments(state.comparedSegments);
  } else if (state.selection) {
    const segment = corridor.segmentById.get(state.selection);
    const node = corridor.nodeById.get(state.selection);
    if (segment) {
      content = boundingBoxOfLines([segment.geometry.coordinates]);
      sourceIds = [segment.properties.sources];
    } else if (node) {
      content = boundingBoxOfLines([[node.geometry.coordinates]]);
      sourceIds = [node.properties.sources];
    }
  }
  const title = viewTitle(
    {
      route: state.routeQuery.route,
      criterion: state.routeQuery.criterion,
      comparedSegments: state.comparedSegments,
      selection: state.selection,
    },
    names,
  );
  return {
    title,
    caption: withCaption ? figureCaption(route, names, { dataVersion: state.dataVersion, networkDay }) : [],
    sources: sourcesOf(sourceIds, lookup),
    content,
    marks,
    route,
    names,
    networkDay,
  };
}
