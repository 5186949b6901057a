import type { Position } from 'geojson';
import { type Bounds, boundingBoxOfLines } from '../domain/bounding-box';
import {
  figureCaption,
  type LegRow,
  legRows,
  type NameLookup,
  type SourceTitle,
  sourcesOf,
  viewTitle,
} from '../domain/figure/figure-text';
import type { RouteResult } from '../domain/routing/route-result';
import { englishWording } from '../i18n/english-wording';
import { createFigureWords, figureAttribution, figureDay } from '../i18n/figure-words';
import type { Wording } from '../i18n/wording';
import { type CorridorData, readyData } from '../state/explorer-data';
import type { ExplorerState } from '../state/explorer-store';
import { selectDay } from '../state/select-day';
import { selectDisplayNames } from '../state/select-names';
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
  /** The route's legs as the report's table shows them (none without a route). */
  legs: LegRow[];
  names: NameLookup;
  networkDay: string;
  /** The basemap's and the map's own credits, in the language of the figure. */
  attribution: string;
  /** The title and caption in English, for the PNG's machine text chunks (the same when the figure is English). */
  english: { title: string; caption: string[] };
  /** The words the figure was made in (the renderer, the PDF and the print view word the rest with them). */
  wording: Wording;
}

/**
 * The PDF report's foot line: the credits, the app's and the data's versions, the network's day
 * and the day the report was made (`YYYY-MM-DD` days, written as the language writes a date).
 */
export function reportFooter(
  wording: Wording,
  facts: { appVersion: string; dataVersion: string; networkDay: string; date: string },
): string {
  return wording.t('pdf.footer', {
    attribution: figureAttribution(wording),
    appVersion: facts.appVersion,
    dataVersion: facts.dataVersion,
    networkDay: figureDay(wording, facts.networkDay),
    date: figureDay(wording, facts.date),
  });
}

/**
 * Names for the ids of a view, from the loaded data in the language of `wording` where the data
 * has the name (places, segments named after their ends), else in English.
 */
function namesOf(state: ExplorerState, corridor: CorridorData, wording: Wording): NameLookup {
  const energy = readyData(state.loaded, 'energy');
  const language = wording.locale.split('-')[0] ?? 'en';
  const shown = selectDisplayNames(corridor, energy, language);
  const place = (id: string) => (corridor.nodeById.has(id) ? shown.place(id) : wording.t('figure.names.unknownPlace'));
  const segment = (id: string) =>
    corridor.segmentById.has(id) ? shown.segment(id) : wording.t('figure.names.unknownSegment');
  return {
    place,
    segment,
    feature: (id) =>
      (corridor.segmentById.has(id) ? shown.segment(id) : undefined) ??
      (corridor.nodeById.has(id) ? shown.place(id) : undefined) ??
      corridor.eventById.get(id)?.name ??
      energy?.pipelineById.get(id)?.properties.name ??
      energy?.lngById.get(id)?.properties.name ??
      energy?.swapById.get(id)?.name ??
      wording.t('figure.names.unknownFeature'),
  };
}

/**
 * The figure of the view: the route when there is one, else the compared segments, else the
 * selected corridor feature, else the current view (`content` undefined). Reads ids from the
 * store and names and sources from the loaded data; words it in the language of `wording`
 * (English when none is given).
 */
export function figureContent(
  state: ExplorerState,
  corridor: CorridorData,
  withCaption: boolean,
  wording: Wording = englishWording(),
): FigureContent {
  const names = namesOf(state, corridor, wording);
  const words = createFigureWords(wording);
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
        // The PNG's machine record of where the ends are: English names, as its other text chunks.
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
    words,
  );
  const caption = withCaption ? figureCaption(route, names, { dataVersion: state.dataVersion, networkDay }, words) : [];
  const english = wording.locale.startsWith('en') ? { title, caption } : figureContent(state, corridor, withCaption);
  return {
    title,
    caption,
    sources: sourcesOf(sourceIds, lookup),
    content,
    marks,
    route,
    legs: route ? legRows(route, names, words) : [],
    names,
    networkDay,
    attribution: figureAttribution(wording),
    english: { title: english.title, caption: english.caption },
    wording,
  };
}
