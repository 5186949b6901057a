import './data/zod-without-eval';
import '@fontsource/noto-sans/400.css';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/noto-sans-devanagari/400.css';
import './styles.css';
import './print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATA_AS_OF, DATA_VERSION } from './data/data-version';
import { assumptionRanges } from './domain/routing/assumption-catalogue';
import { OVERLAY_LAYERS, OVERLAYS } from './overlays/overlays';
import { ExplorerStoreContext } from './state/explorer-context';
import { readyData } from './state/explorer-data';
import { createExplorerStore } from './state/explorer-store';
import { checkLinkAgainstData } from './state/link/check-link-against-data';
import { startHashSync } from './state/link/hash-sync';
import { requestData } from './state/load-data';
import { App } from './ui/app';
import { PrintReport } from './ui/print-report';

const store = createExplorerStore(DATA_VERSION, DATA_AS_OF);
// The link is applied before anything renders, so the first frame already shows its view.
const hashSync = startHashSync(store, window, DATA_VERSION);
// Once the data is in, ids the link names that the data does not know are dropped with a notice,
// for this link and every link applied later; once the routing assumptions are in, so are
// assumption values outside their range.
Promise.all([requestData(store, 'corridor'), requestData(store, 'energy').catch(() => undefined)])
  .then(([corridor]) => {
    const loaded = store.getState().loaded;
    const selectable = OVERLAYS.flatMap(({ dataUnit, overlay }) => {
      const data = readyData(loaded, dataUnit);
      return data === undefined ? [] : [...overlay.selectableIds(data as never)];
    });
    const catalog = {
      placeIds: new Set(corridor.nodeById.keys()),
      segmentIds: new Set(corridor.segmentById.keys()),
      layerIds: new Set(OVERLAY_LAYERS.map((layer) => layer.id)),
      otherFeatureIds: new Set(selectable),
    };
    hashSync.checkIds((state) => checkLinkAgainstData(state, catalog));
    return requestData(store, 'routing').then(({ assumptions }) => {
      const ranges = assumptionRanges(assumptions);
      hashSync.checkIds((state) => checkLinkAgainstData(state, catalog, ranges));
    });
  })
  .catch(() => {
    // The loader reports a corridor or routing data that cannot be loaded; the link keeps its ids
    // (and assumption values) meanwhile.
  });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// An error a boundary catches is shown in place by that boundary (which also warns in the console);
// React's default of logging it as an error again is left out.
createRoot(root, { onCaughtError: () => undefined }).render(
  <StrictMode>
    <ExplorerStoreContext.Provider value={store}>
      <App />
      <PrintReport />
    </ExplorerStoreContext.Provider>
  </StrictMode>,
);
