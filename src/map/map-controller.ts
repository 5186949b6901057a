import type { FilterSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, LineString } from 'geojson';
import type { ControlPosition, GeoJSONSource, IControl, LngLatBoundsLike, MapOptions } from 'maplibre-gl';
import { createBasemapStyle, PLACE_LAYER_IDS } from '../cartography/basemap-style';
import { type ComposedOverlay, composeStyle } from '../cartography/compose-style';
import { createFontFaces } from '../cartography/font-faces';
import { ROUTE_SOURCE_ID, SOURCE_IDS } from '../cartography/layer-ids';
import { LANGUAGE_STATE } from '../cartography/local-names';
import type { FeatureSummary, MapOverlay, OverlayView } from '../cartography/overlay-definition';
import { basemapTheme } from '../cartography/theme';
import { loadOnlineStyle } from '../data/load-online-style';
import { boundingBoxOfLines } from '../domain/bounding-box';
import { routeLegFeatures } from '../domain/export/route-leg-features';
import { DEFAULT_BOUNDS, MAXIMUM_PITCH, MAXIMUM_ZOOM, MINIMUM_ZOOM } from '../domain/view-limits';
import type { Language } from '../domain/vocabulary/vocabulary';
import type { Wording } from '../i18n/wording';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../overlays/overlays';
import { type DataUnit, readyData } from '../state/explorer-data';
import { type ExplorerState, type ExplorerStore, type MapView, selectLanguage } from '../state/explorer-store';
import type { BoundingBox, Camera } from '../state/link/link-state';
import { requestData } from '../state/load-data';
import { selectDay } from '../state/select-day';
import { selectPreviewRoute, selectRouteAnswers } from '../state/select-route-answers';
import { unitsNeeded } from './data-on-demand';
import { holdFirstPaint } from './hold-first-paint';
import { legendEntries, mapLegendGroups } from './map-legend';
import type { MapUiStore } from './map-ui-store';
import {
  type MapStartStep,
  type MapWords,
  mapStatusWords,
  mapUiLocale,
  startFailureWords,
  wordingIn,
} from './map-words';
import type { MapLibreMap } from './maplibre-runtime';
import { hitsUnderPoint } from './pick-features';
import { signalMapError, signalMapReady } from './readiness';
import { renderMapImage } from './render-map-image';
import { attachRoutePreview } from './route-preview';

/** Padding around a fitted box, in pixels, so the box's edges are not under the controls. */
const FIT_PADDING = 32;
/** How long an online basemap may take to draw before the embedded one replaces it. */
const ONLINE_BASEMAP_RENDER_TIMEOUT_MILLISECONDS = 8000;
/** At most this many distinct map errors are listed in the page. */
const MAXIMUM_REPORTED_MAP_ERRORS = 5;
/** How long the map may take from its creation to its first drawing before the page says it failed. */
const FIRST_DRAW_TIMEOUT_MILLISECONDS = 45_000;
/** How long the first view's partial frames are held back at most (src/map/hold-first-paint.ts). */
const FIRST_PAINT_HOLD_MILLISECONDS = 4000;

function boundsOf(box: BoundingBox): LngLatBoundsLike {
  // A box that crosses the antimeridian is given to MapLibre with an east beyond 180°.
  const east = box.east < box.west ? box.east + 360 : box.east;
  return [
    [box.west, box.south],
    [east, box.north],
  ];
}

function boundsOfLines(collection: FeatureCollection<LineString>): BoundingBox | undefined {
  return boundingBoxOfLines(collection.features.map((feature) => feature.geometry.coordinates));
}

/** The camera that shows a feature whole: its box fitted, or a point at a readable zoom. */
function featureCamera(summary: FeatureSummary, container: HTMLElement): Partial<MapOptions> {
  const [west, south, east, north] = summary.bounds;
  if (east - west < 0.01 && north - south < 0.01) return { center: [...summary.anchor], zoom: POINT_ZOOM };
  return {
    bounds: [
      [west, south],
      [east, north],
    ],
    fitBoundsOptions: { padding: featurePadding(container), maxZoom: MAXIMUM_ZOOM },
  };
}

function initialCamera(view: MapView): Partial<MapOptions> {
  if (view.kind === 'camera') {
    const { camera } = view;
    return {
      center: [camera.longitude, camera.latitude],
      zoom: camera.zoom,
      bearing: camera.bearing,
      pitch: camera.pitch,
    };
  }
  const box = view.kind === 'bounds' ? view.boundingBox : DEFAULT_BOUNDS;
  return { bounds: boundsOf(box), fitBoundsOptions: { padding: FIT_PADDING } };
}

