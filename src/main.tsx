import '@fontsource/noto-sans/400.css';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/noto-sans-devanagari/400.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATA_VERSION } from './data/data-version';
import { ExplorerStoreContext } from './state/explorer-context';
import { createExplorerStore } from './state/explorer-store';
import { startHashSync } from './state/link/hash-sync';
import { App } from './ui/app';

const store = createExplorerStore();
// The link is applied before anything renders, so the first frame already shows its view.
startHashSync(store, window, DATA_VERSION);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ExplorerStoreContext.Provider value={store}>
      <App />
    </ExplorerStoreContext.Provider>
  </StrictMode>,
);
