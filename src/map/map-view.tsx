import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, LineString } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, MapOptions } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { getBasemap } from '../data/basemap-resource';
import { type CorridorData, getCorridor } from '../data/corridor-resource';
import { getEnergy } from '../data/energy-resource';
import { loadOnlineStyle } from '../data/load-online-style';
import { getRouting, type RoutingData } from '../data/routing-resource';
import { boundingBoxOfLines } from '../domain/bounding-box';
import { DEFAULT_VISIBLE_LAYERS, visibleBranches } from '../domain/overlay-layers';
import { DEFAULT_BOUNDS, MAXIMUM_PITCH, MAXIMUM_ZOOM, MINIMUM_ZOOM } from '../domain/view-limits';
import { useExplorerStore } from '../state/explorer-context';
import type { MapView as MapViewState, RouteQueryState } from '../state/explorer-store';
import type { BoundingBox, Camera } from '../state/link/link-state';
import { selectRouteAnswers } from '../state/select-route-answers';
import { createBasemapStyle, PLACE_LAYER_IDS } from './basemap-style';
import { composeStyle } from './compose-style';
import { buildCorridorSources, visibleNodeIds } from './corridor-features';
import { corridorFilters, SEGMENT_HIT_LAYERS } from './corridor-style';
import { corridorTheme } from './corridor-theme';
import { buildEnergySources, visibleEnergyIds } from './energy-features';
import { ENERGY_HIT_LAYERS, ENERGY_SOURCE_IDS, energyFilters } from './energy-style';
import { createFontFaces } from './font-faces';
import { CORRIDOR_LAYER_IDS, CORRIDOR_SOURCE_IDS, ROUTE_SOURCE_ID, SOURCE_IDS } from './layer-ids';
import { registerMap } from './map-handle';
import { signalMapError, signalMapReady } from './readiness';
import { basemapTheme } from './theme';

/** Padding around a fitted box, in pixels, so the box's edges are not under the controls. */
const FIT_PADDING = 32;
/** How long an online basemap may take to draw before the embedded one replaces it. */
const ONLINE_BASEMAP_RENDER_TIMEOUT_MILLISECONDS = 8000;
/** At most this many distinct map errors are listed in the page. */
const MAXIMUM_REPORTED_MAP_ERRORS = 5;

function boundsOf(box: BoundingBox): LngLatBoundsLike {
  // A box that crosses the antimeridian is given to MapLibre with an east beyond 180°.
  const east = box.east < box.west ? box.east + 360 : box.east;
  return [
    [box.west, box.south],
    [east, box.north],
  ];
}

/**
 * The view to open with (contracts §4): when the link gives neither a camera nor a box, the route
 * is fitted, else the compared segments, else the default view.
 */
function routeView(
  view: MapViewState,
  route: FeatureCollection<LineString>,
  comparison: FeatureCollection<LineString>,
): MapViewState {
  if (view.kind !== 'default') return view;
  const box = boundsOfFeatures(route) ?? boundsOfFeatures(comparison);
  return box ? { kind: 'bounds', boundingBox: box } : view;
}

/** The compared segments' lines. */
function comparisonFeatures(corridor: CorridorData | undefined, ids: readonly string[]): FeatureCollection<LineString> {
  const features = ids.flatMap((id) => {
    const segment = corridor?.segmentById.get(id);
    return segment ? [{ type: 'Feature' as const, geometry: segment.geometry, properties: {} }] : [];
  });
  return { type: 'FeatureCollection', features };
}

function initialCamera(view: MapViewState): Partial<MapOptions> {
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

/** Explains in plain words why MapLibre could not start. */
function describeStartFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/webgl/i.test(detail)) {
    return `This browser cannot draw the map: WebGL is not available (${detail}).`;
  }
  return `The map could not start: ${detail}`;
}

const NO_FEATURES: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [] };

