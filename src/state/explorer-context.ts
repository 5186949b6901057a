import { createContext, use, useContext, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { type DataByUnit, type DataUnit, readyData } from './explorer-data';
import type { ExplorerState, ExplorerStore } from './explorer-store';
import { requestData } from './load-data';
import { selectDay, type ViewDay } from './select-day';

/** The app's store, provided once at the root. */
export const ExplorerStoreContext = createContext<ExplorerStore | undefined>(undefined);

/** The store itself, for components that call actions or subscribe outside React. */
export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error('useExplorerStore needs an ExplorerStoreContext provider');
  return store;
}

/** Reads a slice of the store and re-renders when it changes. */
export function useExplorer<Selected>(selector: (state: ExplorerState) => Selected): Selected {
  return useStore(useExplorerStore(), selector);
}

/**
 * The data of a unit, loaded once through the state's loader (`requestData`): suspends the
 * component until it is ready, and throws the loader's error for the nearest error boundary,
 * whose "Try again" asks for it anew.
 */
export function useLoadedData<Unit extends DataUnit>(unit: Unit): DataByUnit[Unit] {
  return use(requestData(useExplorerStore(), unit));
}

/**
 * The data of a unit, or `undefined` when it could not be loaded (the loader's notice says why):
 * for panels that work without it.
 */
export function useOptionalData<Unit extends DataUnit>(unit: Unit): DataByUnit[Unit] | undefined {
  const store = useExplorerStore();
  return use(optionalRequest(store, unit)) as DataByUnit[Unit] | undefined;
}

const optionalRequests = new WeakMap<Promise<unknown>, Promise<unknown>>();

function optionalRequest(store: ExplorerStore, unit: DataUnit): Promise<unknown> {
  const request = requestData(store, unit);
  let optional = optionalRequests.get(request);
  if (!optional) {
    optional = request.catch(() => undefined);
    optionalRequests.set(request, optional);
  }
  return optional;
}

/**
 * The data of a unit if it is loaded, without asking for it: for panels that show more once
 * something else asked for it (the energy assets' names once an energy layer is on).
 */
export function useDataIfLoaded<Unit extends DataUnit>(unit: Unit): DataByUnit[Unit] | undefined {
  return useExplorer((state) => readyData(state.loaded, unit));
}

/**
 * A unit's load state, asked for once the map is ready (or has failed): for a panel of the first
 * view whose extra facts must not delay it (the Overview's latest observed transits).
 */
export function useDataAfterFirstView<Unit extends DataUnit>(unit: Unit): ExplorerState['loaded'][Unit] {
  const store = useExplorerStore();
  const mapSettled = useExplorer((state) => state.mapStatus.kind !== 'loading');
  useEffect(() => {
    if (mapSettled) requestData(store, unit).catch(() => undefined);
  }, [store, unit, mapSettled]);
  return useExplorer((state) => state.loaded[unit]);
}

/**
 * A unit's load state, asked for when the component mounts, without suspending: for a part of a
 * panel that shows more once its data is in (sources by title, from the bibliography).
 */
export function useRequestedData<Unit extends DataUnit>(unit: Unit): ExplorerState['loaded'][Unit] {
  const store = useExplorerStore();
  useEffect(() => {
    requestData(store, unit).catch(() => undefined);
  }, [store, unit]);
  return useExplorer((state) => state.loaded[unit]);
}

/** The data version this build ships (`dv=` of every link). */
export function useDataVersion(): string {
  return useExplorer((state) => state.dataVersion);
}

/** The day the view shows, and how it was named (see `selectDay`). */
export function useViewDay(): ViewDay {
  const date = useExplorer((state) => state.routeQuery.date);
  const year = useExplorer((state) => state.routeQuery.year);
  const present = useExplorer((state) => state.dataAsOf);
  return useMemo(() => selectDay({ date, year }, present), [date, year, present]);
}
