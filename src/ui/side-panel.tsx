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
import { PanelSection } from './panel-section';
import { PlaceDetails } from './place-details';
import { RouteQueryControls } from './route-query-controls';
import { RouteResults } from './route-results';
import { SegmentComparison } from './segment-comparison';
import { SelectionDetails } from './selection-details';
import { SharePanel } from './share-panel';

/**
 * The side panel: notices, sharing, the route explorer, the segment comparison, the selected
 * feature, the network tables, the map's layers and key, the clicked city and the view.
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
      <PanelSection id="share" title="Share and cite" area="sharing" loading="Loading…">
        <SharePanel />
      </PanelSection>
      <PanelSection id="route" title="Route" area="the route explorer" loading="Loading the network…">
        <RouteQueryControls />
        <RouteResults />
        <AssumptionsEditor />
      </PanelSection>
      <PanelSection
        id="comparison"
        title="Compare segments"
        area="the segment comparison"
        loading="Loading the corridor…"
      >
        <SegmentComparison />
      </PanelSection>
      <PanelSection id="selection" title="Selected feature" area="the feature details" loading="Loading the corridor…">
        <SelectionDetails />
      </PanelSection>
      <PanelSection id="network" title="Network table" area="the network table" loading="Loading the corridor…">
        <details>
          <summary>Every segment as a table (sortable, filterable)</summary>
          <NetworkTable />
          <EnergyTable />
        </details>
      </PanelSection>
      <PanelSection id="layers" title="Map layers" area="the map key" loading="Loading…">
        <LayerLegend />
        <EnergyLegend />
      </PanelSection>
      <PanelSection id="place" title="Place" area="the place details" loading="Loading place names…">
        <PlaceDetails />
      </PanelSection>
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
          positions: GeoNames (CC BY 4.0). Fonts: Noto Sans, Noto Sans Devanagari and Vazirmatn (SIL OFL).
        </p>
      </footer>
    </aside>
  );
}