/** The legs of the route the query asks for, as the map draws them (none until there is a route). */
function routeFeatures(query: RouteQueryState, routing: RoutingData | undefined): FeatureCollection<LineString> {
  if (!routing) return NO_FEATURES;
  const answers = selectRouteAnswers(query, routing.router);
  return answers?.route.kind === 'route' ? routing.router.toFeatureCollection(answers.route.route) : NO_FEATURES;
}

/** The box around some lines (route legs, compared segments), or `undefined` when there are none. */
function boundsOfFeatures(collection: FeatureCollection<LineString>): BoundingBox | undefined {
  return boundingBoxOfLines(collection.features.map((feature) => feature.geometry.coordinates));
}

/** Lists corridor features the data check dropped, so the page says what it is not showing. */
function reportCorridorErrors(
  corridor: CorridorData | undefined,
  addAppNotice: (notice: { id: string; message: string }) => void,
): void {
  const errors = corridor?.report.filter((entry) => entry.severity === 'error') ?? [];
  if (errors.length === 0) return;
  const listed = errors
    .slice(0, 5)
    .map((entry) => `${entry.featureId} (${entry.message})`)
    .join('; ');
  addAppNotice({
    id: 'corridor-errors',
    message: `${errors.length} problem(s) in the corridor data; those features are not shown: ${listed}${errors.length > 5 ? '; …' : ''}.`,
  });
}

/** Adds the bundled fonts to an online style so the app's own labels still draw offline. */
function withBundledFonts(style: StyleSpecification, fontFaces: StyleSpecification['font-faces']): StyleSpecification {
  return { ...style, 'font-faces': { ...style['font-faces'], ...fontFaces } };
}

/**
 * The one component that talks to MapLibre. It draws the embedded basemap (or the optional
 * online one), moves the camera when the store's view changes from outside, writes the camera
 * back when the user moves the map, reports map errors in the page and signals readiness.
 */
