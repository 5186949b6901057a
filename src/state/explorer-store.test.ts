import { describe, expect, it } from 'vitest';
import {
  createExplorerStore,
  type ExplorerState,
  type ExplorerStore,
  selectActiveTab,
  selectAlertCount,
  selectLinkState,
} from './explorer-store';
import { formatLink } from './link/format-link';
import { parseLink } from './link/parse-link';

const DATA_VERSION = '2026.11.1';
/** The layers a link without `layers=` shows (the overlay registry's defaults, as the UI passes them). */
const DEFAULT_VISIBLE_LAYERS = ['corridor-russia', 'corridor-western', 'corridor-trans-caspian', 'corridor-eastern'];

/** The state a link carries, read back through the link: action → link → parse → apply. */
function roundTrip(store: ExplorerStore): ExplorerState {
  const hash = formatLink(selectLinkState(store.getState()), DATA_VERSION);
  const reopened = createExplorerStore();
  const { state, notices } = parseLink(hash);
  expect(notices).toEqual([]);
  reopened.getState().applyLink(state, notices);
  return reopened.getState();
}

/** The link-worthy fields of the store. */
function linkFields(state: ExplorerState) {
  return {
    view: state.view,
    routeQuery: state.routeQuery,
    visibleLayers: state.visibleLayers,
    selection: state.selection,
    comparedSegments: state.comparedSegments,
    tab: state.tab,
    passThrough: state.passThrough,
  };
}

const ACTIONS: Array<[string, (state: ExplorerState) => void]> = [
  ['select a segment', (state) => state.select('astara-ir--rasht')],
  ['select a node', (state) => state.select('baku')],
  ['hide one branch', (state) => state.setLayerVisible('corridor-western', false, DEFAULT_VISIBLE_LAYERS)],
  ['show the comparators', (state) => state.setLayerVisible('corridor-comparator', true, DEFAULT_VISIBLE_LAYERS)],
  [
    'hide every overlay',
    (state) => {
      for (const layer of DEFAULT_VISIBLE_LAYERS) state.setLayerVisible(layer, false, DEFAULT_VISIBLE_LAYERS);
    },
  ],
  ['turn an energy overlay on', (state) => state.setLayerVisible('energy-lng', true, DEFAULT_VISIBLE_LAYERS)],
  [
    'compare two segments',
    (state) => {
      state.addToComparison('rasht--qazvin');
      state.addToComparison('yalama--baku');
    },
  ],
  ['ask a route', (state) => state.updateRouteQuery({ route: ['moscow', 'mumbai'] })],
  ['ask a round trip', (state) => state.updateRouteQuery({ route: ['moscow', 'mumbai', 'moscow'] })],
  [
    'change every route choice',
    (state) =>
      state.updateRouteQuery({
        route: ['moscow', 'baku', 'mumbai'],
        criterion: 'time',
        cargo: 'bulk',
        scenarios: ['planned', 'hormuz-closed'],
        year: 2030,
        month: 2,
        avoidCountries: ['AZ'],
        assumptions: [['speed.rail.electric', 31.5]],
      }),
  ],
  [
    'move the camera',
    (state) => state.setCameraFromMap({ zoom: 4.5, latitude: 40.1234, longitude: 50.5, bearing: 0, pitch: 0 }),
  ],
  ['fit a box', (state) => state.fitTo({ west: 44, south: 36, east: 56, north: 47 })],
  ['open the Energy tab', (state) => state.setTab('energy')],
];

describe('every store action survives its own link', () => {
  for (const [name, action] of ACTIONS) {
    it(name, () => {
      const store = createExplorerStore();
      action(store.getState());
      const before = linkFields(store.getState());
      expect(linkFields(roundTrip(store))).toEqual(before);
    });
  }

  it('hiding every overlay keeps an empty list, not the defaults', () => {
    const store = createExplorerStore();
    for (const layer of DEFAULT_VISIBLE_LAYERS) store.getState().setLayerVisible(layer, false, DEFAULT_VISIBLE_LAYERS);
    expect(store.getState().visibleLayers).toEqual([]);
    expect(roundTrip(store).visibleLayers).toEqual([]);
  });

  it('removing the compared segments one by one and all at once leaves none', () => {
    const store = createExplorerStore();
    store.getState().addToComparison('a--b');
    store.getState().addToComparison('c--d');
    store.getState().removeFromComparison('a--b');
    expect(store.getState().comparedSegments).toEqual(['c--d']);
    store.getState().removeFromComparison('all');
    expect(roundTrip(store).comparedSegments).toEqual([]);
  });

  it('resetting the view writes no camera', () => {
    const store = createExplorerStore();
    store.getState().setCameraFromMap({ zoom: 3, latitude: 40, longitude: 50, bearing: 0, pitch: 0 });
    store.getState().resetView();
    expect(roundTrip(store).view).toEqual({ kind: 'default' });
  });
});

