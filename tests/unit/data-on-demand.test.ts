import { beforeAll, describe, expect, it } from 'vitest';
import type { AssembledCorridor } from '../../src/data/assemble-corridor';
import { readCorridor, readEnergy } from '../../src/data/read-geodata-node';
import { allOverlaysLoaded, loadedSelectableIds, unitsNeeded } from '../../src/map/data-on-demand';
import type { EnergyData } from '../../src/state/explorer-data';
import { createExplorerStore } from '../../src/state/explorer-store';

let corridor: AssembledCorridor;
let energy: EnergyData;

beforeAll(() => {
  corridor = readCorridor().corridor;
  energy = { ...readEnergy().energy, problems: [], warnings: [] };
});

/** A store with the corridor loaded (and the energy overlays when asked). */
function storeWith(withEnergy = false) {
  const store = createExplorerStore();
  store.getState().setLoadState('corridor', { status: 'ready', data: corridor as never });
  if (withEnergy) store.getState().setLoadState('energy', { status: 'ready', data: energy as never });
  return store;
}

describe('the data a view needs (issue 15 §1)', () => {
  it('is the corridor alone for the default view', () => {
    expect(unitsNeeded(storeWith().getState())).toEqual(['corridor']);
  });

  it('adds the router for a route or an assumption override, and the energy overlays for a shown energy layer', () => {
    const store = storeWith();
    store.getState().updateRouteQuery({ route: ['moscow', 'mumbai'] });
    expect(unitsNeeded(store.getState())).toEqual(['corridor', 'routing']);
    const layers = storeWith();
    layers.getState().setLayerVisible('energy-gas-pipelines', true, ['corridor-western']);
    expect(unitsNeeded(layers.getState())).toEqual(['corridor', 'energy']);
  });

  it('adds every overlay for a selection the loaded ones do not know, and nothing for a corridor selection', () => {
    const store = storeWith();
    store.getState().select('astara-ir--rasht');
    expect(unitsNeeded(store.getState())).toEqual(['corridor']);
    store.getState().select('igat-1');
    expect(unitsNeeded(store.getState())).toContain('energy');
    // Once the energy overlays are in, the pipeline is known: nothing more to load for it.
    const loaded = storeWith(true);
    loaded.getState().select('igat-1');
    expect(unitsNeeded(loaded.getState())).toEqual(['corridor']);
  });

  it('knows when a selection is pending: ids of unloaded overlays are not yet unknown', () => {
    expect(allOverlaysLoaded(storeWith().getState())).toBe(false);
    expect(allOverlaysLoaded(storeWith(true).getState())).toBe(true);
    expect(loadedSelectableIds(storeWith().getState()).has('igat-1')).toBe(false);
    expect(loadedSelectableIds(storeWith(true).getState()).has('igat-1')).toBe(true);
    expect(loadedSelectableIds(storeWith().getState()).has('astara-ir--rasht')).toBe(true);
  });
});