export function MapView() {
  const store = useExplorerStore();
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let disposed = false;
    const cleanups: Array<() => void> = [];
    const { setMapStatus, addAppNotice } = store.getState();

    const fail = (message: string) => {
      if (disposed) return;
      signalMapError();
      setMapStatus({ kind: 'error', message });
    };

    const start = async () => {
      const onlineStyleUrl = import.meta.env.VITE_BASEMAP_STYLE_URL;
      const [runtime, basemap, online, corridor, routing, energy] = await Promise.all([
        import('./maplibre-runtime'),
        getBasemap(),
        onlineStyleUrl ? loadOnlineStyle(onlineStyleUrl) : Promise.resolve(undefined),
        getCorridor().catch((error: unknown) => {
          addAppNotice({
            id: 'corridor-unavailable',
            message: `The corridor data could not be loaded (${error instanceof Error ? error.message : String(error)}); only the basemap is shown.`,
          });
          return undefined;
        }),
        getRouting().catch((error: unknown) => {
          addAppNotice({
            id: 'routing-unavailable',
            message: `The route explorer could not start (${error instanceof Error ? error.message : String(error)}).`,
          });
          return undefined;
        }),
        getEnergy().catch((error: unknown) => {
          addAppNotice({
            id: 'energy-unavailable',
            message: `The energy overlays could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
          });
          return undefined;
        }),
      ]);
      if (disposed) return;
      performance.mark('instc:basemap-loaded');
      if (basemap.problems.length > 0) {
        const listed = basemap.problems
          .slice(0, 5)
          .map((problem) => `${problem.feature} (${problem.reason})`)
          .join('; ');
        addAppNotice({
          id: 'basemap-problems',
          message: `${basemap.problems.length} basemap label(s) were invalid and are not shown: ${listed}${basemap.problems.length > 5 ? '; …' : ''}.`,
        });
      }
      reportCorridorErrors(corridor, addAppNotice);
      const corridorSources = corridor ? buildCorridorSources(corridor) : undefined;
      const placeIds = basemap.places.features.map((place) => place.properties.id);
      const filtersFor = (layers: readonly string[] | undefined) => {
        const branches = visibleBranches(layers ?? DEFAULT_VISIBLE_LAYERS);
        return corridorFilters(branches, corridor ? visibleNodeIds(corridor, branches) : [], placeIds);
      };
      if (energy && energy.problems.length > 0) {
        addAppNotice({
          id: 'energy-problems',
          message: `${energy.problems.length} energy feature(s) are not shown because their data is invalid: ${energy.problems
            .slice(0, 5)
            .map((problem) => `${problem.feature} (${problem.reason})`)
            .join('; ')}${energy.problems.length > 5 ? '; …' : ''}.`,
        });
      }
      const energySources = energy ? buildEnergySources(energy) : undefined;
      const currentYear = new Date().getFullYear();
      const energyFiltersFor = (state: {
        visibleLayers: string[] | undefined;
        hiddenEnergyStatuses: string[];
        routeQuery: RouteQueryState;
      }) =>
        energyFilters(
          energy
            ? visibleEnergyIds(energy, {
                visibleLayers: state.visibleLayers ?? DEFAULT_VISIBLE_LAYERS,
                hiddenStatuses: state.hiddenEnergyStatuses,
                year: state.routeQuery.year,
                currentYear,
              })
            : [],
        );
      let drawnRoute = routeFeatures(store.getState().routeQuery, routing);
      const withCorridor = (base: StyleSpecification) =>
        composeStyle(
          base,
          corridorSources,
          corridorTheme,
          basemapTheme.fontRegular,
          filtersFor(store.getState().visibleLayers),
          drawnRoute,
          energySources ? { sources: energySources, filters: energyFiltersFor(store.getState()) } : undefined,
        );
      const fontFaces = createFontFaces(document.baseURI);
      const embeddedStyle = withCorridor(createBasemapStyle(basemapTheme, fontFaces, basemap));
      let style = embeddedStyle;
      if (online?.kind === 'style') style = withCorridor(withBundledFonts(online.style, fontFaces));
      if (online?.kind === 'failed') {
        addAppNotice({
          id: 'online-basemap',
          message: `The online basemap is unavailable (${online.reason}); the embedded offline basemap is shown.`,
        });
      }

      let map: InstanceType<typeof runtime.MapLibreMap>;
      try {
        map = new runtime.MapLibreMap({
          container,
          style,
          minZoom: MINIMUM_ZOOM,
          maxZoom: MAXIMUM_ZOOM,
          maxPitch: MAXIMUM_PITCH,
          attributionControl: false,
          ...initialCamera(
            routeView(
              store.getState().view,
              drawnRoute,
              comparisonFeatures(corridor, store.getState().comparedSegments),
            ),
          ),
        });
      } catch (error) {
        fail(describeStartFailure(error));
        return;
      }
      performance.mark('instc:map-created');
      registerMap(map, runtime);
      cleanups.push(() => {
        registerMap(undefined);
        map.remove();
      });
      map.addControl(new runtime.NavigationControl({ visualizePitch: true }), 'top-right');
      map.addControl(new runtime.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
      map.addControl(new runtime.ScaleControl({ unit: 'nautical', maxWidth: 120 }), 'bottom-left');
      map.addControl(
        new runtime.AttributionControl({
          compact: false,
          customAttribution: '<a href="https://maplibre.org/" target="_blank" rel="noopener">MapLibre</a>',
        }),
        'bottom-right',
      );

      const reportedErrors = new Set<string>();
      let usingOnlineStyle = online?.kind === 'style';
      const fallBackToEmbedded = (reason: string) => {
        if (!usingOnlineStyle || disposed) return;
        usingOnlineStyle = false;
        addAppNotice({
          id: 'online-basemap',
          message: `The online basemap failed (${reason}); the embedded offline basemap is shown.`,
        });
        map.setStyle(embeddedStyle);
        map.once('idle', signalMapReady);
      };
      if (usingOnlineStyle) {
        const timer = setTimeout(() => {
          if (document.documentElement.dataset.mapReady !== 'true') {
            fallBackToEmbedded(`not drawn within ${ONLINE_BASEMAP_RENDER_TIMEOUT_MILLISECONDS / 1000} s`);
          }
        }, ONLINE_BASEMAP_RENDER_TIMEOUT_MILLISECONDS);
        cleanups.push(() => clearTimeout(timer));
      }
      map.on('error', (event) => {
        const message = event.error?.message ?? 'unknown map error';
        if (usingOnlineStyle && document.documentElement.dataset.mapReady !== 'true') {
          fallBackToEmbedded(message);
          return;
        }
        if (reportedErrors.has(message) || reportedErrors.size >= MAXIMUM_REPORTED_MAP_ERRORS) return;
        reportedErrors.add(message);
        addAppNotice({ id: `map-error-${reportedErrors.size}`, message: `Map error: ${message}` });
      });
      map.on('webglcontextlost', () => fail('The map lost its WebGL context; reload the page to draw it again.'));

      map.once('load', () => {
        performance.mark('instc:style-loaded');
        map.once('idle', () => {
          if (disposed) return;
          signalMapReady();
          setMapStatus({ kind: 'ready' });
        });
      });

      // Camera: moves the user makes are written to the store; moves the store asks for are applied.
      let applyingView = false;
      map.on('moveend', (event) => {
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
      let appliedRevision = store.getState().viewRevision;
      cleanups.push(
        store.subscribe((state) => {
          if (state.viewRevision === appliedRevision) return;
          appliedRevision = state.viewRevision;
          applyingView = true;
          try {
            const view = state.view;
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
          } finally {
            applyingView = false;
          }
        }),
      );

      // The route follows the query; a new route is fitted unless the view is a camera or a box the
      // link or the user chose.
      let drawnQuery = store.getState().routeQuery;
      cleanups.push(
        store.subscribe((state) => {
          if (state.routeQuery === drawnQuery) return;
          drawnQuery = state.routeQuery;
          const next = routeFeatures(state.routeQuery, routing);
          if (next === drawnRoute) return;
          drawnRoute = next;
          (map.getSource(ROUTE_SOURCE_ID) as GeoJSONSource | undefined)?.setData(next);
          // For the benchmark: when a changed route has been drawn.
          map.once('idle', () => performance.mark('instc:route-drawn'));
          const box = boundsOfFeatures(next);
          if (box && state.view.kind === 'default') {
            applyingView = true;
            try {
              map.fitBounds(boundsOf(box), { padding: FIT_PADDING, animate: false });
            } finally {
              applyingView = false;
            }
          }
        }),
      );

      // Branch and overlay switches, the energy status filter and the year change the filters.
      let applied = store.getState();
      cleanups.push(
        store.subscribe((state) => {
          const layersChanged = state.visibleLayers !== applied.visibleLayers;
          const energyChanged =
            layersChanged ||
            state.hiddenEnergyStatuses !== applied.hiddenEnergyStatuses ||
            state.routeQuery.year !== applied.routeQuery.year;
          applied = state;
          const filters = {
            ...(layersChanged ? filtersFor(state.visibleLayers) : {}),
            ...(energyChanged ? energyFiltersFor(state) : {}),
          };
          for (const [layerId, filter] of Object.entries(filters)) {
            if (map.getLayer(layerId)) map.setFilter(layerId, filter);
          }
        }),
      );

      // The selected segment or node is highlighted through feature state.
      const featureState = (id: string) => {
        if (corridor?.segmentById.has(id)) return { source: CORRIDOR_SOURCE_IDS.segments, id };
        if (corridor?.nodeById.has(id)) return { source: CORRIDOR_SOURCE_IDS.nodes, id };
        if (energy?.pipelineById.has(id)) return { source: ENERGY_SOURCE_IDS.pipelines, id };
        if (energy?.lngById.has(id)) return { source: ENERGY_SOURCE_IDS.lng, id };
        return undefined;
      };
      let highlighted: string | undefined;
      const highlight = (selection: string | undefined) => {
        const previous = highlighted ? featureState(highlighted) : undefined;
        if (previous && map.getSource(previous.source)) map.setFeatureState(previous, { selected: false });
        highlighted = selection;
        const next = selection ? featureState(selection) : undefined;
        if (next && map.getSource(next.source)) map.setFeatureState(next, { selected: true });
      };
      map.once('load', () => highlight(store.getState().selection));
      cleanups.push(
        store.subscribe((state) => {
          if (state.selection !== highlighted) highlight(state.selection);
        }),
      );

      // Compared segments carry a halo through feature state.
      let comparedIds: readonly string[] = [];
      const markCompared = (ids: readonly string[]) => {
        if (!map.getSource(CORRIDOR_SOURCE_IDS.segments)) return;
        for (const id of comparedIds) {
          if (!ids.includes(id)) map.setFeatureState({ source: CORRIDOR_SOURCE_IDS.segments, id }, { compared: false });
        }
        for (const id of ids) map.setFeatureState({ source: CORRIDOR_SOURCE_IDS.segments, id }, { compared: true });
        comparedIds = ids;
      };
      map.once('load', () => markCompared(store.getState().comparedSegments));
      cleanups.push(
        store.subscribe((state) => {
          if (state.comparedSegments !== comparedIds) markCompared(state.comparedSegments);
        }),
      );

      // Hover: the segment or node under the pointer is drawn wider.
      const hitLayers = () =>
        [...ENERGY_HIT_LAYERS, CORRIDOR_LAYER_IDS.nodes, ...SEGMENT_HIT_LAYERS, ...PLACE_LAYER_IDS].filter((id) =>
          map.getLayer(id),
        );
      let hovered: { source: string; id: string } | undefined;
      const setHovered = (next: { source: string; id: string } | undefined) => {
        if (hovered?.id === next?.id && hovered?.source === next?.source) return;
        if (hovered) map.setFeatureState(hovered, { hover: false });
        hovered = next;
        if (hovered) map.setFeatureState(hovered, { hover: true });
        map.getCanvas().style.cursor = hovered ? 'pointer' : '';
      };
      map.on('mousemove', (event) => {
        const [feature] = map.queryRenderedFeatures(event.point, { layers: hitLayers() });
        const id = feature?.properties?.id;
        setHovered(feature && typeof id === 'string' ? { source: feature.source, id } : undefined);
      });
      map.on('mouseout', () => setHovered(undefined));

      // A click selects a corridor node or segment; on a city it opens the city's local names.
      map.on('click', (event) => {
        const [feature] = map.queryRenderedFeatures(event.point, { layers: hitLayers() });
        const id = feature?.properties?.id;
        if (feature && feature.source === ENERGY_SOURCE_IDS.swapFlows) {
          const swapId = feature.properties?.swap;
          if (typeof swapId === 'string') store.getState().select(swapId);
          return;
        }
        if (feature && typeof id === 'string' && feature.source !== SOURCE_IDS.places) {
          const state = store.getState();
          if (state.pickingForComparison && feature.source === CORRIDOR_SOURCE_IDS.segments) state.addToComparison(id);
          else state.select(id);
          return;
        }
        store.getState().selectPlace(typeof id === 'string' ? id : undefined);
        if (!feature && store.getState().selection) store.getState().select(undefined);
      });
    };

    start().catch((error: unknown) => {
      fail(`The basemap could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    });
    return () => {
      disposed = true;
      for (const cleanup of cleanups.reverse()) cleanup();
    };
  }, [store]);

  return <div ref={containerRef} className="map-view" data-testid="map" />;
}
