import { Suspense } from 'react';
import { DATA_VERSION } from '../data/data-version';
import { MAXIMUM_ZOOM } from '../domain/view-limits';
import { useExplorer } from '../state/explorer-context';
import { AssumptionsEditor } from './assumptions-editor';
import { EnergyLegend } from './energy-legend';
import { EnergyTable } from './energy-table';
import { ErrorBoundary } from './error-boundary';
import { LayerLegend } from './layer-legend';
import { NetworkTable } from './network-table';
import { NoticeList } from './notice-list';
import { PlaceDetails } from './place-details';
import { RouteQueryControls } from './route-query-controls';
import { RouteResults } from './route-results';
import { SegmentComparison } from './segment-comparison';
import { SelectionDetails } from './selection-details';
import { SharePanel } from './share-panel';

/**
 * The side panel: what the explorer is, notices, the selected place, and the view controls.
 * Later features (corridor, routes, comparison, overlays) add their sections here.
 */
export function SidePanel() {
  const resetView = useExplorer((state) => state.resetView);
  return (
    <aside className="side-panel" aria-label="Explorer panel">
      <header className="side-panel__header">
        <h1>INSTC Explorer</h1>
        <p className="side-panel__subtitle">International North–South Transport Corridor</p>
      </header>
      <ErrorBoundary area="the notices">
        <NoticeList />
      </ErrorBoundary>
      <section aria-labelledby="share-heading" className="panel-section">
        <h2 id="share-heading">Share and cite</h2>
        <ErrorBoundary area="sharing">
          <SharePanel />
        </ErrorBoundary>
      </section>
      <section aria-labelledby="route-heading" className="panel-section">
        <h2 id="route-heading">Route</h2>
        <ErrorBoundary area="the route explorer">
          <Suspense fallback={<p className="hint">Loading the network…</p>}>
            <RouteQueryControls />
            <RouteResults />
            <AssumptionsEditor />
          </Suspense>
        </ErrorBoundary>
      </section>
      <section aria-labelledby="comparison-heading" className="panel-section">
        <h2 id="comparison-heading">Compare segments</h2>
        <ErrorBoundary area="the segment comparison">
          <Suspense fallback={<p className="hint">Loading the corridor…</p>}>
            <SegmentComparison />
          </Suspense>
        </ErrorBoundary>
      </section>
      <section aria-labelledby="selection-heading" className="panel-section">
        <h2 id="selection-heading">Selected feature</h2>
        <ErrorBoundary area="the feature details">
          <Suspense fallback={<p className="hint">Loading the corridor…</p>}>
            <SelectionDetails />
          </Suspense>
        </ErrorBoundary>
      </section>
      <section aria-labelledby="network-heading" className="panel-section">
        <h2 id="network-heading">Network table</h2>
        <details>
          <summary>Every segment as a table (sortable, filterable)</summary>
          <ErrorBoundary area="the network table">
            <Suspense fallback={<p className="hint">Loading the corridor…</p>}>
              <NetworkTable />
              <EnergyTable />
            </Suspense>
          </ErrorBoundary>
        </details>
      </section>
      <section aria-labelledby="layers-heading" className="panel-section">
        <h2 id="layers-heading">Map layers</h2>
        <ErrorBoundary area="the map key">
          <LayerLegend />
          <EnergyLegend />
        </ErrorBoundary>
      </section>
      <section aria-labelledby="place-heading" className="panel-section">
        <h2 id="place-heading">Place</h2>
        <ErrorBoundary area="the place details">
          <Suspense fallback={<p className="hint">Loading place names…</p>}>
            <PlaceDetails />
          </Suspense>
        </ErrorBoundary>
      </section>
      <section aria-labelledby="view-heading" className="panel-section">
        <h2 id="view-heading">View</h2>
        <button type="button" onClick={resetView}>
          Show the whole corridor
        </button>
      </section>
      <footer className="side-panel__footer">
        <p>
          Data version <span data-testid="data-version">{DATA_VERSION}</span>. Basemap: Natural Earth 1:50m (public
          domain), shown up to zoom {MAXIMUM_ZOOM}, beyond which its coastlines are too coarse to be honest. City
          positions: GeoNames (CC BY 4.0). Fonts: Noto Sans and Vazirmatn (SIL OFL).
        </p>
      </footer>
    </aside>
  );
}
