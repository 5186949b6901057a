import '@fontsource/noto-sans/400.css';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/noto-sans-devanagari/400.css';
import './styles.css';
import './print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATA_AS_OF, DATA_VERSION } from './data/data-version';
import { assumptionRanges } from './domain/routing/assumption-catalogue';
import { ENGLISH_CATALOGUE, loadCatalogue } from './i18n/catalogues';
import { I18nProvider } from './i18n/i18n-provider';
import { preferredLanguage } from './i18n/languages';
import { allOverlaysLoaded, loadedSelectableIds, loadOnDemand, overlayLoadFailed } from './map/data-on-demand';
import { OVERLAY_LAYERS } from './overlays/overlays';
import { ExplorerStoreContext } from './state/explorer-context';
import { readyData } from './state/explorer-data';
import { createExplorerStore, selectLanguage } from './state/explorer-store';
import { checkLinkAgainstData } from './state/link/check-link-against-data';
import { startHashSync } from './state/link/hash-sync';
import { App } from './ui/app';
import { preloadExportCode } from './ui/export-code';
import { preloadLaterCode } from './ui/later-code';
import { PrintReport } from './ui/print-report';

const store = createExplorerStore(DATA_VERSION, DATA_AS_OF, preferredLanguage(navigator.languages ?? []));
// The link is applied before anything renders, so the first frame already shows its view.
const hashSync = startHashSync(store, window, DATA_VERSION);
// Each unit of data is asked for when the view first needs it (issue 15 §1): the corridor at
// once, the router with a route, the energy overlays when one is shown or selected.
loadOnDemand(store);
// As the data comes in, ids the link names that the data does not know are dropped with a notice,
// for this link and every link applied later; a selection that may belong to data not loaded yet
// waits for it. Once the routing assumptions are in, so are assumption values outside their range.
const checkLinkIds = () => {
  const state = store.getState();
  const corridor = readyData(state.loaded, 'corridor');
  if (!corridor) return;
  const routing = readyData(state.loaded, 'routing');
  const catalog = {
    placeIds: new Set(corridor.nodeById.keys()),
    segmentIds: new Set(corridor.segmentById.keys()),
    layerIds: new Set(OVERLAY_LAYERS.map((layer) => layer.id)),
    otherFeatureIds: loadedSelectableIds(state),
    featuresPending: !allOverlaysLoaded(state) && !overlayLoadFailed(state),
  };
  const ranges = routing ? assumptionRanges(routing.assumptions) : undefined;
  hashSync.checkIds((link) => checkLinkAgainstData(link, catalog, ranges));
};
store.subscribe((state, previous) => {
  if (state.loaded !== previous.loaded) checkLinkIds();
  // Once the map is drawn, the code exports and the other tabs need is fetched, so they work offline later.
  if (state.mapStatus.kind === 'ready' && previous.mapStatus.kind !== 'ready') {
    void preloadExportCode();
    void preloadLaterCode();
  }
});
checkLinkIds();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The interface opens in its language (the link's `lang`, else the browser's): a language other
// than English renders once its catalogue is in, so that no English is shown first. A catalogue
// that cannot be fetched leaves the interface in English; the provider then asks for it again and,
// failing, says so in a notice.
const language = selectLanguage(store.getState());
const catalogue = await loadCatalogue(language).catch(() => undefined);
const initial = catalogue ? { language, catalogue } : { language: 'en' as const, catalogue: ENGLISH_CATALOGUE };
// An error a boundary catches is shown in place by that boundary (which also warns in the console);
// React's default of logging it as an error again is left out.
createRoot(root, { onCaughtError: () => undefined }).render(
  <StrictMode>
    <ExplorerStoreContext.Provider value={store}>
      <I18nProvider initial={initial}>
        <App />
        <PrintReport />
      </I18nProvider>
    </ExplorerStoreContext.Provider>
  </StrictMode>,
);