/** The segments of the route option previewed (its card hovered or focused); none without one. */
function previewSegmentsOf(state: ExplorerState): readonly string[] {
  const routing = readyData(state.loaded, 'routing');
  const corridor = readyData(state.loaded, 'corridor');
  if (!state.previewOption || !routing || !corridor) return [];
  return selectPreviewRoute(state, routing.router, corridor)?.legs.map((leg) => leg.segment) ?? [];
}

/** The view state the overlays draw from: ids and choices of the store, the defaults applied. */
function overlayView(state: ExplorerState, labelledByBasemap: readonly string[]): OverlayView {
  const { day, present } = selectDay(state.routeQuery, state.dataAsOf);
  return {
    visibleLayers: state.visibleLayers ?? DEFAULT_VISIBLE_LAYERS,
    hiddenStatuses: state.hiddenEnergyStatuses,
    day,
    present,
    labelledByBasemap,
    highlightBranch: state.highlightBranch,
    previewSegments: previewSegmentsOf(state),
  };
}

/** How many pixels around the pointer a hover or click picks features from (thin lines are hard to hit). */
const PICK_TOLERANCE = 3;
/** Padding when the map fits a selected feature: on its right, room for the card beside it (on a wide map). */
function featurePadding(container: HTMLElement) {
  const width = container.clientWidth;
  const height = container.clientHeight;
  const side = Math.min(70, width / 8);
  const vertical = Math.min(70, height / 8);
  return { top: vertical, bottom: vertical, left: side, right: width > 700 ? 400 : side };
}
/** The zoom a selected point (a node, an event) is shown at when the map moves to it. */
const POINT_ZOOM = 5.5;

/** A summary of a selectable id, from the overlay that owns it. */
export function summarizeSelection(state: ExplorerState, id: string): FeatureSummary | undefined {
  const view = overlayView(state, []);
  for (const { dataUnit, overlay } of OVERLAYS) {
    const data = readyData(state.loaded, dataUnit);
    const summary = data === undefined ? undefined : overlay.summarize(data, id, view);
    if (summary) return summary;
  }
  return undefined;
}

/** Whether the map draws a chosen route now. */
export function drawsRoute(state: ExplorerState): boolean {
  return routeOf(state).features.length > 0;
}

/** The legend of what the map draws now (route, comparison, each overlay's visible layers). */
export function legendOf(state: ExplorerState, route: boolean) {
  const view = overlayView(state, []);
  return mapLegendGroups({
    route,
    preview: previewSegmentsOf(state).length > 0,
    compared: state.comparedSegments.length,
    highlightBranch: state.highlightBranch,
    overlays: OVERLAYS.flatMap(({ dataUnit, overlay }) => {
      const data = readyData(state.loaded, dataUnit);
      return data === undefined ? [] : [{ id: overlay.id, entries: overlay.legend(view, data) }];
    }),
  });
}

/** What the pick needs of an overlay. */
type OverlayHitter = Parameters<typeof hitsUnderPoint>[1][number];

/** The route the query asks for, as the map draws it (none until there is a route). */
function routeOf(state: ExplorerState): FeatureCollection<LineString> {
  const routing = readyData(state.loaded, 'routing');
  const corridor = readyData(state.loaded, 'corridor');
  const answers = routing ? selectRouteAnswers(state.routeQuery, routing.router) : undefined;
  if (answers?.route.kind !== 'route' || !corridor) return NO_LINES;
  return routeLegFeatures(answers.route.route, (id) => corridor.segmentById.get(id)?.geometry.coordinates);
}

const NO_LINES: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [] };

/** Adds the bundled fonts to an online style so the app's own labels still draw offline. */
function withBundledFonts(style: StyleSpecification, fontFaces: StyleSpecification['font-faces']): StyleSpecification {
  return { ...style, 'font-faces': { ...style['font-faces'], ...fontFaces } };
}

/**
 * The one owner of the MapLibre instance. It loads what the first view needs (through the
 * state's data loader), composes the style from the overlay registry, then applies store changes
 * to the map only where they differ: the camera, the route's data, each layer's filter, the
 * feature state of the selection and the compared segments; it fulfils image export requests and
 * reports readiness and errors. Returns a function that removes the map.
 */
