import 'maplibre-gl/dist/maplibre-gl.css';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 does not find its worker under Vite by itself ("Worker failed to load").
setWorkerUrl(workerUrl);

/** MapLibre and its controls, loaded as their own chunk so the panels render before the map code. */
export { AttributionControl, MapLibreMap, NavigationControl, ScaleControl };
