import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../overlays/overlays';
import { type DataUnit, readyData } from '../state/explorer-data';
import type { ExplorerState, ExplorerStore } from '../state/explorer-store';
import { requestData } from '../state/load-data';

/** Each overlay's selectable ids, computed once per loaded data object. */
const selectableCache = new WeakMap<object, ReadonlySet<string>>();

function selectableOf(data: object, ids: () => Iterable<string>): ReadonlySet<string> {
  let set = selectableCache.get(data);
  if (!set) {
    set = new Set(ids());
    selectableCache.set(data, set);
  }
  return set;
}

/**
 * The units of data the state needs now (issue 15 §1): the corridor always; the router and its
 * assumptions when there is a route or an assumption override; an overlay's unit when one of its
 * layers is shown; every overlay's unit when the selection is a feature the loaded overlays do not
 * know (a link's `sel=` of a pipeline). Panels ask for what they show themselves (the Energy and
 * Table tabs, sources); a closed panel costs nothing.
 */
export function unitsNeeded(state: ExplorerState): DataUnit[] {
  const units = new Set<DataUnit>(['corridor']);
  if (state.routeQuery.route !== undefined || state.routeQuery.assumptions !== undefined) units.add('routing');
  const visible = new Set(state.visibleLayers ?? DEFAULT_VISIBLE_LAYERS);
  for (const { dataUnit, overlay } of OVERLAYS) {
    if (overlay.layers.some((layer) => visible.has(layer.id))) units.add(dataUnit);
  }
  if (state.selection !== undefined && !selectionKnown(state, state.selection)) {
    for (const { dataUnit } of OVERLAYS) units.add(dataUnit);
  }
  return [...units];
}

/** Whether a loaded overlay knows the id; an id no loaded overlay knows may be in one not loaded yet. */
function selectionKnown(state: ExplorerState, id: string): boolean {
  return OVERLAYS.some(({ dataUnit, overlay }) => {
    const data = readyData(state.loaded, dataUnit);
    return data !== undefined && selectableOf(data, () => overlay.selectableIds(data as never)).has(id);
  });
}

/** Whether every overlay's data is loaded (so an id none of them knows is unknown, not pending). */
export function allOverlaysLoaded(state: ExplorerState): boolean {
  return OVERLAYS.every(({ dataUnit }) => readyData(state.loaded, dataUnit) !== undefined);
}

/** Whether an overlay's data failed to load (its ids will not come: an id none of the others knows is unknown). */
export function overlayLoadFailed(state: ExplorerState): boolean {
  return OVERLAYS.some(({ dataUnit }) => state.loaded[dataUnit].status === 'error');
}

/** The selectable ids of every loaded overlay. */
export function loadedSelectableIds(state: ExplorerState): Set<string> {
  const ids = new Set<string>();
  for (const { dataUnit, overlay } of OVERLAYS) {
    const data = readyData(state.loaded, dataUnit);
    if (data === undefined) continue;
    for (const id of selectableOf(data, () => overlay.selectableIds(data as never))) ids.add(id);
  }
  return ids;
}

/**
 * Asks for each unit when the state first needs it (each request happens once; a failed one waits
 * for its "Try again"). Returns the function that stops watching.
 */
export function loadOnDemand(store: ExplorerStore): () => void {
  const load = (state: ExplorerState) => {
    for (const unit of unitsNeeded(state)) requestData(store, unit).catch(() => undefined);
  };
  load(store.getState());
  return store.subscribe((state, previous) => {
    if (
      state.routeQuery !== previous.routeQuery ||
      state.visibleLayers !== previous.visibleLayers ||
      state.selection !== previous.selection ||
      state.loaded !== previous.loaded
    )
      load(state);
  });
}