describe('the panel tab and the details pane', () => {
  it('opens Route for a link with a route, Overview without, and the named tab when the link has one', () => {
    const store = createExplorerStore();
    expect(selectActiveTab(store.getState())).toBe('overview');
    store.getState().applyLink(parseLink('#route=moscow~mumbai').state, []);
    expect(selectActiveTab(store.getState())).toBe('route');
    store.getState().applyLink(parseLink('#route=moscow~mumbai&tab=table').state, []);
    expect(selectActiveTab(store.getState())).toBe('table');
    store.getState().applyLink(parseLink('#cmp=astara-ir--rasht').state, []);
    expect(selectActiveTab(store.getState())).toBe('compare');
  });

  it('does not write the tab a link would open anyway', () => {
    const store = createExplorerStore();
    store.getState().setTab('route');
    expect(selectLinkState(store.getState()).tab).toBe('route');
    store.getState().updateRouteQuery({ route: ['moscow', 'mumbai'] });
    expect(selectLinkState(store.getState())).not.toHaveProperty('tab');
    store.getState().setTab('overview');
    expect(selectLinkState(store.getState()).tab).toBe('overview');
  });

  it('a link that selects something opens its details, unless it names a route', () => {
    const store = createExplorerStore();
    store.getState().applyLink(parseLink('#sel=astara-ir--rasht').state, []);
    expect(store.getState().detailsOpen).toBe(true);
    // Opened by a link, the pane does not take the focus.
    expect(store.getState().detailsFocusRevision).toBe(0);
    store.getState().applyLink(parseLink('#route=moscow~mumbai&sel=astara-ir--rasht').state, []);
    expect(store.getState().detailsOpen).toBe(false);
    expect(store.getState().selection).toBe('astara-ir--rasht');
    store.getState().applyLink(parseLink('#sel=astara-ir--rasht&tab=share').state, []);
    expect(store.getState().detailsOpen).toBe(false);
  });

  it('a selection opens the details pane and asks for focus; back keeps the tab and the selection', () => {
    const store = createExplorerStore();
    store.getState().setTab('compare');
    store.getState().select('baku');
    expect(store.getState()).toMatchObject({ detailsOpen: true, detailsFocusRevision: 1, tab: 'compare' });
    store.getState().closeDetails();
    expect(store.getState()).toMatchObject({ detailsOpen: false, selection: 'baku', tab: 'compare' });
    store.getState().openDetails();
    expect(store.getState()).toMatchObject({ detailsOpen: true, detailsFocusRevision: 2 });
    store.getState().setTab('table');
    expect(store.getState().detailsOpen).toBe(false);
    store.getState().select(undefined);
    store.getState().openDetails();
    expect(store.getState()).toMatchObject({ detailsOpen: false, selection: undefined });
  });

  it('selects without opening the pane when asked (the map card), and keeps an open pane open', () => {
    const store = createExplorerStore();
    store.getState().select('baku', { details: false });
    expect(store.getState()).toMatchObject({ selection: 'baku', detailsOpen: false, detailsFocusRevision: 0 });
    store.getState().openDetails();
    store.getState().select('alat', { details: false });
    expect(store.getState()).toMatchObject({ selection: 'alat', detailsOpen: true, detailsFocusRevision: 1 });
  });

  it('dropping an unknown selection closes the details pane', () => {
    const store = createExplorerStore();
    store.getState().select('no-such-feature');
    store.getState().correctLinkState({}, []);
    expect(store.getState()).toMatchObject({ detailsOpen: false, selection: undefined, tab: undefined });
  });

  it('writes every tab to the link but Share, where links are copied', () => {
    const store = createExplorerStore();
    store.getState().setTab('table');
    expect(selectLinkState(store.getState()).tab).toBe('table');
    store.getState().setTab('share');
    expect(selectActiveTab(store.getState())).toBe('share');
    expect(selectLinkState(store.getState())).not.toHaveProperty('tab');
  });

  it('keeps the highlighted branch and the sheet height out of the link', () => {
    const store = createExplorerStore();
    store.getState().setHighlightBranch('western');
    store.getState().setSheet('full');
    expect(store.getState()).toMatchObject({ highlightBranch: 'western', sheet: 'full' });
    expect(formatLink(selectLinkState(store.getState()), DATA_VERSION)).toBe(`v=1&dv=${DATA_VERSION}`);
  });
});

describe('selectAlertCount', () => {
  it('counts link notices and app alerts, not the folded notes on the data', () => {
    const store = createExplorerStore();
    store.getState().addAppNotice({ id: 'map-error-1', message: 'Map error: x' });
    store.getState().addAppNotice({ id: 'corridor-notes', message: '3 notes', kind: 'note' });
    expect(selectAlertCount(store.getState())).toBe(1);
  });
});
