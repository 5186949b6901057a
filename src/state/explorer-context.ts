import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ExplorerState, ExplorerStore } from './explorer-store';

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