export function startMapController(store: ExplorerStore, container: HTMLElement, ui: MapUiStore): () => void {
  let disposed = false;
  const cleanups: Array<() => void> = [];
  const { setMapStatus, addAppNotice } = store.getState();
  /** Ends in the error state with a code the page words (src/ui/map-status-message.tsx) and its English text. */
  const fail = ({ message, words }: { message: string; words: MapWords }) => {
    if (disposed) return;
    signalMapError();
    setMapStatus({ kind: 'error', message, words });
  };
  /** Adds a notice of the map's: its code and values for the page, its English text beside them. */
  const notify = (id: string, words: { message: string; words: MapWords }) => addAppNotice({ id, ...words });
  /**
   * A handler of the map's start (style load, first load, first idle) that cannot fail silently:
   * MapLibre's event dispatch would swallow what it throws and the page would never be ready, so
   * the error is logged and the map ends in the error state with its message.
   */
  const onStart =
    <Event>(step: MapStartStep, handler: (event: Event) => void) =>
    (event: Event) => {
      try {
        handler(event);
      } catch (error) {
        console.error(error);
        fail(
          mapStatusWords('map.stoppedWhile', {
            step,
            detail: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    };

  const start = async () => {
    const onlineStyleUrl = import.meta.env.VITE_BASEMAP_STYLE_URL;
    // The first view waits for the data it shows (issue 15 §1): the corridor, and what the link asks
    // for (the router for a route, the energy overlays when shown or selected); the rest loads when
    // first needed and is added to the map then. Each unit reports its own failure as a notice; the
    // map draws what did load.
    const waitFor = (units: readonly DataUnit[]) =>
      Promise.all(units.map((unit) => requestData(store, unit).catch(() => undefined)));
    const [runtime, basemap, online] = await Promise.all([
      import('./maplibre-runtime'),
      requestData(store, 'basemap'),
      onlineStyleUrl ? loadOnlineStyle(onlineStyleUrl) : Promise.resolve(undefined),
      waitFor(unitsNeeded(store.getState())).then(() => waitFor(unitsNeeded(store.getState()))),
    ]);
    if (disposed) return;
    performance.mark('instc:basemap-loaded');
    const labelled = basemap.places.features.map((place) => place.properties.id);
    const viewOf = (state: ExplorerState) => overlayView(state, labelled);
    const loadedOverlays = (state: ExplorerState) =>
      OVERLAYS.flatMap(({ dataUnit, overlay }) => {
        const data = readyData(state.loaded, dataUnit);
        return data === undefined ? [] : [{ overlay, data }];
      });
    const filtersOf = (state: ExplorerState): Record<string, FilterSpecification> =>
      Object.assign({}, ...loadedOverlays(state).map(({ overlay, data }) => overlay.filters(data, viewOf(state))));

    const state = store.getState();
    let drawnRoute = routeOf(state);
    // The overlays on the map: those loaded when the style was composed, and those added since.
    const onMap = new Set<string>();
    // Whether the current style has loaded (layers can be added); false while a style is being set.
    let styleLoaded = false;
    // The language of the name labels (cities, countries, corridor nodes): the interface's, as the
    // style's global state (src/cartography/local-names.ts).
    let labelLanguage = selectLanguage(store.getState());
    // The words of the languages the overlays' own labels (branch names, the missing link) have been
    // asked in: their sources carry `label_<language>` for each, chosen by the same global state.
    const labelWordings: Partial<Record<Language, Wording>> = {};
    const composedOf = (overlay: MapOverlay<unknown>, data: unknown, filters: Record<string, FilterSpecification>) => ({
      sources: overlay.sources(data, labelWordings),
      ...overlay.styleLayers(basemapTheme.fontRegular, filters),
    });
    const compose = (base: StyleSpecification) => {
      const filters = filtersOf(store.getState());
      onMap.clear();
      const overlays: ComposedOverlay[] = loadedOverlays(store.getState()).map(({ overlay, data }) => {
        onMap.add(overlay.id);
        return composedOf(overlay as MapOverlay<unknown>, data, filters);
      });
      return composeStyle(base, overlays, drawnRoute);
    };
    /**
     * Gives the overlays' own labels their text in `language` (once its words are in): each source
     * whose features gain a `label_<language>` is set again; the style's language state picks it.
     */
    const wordLabelsIn = (language: Language) => {
      if (language === 'en' || labelWordings[language]) return;
      wordingIn(language).then(
        (wording) => {
          labelWordings[language] = wording;
          const apply = () => {
            for (const { overlay, data } of loadedOverlays(store.getState())) {
              for (const [id, source] of Object.entries(
                (overlay as MapOverlay<unknown>).sources(data, labelWordings),
              )) {
                if (source.type !== 'geojson' || typeof source.data !== 'object') continue;
                const features = (source.data as { features?: { properties?: Record<string, unknown> | null }[] })
                  .features;
                if (!features?.some((feature) => feature.properties?.[`label_${language}`] !== undefined)) continue;
                (map.getSource(id) as GeoJSONSource | undefined)?.setData(source.data as GeoJSON.GeoJSON);
              }
            }
          };
          if (styleLoaded) apply();
          else map.once('style.load', apply);
        },
        (error: unknown) =>
          console.warn(`The map's labels stay in English: the ${language} words did not load.`, error),
      );
    };
    /** Adds the overlays whose data came in after the style was composed, in registry order. */
    const addLateOverlays = (state: ExplorerState) => {
      const filters = filtersOf(state);
      for (const { overlay, data } of loadedOverlays(state)) {
        if (onMap.has(overlay.id)) continue;
        onMap.add(overlay.id);
        const composed = composedOf(overlay as MapOverlay<unknown>, data, filters);
        for (const [id, source] of Object.entries(composed.sources)) if (!map.getSource(id)) map.addSource(id, source);
        // Lines under the basemap's first label (as composeStyle puts them), points and labels on top.
        const firstLabel = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
        for (const layer of composed.underLabels) map.addLayer(layer, firstLabel);
        for (const layer of composed.aboveLabels) map.addLayer(layer);
      }
    };
    const fontFaces = createFontFaces(document.baseURI);
    const baseStyle = createBasemapStyle(basemapTheme, fontFaces, basemap);
    const embeddedStyle = compose(baseStyle);
    let usingOnlineStyle = online?.kind === 'style';
    const style = online?.kind === 'style' ? compose(withBundledFonts(online.style, fontFaces)) : embeddedStyle;
    if (online?.kind === 'failed') {
      notify('online-basemap', mapStatusWords('map.onlineBasemapUnavailable', { reason: online.reason }));
    }

    const comparedLines = () => {
      const corridor = readyData(store.getState().loaded, 'corridor');
      const lines = store.getState().comparedSegments.flatMap((id) => {
        const segment = corridor?.segmentById.get(id);
        return segment ? [segment.geometry.coordinates] : [];
      });
      return boundingBoxOfLines(lines);
    };
    // Contracts §4: without a camera or a box in the link, the route is fitted, else the comparison.
    // With neither a route nor a comparison, a selection (`sel=`) is fitted, so that the link shows what it cites.
    const selected = state.selection ? summarizeSelection(state, state.selection) : undefined;
    const fitted = state.view.kind === 'default' ? (boundsOfLines(drawnRoute) ?? comparedLines()) : undefined;
    const openingView: MapView = fitted ? { kind: 'bounds', boundingBox: fitted } : state.view;
    const fitsSelection = openingView.kind === 'default' && selected !== undefined;

    let map: MapLibreMap;
    try {
      map = new runtime.MapLibreMap({
        container,
        style,
        minZoom: MINIMUM_ZOOM,
        maxZoom: MAXIMUM_ZOOM,
        maxPitch: MAXIMUM_PITCH,
        attributionControl: false,
        // Kept so the browser's print can take the map as an image (src/ui/print-report.tsx).
        canvasContextAttributes: { preserveDrawingBuffer: true },
        globalState: { [LANGUAGE_STATE]: labelLanguage },
        ...(fitsSelection && selected ? featureCamera(selected, container) : initialCamera(openingView)),
      });
    } catch (error) {
      fail(startFailureWords(error));
      return;
    }
    performance.mark('instc:map-created');
    cleanups.push(holdFirstPaint(map, FIRST_PAINT_HOLD_MILLISECONDS));
    wordLabelsIn(labelLanguage);
    // The hovered option card's route (issue 14 §3), in the style from the start so that the first
    // view's loading includes its (empty) source and no second loading follows it.
    cleanups.push(attachRoutePreview(map, store));
    cleanups.push(() => map.remove());
    // The map's own controls. MapLibre words them (scale units, titles, the canvas's name) from its
    // `locale`, read when a control is made or redrawn: a language switch sets the words and makes
    // the controls again. MapLibre has no public setter for its words after creation; an e2e test
    // (languages.spec) checks that the Persian titles and units are shown, so an upgrade that
    // changes this is caught.
    let controls: { control: IControl; position: ControlPosition }[] = [];
    const addControls = () => {
      for (const { control } of controls) map.removeControl(control);
      controls = [
        { control: new runtime.NavigationControl({ visualizePitch: true }), position: 'top-right' },
        { control: new runtime.ScaleControl({ unit: 'metric', maxWidth: 120 }), position: 'bottom-left' },
        { control: new runtime.ScaleControl({ unit: 'nautical', maxWidth: 120 }), position: 'bottom-left' },
        {
          control: new runtime.AttributionControl({
            compact: false,
            // i18n-exempt: the library's name, linked (a proper name, the same in every language)
            customAttribution: '<a href="https://maplibre.org/" target="_blank" rel="noopener">MapLibre</a>',
          }),
          position: 'bottom-right',
        },
      ];
      for (const { control, position } of controls) map.addControl(control, position);
    };
    addControls();
    const wordControlsIn = (language: Language) => {
      wordingIn(language).then(
        (wording) => {
          if (disposed || language !== labelLanguage) return;
          const words = mapUiLocale(wording);
          Object.assign((map as unknown as { _locale: Record<string, string> })._locale, words);
          map.getCanvas().setAttribute('aria-label', words['Map.Title'] ?? '');
          addControls();
        },
        (error: unknown) =>
          console.warn(`The map's controls stay in English: the ${language} words did not load.`, error),
      );
    };
    if (labelLanguage !== 'en') wordControlsIn(labelLanguage);

    const reportedErrors = new Set<string>();
    /** Replaces a failing online basemap by the embedded one; `why`: the notice that says so. */
    const fallBackToEmbedded = (why: { message: string; words: MapWords }) => {
      if (!usingOnlineStyle || disposed) return;
      usingOnlineStyle = false;
      notify('online-basemap', why);
      styleLoaded = false;
      map.setStyle(compose(baseStyle), { globalState: { [LANGUAGE_STATE]: labelLanguage } });
      map.once('idle', signalMapReady);
    };
    if (usingOnlineStyle) {
      const timer = setTimeout(() => {
        if (document.documentElement.dataset.mapReady !== 'true') {
          fallBackToEmbedded(
            mapStatusWords('map.onlineBasemapSlow', { seconds: ONLINE_BASEMAP_RENDER_TIMEOUT_MILLISECONDS / 1000 }),
          );
        }
      }, ONLINE_BASEMAP_RENDER_TIMEOUT_MILLISECONDS);
      cleanups.push(() => clearTimeout(timer));
    }
    const drawn = () => document.documentElement.dataset.mapReady === 'true';
    // Any failure before the first drawing (a worker that does not load, a broken style) ends in
    // the error state with its message; the panels keep working.
    const firstDrawTimer = setTimeout(() => {
      if (!drawn()) fail(mapStatusWords('map.firstDrawTimeout', { seconds: FIRST_DRAW_TIMEOUT_MILLISECONDS / 1000 }));
    }, FIRST_DRAW_TIMEOUT_MILLISECONDS);
    cleanups.push(() => clearTimeout(firstDrawTimer));
    map.on('error', (event) => {
      // i18n-exempt: MapLibre's own error text, shown as the detail of a worded message
      const message = event.error?.message ?? 'unknown map error';
      if (usingOnlineStyle && !drawn()) {
        fallBackToEmbedded(mapStatusWords('map.onlineBasemapFailed', { reason: message }));
        return;
      }
      if (!drawn()) {
        fail(mapStatusWords('map.couldNotStart', { detail: message }));
        return;
      }
      if (reportedErrors.has(message) || reportedErrors.size >= MAXIMUM_REPORTED_MAP_ERRORS) return;
      reportedErrors.add(message);
      notify(`map-error-${reportedErrors.size}`, mapStatusWords('map.error', { detail: message }));
    });
    map.on('webglcontextlost', () => fail(mapStatusWords('map.contextLost')));

    const publishFrame = () => {
      const bounds = map.getBounds();
      const canvas = map.getCanvas().getBoundingClientRect();
      store.getState().setMapFrame({
        bounds:
          boundingBoxOfLines([
            [
              [bounds.getWest(), bounds.getSouth()],
              [bounds.getEast(), bounds.getNorth()],
            ],
          ]) ?? DEFAULT_BOUNDS,
        width: canvas.width,
        height: canvas.height,
      });
    };
    map.on(
      'style.load',
      onStart('styleLoad', () => {
        styleLoaded = true;
        // Data that came in while the style loaded.
        addLateOverlays(store.getState());
      }),
    );
    map.once(
      'load',
      onStart('firstView', () => {
        performance.mark('instc:style-loaded');
        applyFeatureStates(store.getState());
        const initial = store.getState().selection;
        const summary = initial ? summarizeSelection(store.getState(), initial) : undefined;
        if (initial && summary) openCardAt(initial, [summary.bounds[2], summary.anchor[1]], 'select');
        map.once(
          'idle',
          onStart('firstIdle', () => {
            if (disposed || document.documentElement.dataset.mapReady === 'error') return;
            publishFrame();
            signalMapReady();
            setMapStatus({ kind: 'ready' });
          }),
        );
      }),
    );

    // Camera: moves the user makes are written to the store; moves the store asks for are applied.
    let applyingView = false;
    const withoutEcho = (move: () => void) => {
      applyingView = true;
      try {
        move();
      } finally {
        applyingView = false;
      }
    };
    map.on('moveend', (event) => {
      publishFrame();
      if (applyingView || !('originalEvent' in event) || !event.originalEvent) return;
      const center = map.getCenter();
      const camera: Camera = {
        zoom: map.getZoom(),
        latitude: center.lat,
        longitude: center.lng,
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      };
      store.getState().setCameraFromMap(camera);
    });

    // Feature state: the selected feature and the compared segments, marked where they are drawn.
    const targetOf = (id: string) => {
      for (const { overlay, data } of loadedOverlays(store.getState())) {
        const target = overlay.featureTarget(data, id);
        if (target) return target;
      }
      return undefined;
    };
    let highlighted: string | undefined;
    let comparedIds: readonly string[] = [];
    const setState = (id: string, feature: Record<string, boolean>) => {
      const target = targetOf(id);
      if (target && map.getSource(target.source)) map.setFeatureState(target, feature);
    };
    const applyFeatureStates = (next: ExplorerState) => {
      if (next.selection !== highlighted) {
        if (highlighted) setState(highlighted, { selected: false });
        highlighted = next.selection;
        if (highlighted) setState(highlighted, { selected: true });
      }
      if (next.comparedSegments !== comparedIds) {
        for (const id of comparedIds) if (!next.comparedSegments.includes(id)) setState(id, { compared: false });
        for (const id of next.comparedSegments) setState(id, { compared: true });
        comparedIds = next.comparedSegments;
      }
    };

    // Store changes are applied where they differ from what the map shows.
    let appliedRevision = state.viewRevision;
    let appliedFilters = filtersOf(state);
    let previous = state;
    cleanups.push(
      store.subscribe((next) => {
        const language = selectLanguage(next);
        if (language !== labelLanguage) {
          labelLanguage = language;
          map.setGlobalStateProperty(LANGUAGE_STATE, language);
          wordLabelsIn(language);
          wordControlsIn(language);
        }
        if (next.viewRevision !== appliedRevision) {
          appliedRevision = next.viewRevision;
          const view = next.view;
          withoutEcho(() => {
            if (view.kind === 'camera') {
              const { camera } = view;
              map.jumpTo({
                center: [camera.longitude, camera.latitude],
                zoom: camera.zoom,
                bearing: camera.bearing,
                pitch: camera.pitch,
              });
            } else {
              const box = view.kind === 'bounds' ? view.boundingBox : DEFAULT_BOUNDS;
              map.fitBounds(boundsOf(box), { padding: FIT_PADDING, animate: false, bearing: 0, pitch: 0 });
            }
          });
        }
        if (next.loaded !== previous.loaded && styleLoaded) addLateOverlays(next);
        if (next.routeQuery !== previous.routeQuery || next.loaded !== previous.loaded) {
          const route = routeOf(next);
          if (
            route.features.length !== drawnRoute.features.length ||
            route.features.some((f, i) => f.id !== drawnRoute.features[i]?.id)
          ) {
            drawnRoute = route;
            (map.getSource(ROUTE_SOURCE_ID) as GeoJSONSource | undefined)?.setData(route);
            // For the benchmark: when a changed route has been drawn.
            map.once('idle', () => performance.mark('instc:route-drawn'));
            const box = boundsOfLines(route);
            if (box && next.view.kind === 'default') {
              withoutEcho(() => map.fitBounds(boundsOf(box), { padding: FIT_PADDING, animate: false }));
            }
          }
        }
        if (
          next.visibleLayers !== previous.visibleLayers ||
          next.hiddenEnergyStatuses !== previous.hiddenEnergyStatuses ||
          next.highlightBranch !== previous.highlightBranch ||
          next.previewOption !== previous.previewOption ||
          next.routeQuery !== previous.routeQuery ||
          next.loaded !== previous.loaded
        ) {
          const filters = filtersOf(next);
          for (const [layerId, filter] of Object.entries(filters)) {
            if (JSON.stringify(appliedFilters[layerId]) === JSON.stringify(filter)) continue;
            if (map.getLayer(layerId)) map.setFilter(layerId, filter);
          }
          appliedFilters = filters;
        }
        applyFeatureStates(next);
        if (next.selection !== previous.selection) showSelection(next, next.viewRevision !== previous.viewRevision);
        if (next.imageExport && next.imageExport !== previous.imageExport) fulfilExport(next);
        previous = next;
      }),
    );

    // Image export: a request in the store, rendered by a second, hidden map of the same extent.
    const fulfilExport = (current: ExplorerState) => {
      const request = current.imageExport;
      if (!request) return;
      const groups = legendOf(current, drawnRoute.features.length > 0);
      const { resolve, reject, ...options } = request;
      // The legend in the language shown (its catalogue is loaded: the interface shows it).
      wordingIn(selectLanguage(current))
        .then((wording) => renderMapImage(map, runtime, { ...options, legend: legendEntries(groups, wording) }))
        .then(resolve, (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))))
        .finally(() => store.getState().finishImageExport());
    };

    // Hover and click pick from every overlay's hit layers (topmost overlay first), then the basemap's places.
    const hitLayers = () =>
      [...[...OVERLAYS].reverse().flatMap(({ overlay }) => overlay.hitLayers), ...PLACE_LAYER_IDS].filter((id) =>
        map.getLayer(id),
      );
    const overlayDefinitions = OVERLAYS.map(({ overlay }) => overlay as OverlayHitter);
    const pickAll = (point: { x: number; y: number }) => {
      const features = map.queryRenderedFeatures(
        [
          [point.x - PICK_TOLERANCE, point.y - PICK_TOLERANCE],
          [point.x + PICK_TOLERANCE, point.y + PICK_TOLERANCE],
        ],
        { layers: hitLayers() },
      );
      const hits = hitsUnderPoint(features, overlayDefinitions);
      const place = features.find((feature) => feature.source === SOURCE_IDS.places)?.properties?.id;
      return { hits, place: typeof place === 'string' ? place : undefined };
    };
    let hovered: { source: string; id: string } | undefined;
    const setHovered = (next: { source: string; id: string } | undefined) => {
      if (hovered?.id === next?.id && hovered?.source === next?.source) return;
      if (hovered) map.setFeatureState(hovered, { hover: false });
      hovered = next;
      if (hovered) map.setFeatureState(hovered, { hover: true });
      map.getCanvas().style.cursor = hovered ? 'pointer' : '';
    };
    map.on('mousemove', (event) => {
      const { hits, place } = pickAll(event.point);
      const [first] = hits;
      setHovered(first ? first.target : place ? { source: SOURCE_IDS.places, id: place } : undefined);
      ui.getState().setHover(
        hits.length > 0
          ? { ids: hits.map((hit) => hit.selection), point: { x: event.point.x, y: event.point.y } }
          : undefined,
      );
    });
    map.on('mouseout', () => {
      setHovered(undefined);
      ui.getState().setHover(undefined);
    });
    map.on('dragstart', () => ui.getState().setHover(undefined));

    // The card: it follows what it points at as the map moves.
    const screenPoint = (lngLat: readonly [number, number]) => {
      const point = map.project([lngLat[0], lngLat[1]]);
      return { x: point.x, y: point.y };
    };
    const openCardAt = (
      ids: string | readonly string[],
      lngLat: readonly [number, number] | undefined,
      purpose: 'select' | 'compare',
    ) => {
      const list = typeof ids === 'string' ? [ids] : ids;
      const [first] = list;
      const anchor = lngLat ?? (first ? summarizeSelection(store.getState(), first)?.anchor : undefined);
      if (!anchor) return;
      ui.getState().openCard({ ids: list, lngLat: anchor, point: screenPoint(anchor), purpose });
    };
    map.on('move', () => {
      const card = ui.getState().card;
      if (card) ui.getState().moveCard(screenPoint(card.lngLat));
    });

    // A selection made on the map already has its card; one made elsewhere (a link, Back, a table
    // row, a search) opens the card where the feature is, and brings the feature into view.
    let selectedOnMap: string | undefined;
    const showSelection = (next: ExplorerState, fromLink: boolean) => {
      const id = next.selection;
      if (!id) {
        ui.getState().closeCard();
        return;
      }
      if (id === selectedOnMap) return;
      selectedOnMap = undefined;
      const summary = summarizeSelection(next, id);
      if (!summary) return;
      const fitsLink =
        fromLink &&
        next.view.kind === 'default' &&
        drawnRoute.features.length === 0 &&
        next.comparedSegments.length === 0;
      if (fitsLink || (!fromLink && !inView(summary))) moveTo(summary, !fromLink && next.view.kind !== 'default');
      // Beside the feature, not on it: at its east edge, level with its middle.
      openCardAt(id, [summary.bounds[2], summary.anchor[1]], 'select');
    };
    const inView = (summary: FeatureSummary) => {
      const bounds = map.getBounds();
      const [west, south, east, north] = summary.bounds;
      return bounds.contains([west, south]) && bounds.contains([east, north]);
    };
    /** Moves to a feature; `record`: the camera it ends at is written to the link (the link had one). */
    const moveTo = (summary: FeatureSummary, record: boolean) => {
      const camera = featureCamera(summary, container);
      withoutEcho(() => {
        if (camera.bounds) map.fitBounds(camera.bounds, { ...camera.fitBoundsOptions, duration: 500 });
        else map.easeTo({ center: camera.center, zoom: Math.max(map.getZoom(), POINT_ZOOM), duration: 500 });
      });
      if (!record) return;
      const revision = store.getState().viewRevision;
      map.once('moveend', () => {
        // A view asked for meanwhile (a fit, a link) stopped this move: it is the camera now, not where this one stopped.
        if (store.getState().viewRevision !== revision) return;
        const center = map.getCenter();
        store.getState().setCameraFromMap({
          zoom: map.getZoom(),
          latitude: center.lat,
          longitude: center.lng,
          bearing: map.getBearing(),
          pitch: map.getPitch(),
        });
      });
    };

    map.on('click', (event) => {
      const { hits, place } = pickAll(event.point);
      const current = store.getState();
      const lngLat: [number, number] = [event.lngLat.lng, event.lngLat.lat];
      if (current.pickingForComparison) {
        const corridor = readyData(current.loaded, 'corridor');
        const segments = hits.filter((hit) => corridor?.segmentById.has(hit.selection));
        if (segments.length === 1 && segments[0]) current.addToComparison(segments[0].selection);
        else if (segments.length > 1)
          openCardAt(
            segments.map((hit) => hit.selection),
            lngLat,
            'compare',
          );
        return;
      }
      if (hits.length > 1) {
        openCardAt(
          hits.map((hit) => hit.selection),
          lngLat,
          'select',
        );
        return;
      }
      const [hit] = hits;
      if (hit) {
        selectedOnMap = hit.selection;
        // The card shows it; its "Details" opens the panel's details pane (the tab stays as it is).
        current.select(hit.selection, { details: false });
        openCardAt(hit.selection, lngLat, 'select');
        return;
      }
      ui.getState().closeCard();
      current.selectPlace(place);
      if (!place && current.selection) current.select(undefined);
    });
    cleanups.push(
      ui.subscribe((next, before) => {
        // Choosing in the chooser narrows the card to one feature: select it there.
        const [chosen] = next.card?.ids ?? [];
        if (next.card?.ids.length === 1 && chosen && before.card && before.card.ids.length > 1) {
          if (next.card.purpose === 'compare') {
            store.getState().addToComparison(chosen);
            ui.getState().closeCard();
          } else {
            selectedOnMap = chosen;
            store.getState().select(chosen, { details: false });
          }
        }
      }),
    );
  };

  start().catch((error: unknown) => {
    fail(mapStatusWords('map.basemapFailed', { detail: error instanceof Error ? error.message : String(error) }));
  });
  return () => {
    disposed = true;
    for (const cleanup of cleanups.reverse()) cleanup();
  };
}
