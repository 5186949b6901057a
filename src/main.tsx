import '@fontsource/noto-sans/400.css';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/noto-sans-devanagari/400.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getCorridor } from './data/corridor-resource';
import { DATA_VERSION } from './data/data-version';
import { getEnergyIfAvailable } from './data/energy-resource';
import { KNOWN_LAYER_IDS } from './domain/overlay-layers';
import { ExplorerStoreContext } from './state/explorer-context';
import { createExplorerStore, selectLinkState } from './state/explorer-store';
import { dropUnknownIds } from './state/link/drop-unknown-ids';
import { startHashSync } from './state/link/hash-sync';
import { App } from './ui/app';

const store = createExplorerStore();
// The link is applied before anything renders, so the first frame already shows its view.
const hashSync = startHashSync(store, window, DATA_VERSION);
// Once the data is in, ids it does not know are dropped from the link, with a notice.
Promise.all([getCorridor(), getEnergyIfAvailable()])
  .then(([corridor, energy]) => {
    const catalog = {
      placeIds: new Set(corridor.nodeById.keys()),
      segmentIds: new Set(corridor.segmentById.keys()),
      layerIds: new Set(KNOWN_LAYER_IDS),
      otherFeatureIds: new Set([
        ...(energy?.pipelineById.keys() ?? []),
        ...(energy?.lngById.keys() ?? []),
        ...(energy?.swapById.keys() ?? []),
      ]),
    };
    const { state, notices } = dropUnknownIds(selectLinkState(store.getState()), catalog);
    if (notices.length > 0) hashSync.correctWithoutHistoryStep(() => store.getState().correctLinkState(state, notices));
  })
  .catch(() => {
    // The map reports a corridor that cannot be loaded; the link keeps its ids meanwhile.
  });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ExplorerStoreContext.Provider value={store}>
      <App />
    </ExplorerStoreContext.Provider>
  </StrictMode>,
);
