import { MapView } from '../map/map-view';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../overlays/overlays';
import { useExplorer } from '../state/explorer-context';
import { selectLinkState } from '../state/explorer-store';
import { formatLink } from '../state/link/format-link';
import { ErrorBoundary } from './error-boundary';
import { MapStatusMessage } from './map-status-message';
import { NoticeList } from './notice-list';
import { SidePanel } from './side-panel';

/**
 * Embed mode (`embed=1`): the map alone, interactive, with its key and attribution and a link to
 * the full view of the same state.
 */
function EmbeddedApp() {
  const fullView = useExplorer(
    (state) => `#${formatLink({ ...selectLinkState(state), embed: false }, state.dataVersion)}`,
  );
  return (
    <div className="app app--embedded">
      <main className="map-area" aria-label="Map of the corridor region">
        <ErrorBoundary area="the map">
          <MapView />
        </ErrorBoundary>
        <MapStatusMessage />
        <div className="embed-overlay">
          <NoticeList compact />
          <a href={fullView} target="_blank" rel="noopener">
            Open the full view in INSTC Explorer
          </a>
          <details>
            <summary>Key</summary>
            <ErrorBoundary area="the map key">
              {OVERLAYS.map(({ overlay, panels: { Legend } }) => (
                <Legend key={overlay.id} defaultLayers={DEFAULT_VISIBLE_LAYERS} />
              ))}
            </ErrorBoundary>
          </details>
        </div>
      </main>
    </div>
  );
}

/** The explorer's layout: the side panel beside a full-height map, or the map alone when embedded. */
export function App() {
  const embedded = useExplorer((state) => state.passThrough.embed === true);
  if (embedded) return <EmbeddedApp />;
  return (
    <div className="app">
      <ErrorBoundary area="the side panel">
        <SidePanel />
      </ErrorBoundary>
      <main className="map-area" aria-label="Map of the corridor region">
        <ErrorBoundary area="the map">
          <MapView />
        </ErrorBoundary>
        <MapStatusMessage />
      </main>
    </div>
  );
}
