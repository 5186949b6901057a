import type { BasemapData } from '../data/basemap-resource';
import type { BibliographyData, CorridorData } from '../data/corridor-resource';
import type { EnergyData } from '../data/energy-resource';
import type { RoutingData } from '../data/routing-resource';

/** The data the explorer loads, by load unit. */
export interface DataByUnit {
  basemap: BasemapData;
  corridor: CorridorData;
  bibliography: BibliographyData;
  routing: RoutingData;
  energy: EnergyData;
}

/**
 * A unit of data the explorer loads on its own: the basemap, the corridor, its bibliography, the
 * router, the energy overlays.
 */
export type DataUnit = keyof DataByUnit;

/** Where the loading of one unit stands. */
export type LoadState<Data> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: Data }
  | { status: 'error'; message: string };

/** Every unit's load state. */
export type LoadedData = { [Unit in DataUnit]: LoadState<DataByUnit[Unit]> };

/** Nothing requested yet. */
export const NOTHING_LOADED: LoadedData = {
  basemap: { status: 'idle' },
  corridor: { status: 'idle' },
  bibliography: { status: 'idle' },
  routing: { status: 'idle' },
  energy: { status: 'idle' },
};

/** The data of a unit once it is ready, else `undefined`. */
export function readyData<Unit extends DataUnit>(loaded: LoadedData, unit: Unit): DataByUnit[Unit] | undefined {
  const state = loaded[unit] as LoadState<DataByUnit[Unit]>;
  return state.status === 'ready' ? state.data : undefined;
}

// The loaded data's types, for the panels and the map (which read data through the state, never from src/data).
export type { BibliographyData, CorridorData } from '../data/corridor-resource';
export type { BibliographyEntry, CorridorNode, CorridorSegment } from '../data/corridor-schemas';
export type { EnergyData } from '../data/energy-resource';
export type { RoutingData } from '../data/routing-resource';
