import { MapView } from '../map/map-view';
import { ErrorBoundary } from './error-boundary';
import { MapStatusMessage } from './map-status-message';
import { SidePanel } from './side-panel';

/** The explorer's layout: the side panel beside a full-height map. */
export function App() {
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
