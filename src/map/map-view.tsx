import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LngLatBoundsLike, MapOptions } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { getBasemap } from '../data/basemap-resource';
import { loadOnlineStyle } from '../data/load-online-style';
import { DEFAULT_BOUNDS, MAXIMUM_PITCH, MAXIMUM_ZOOM, MINIMUM_ZOOM } from '../domain/view-limits';
import { useExplorerStore } from '../state/explorer-context';
import type { MapView as MapViewState } from '../state/explorer-store';
import type { BoundingBox, Camera } from '../state/link/link-state';
import { createBasemapStyle, PLACE_LAYER_IDS } from './basemap-style';
import { createFontFaces } from './font-faces';
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
      const [runtime, basemap, online] = await Promise.all([
        import('./maplibre-runtime'),
        getBasemap(),
        onlineStyleUrl ? loadOnlineStyle(onlineStyleUrl) : Promise.resolve(undefined),
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
      const fontFaces = createFontFaces(document.baseURI);
      const embeddedStyle = createBasemapStyle(basemapTheme, fontFaces, basemap);
      let style = embeddedStyle;
      if (online?.kind === 'style') style = withBundledFonts(online.style, fontFaces);
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
          ...initialCamera(store.getState().view),
        });
      } catch (error) {
        fail(describeStartFailure(error));
        return;
      }
      performance.mark('instc:map-created');
      cleanups.push(() => map.remove());
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

      // A click on a city opens its names (English and local scripts) in the side panel.
      const clickablePlaceLayers = PLACE_LAYER_IDS;
      map.on('click', (event) => {
        const layers = clickablePlaceLayers.filter((id) => map.getLayer(id));
        const [place] = layers.length ? map.queryRenderedFeatures(event.point, { layers }) : [];
        const id = place?.properties?.id;
        store.getState().selectPlace(typeof id === 'string' ? id : undefined);
      });
      for (const layer of clickablePlaceLayers) {
        map.on('mouseenter', layer, () => {
          map.getCanvas().style.cursor = 'pointer';
        });
        map.on('mouseleave', layer, () => {
          map.getCanvas().style.cursor = '';
        });
      }
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
