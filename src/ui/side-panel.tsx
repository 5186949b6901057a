import { MAXIMUM_ZOOM } from '../domain/view-limits';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../overlays/overlays';
import { useDataVersion, useExplorer } from '../state/explorer-context';
import { AssumptionsEditor } from './assumptions-editor';
import { ErrorBoundary } from './error-boundary';
import { NoticeList } from './notice-list';
import { PanelSection } from './panel-section';
import { PlaceDetails } from './place-details';
import { RouteQueryControls } from './route-query-controls';
import { RouteResults } from './route-results';
import { SegmentComparison } from './segment-comparison';
import { SelectionDetails } from './selection-details';
import { SharePanel } from './share-panel';
import { SituationPanel } from './situation-panel';
import { TimelineControl, ViewDayStatement } from './timeline-panel';

/**
 * The side panel: notices, sharing, the route explorer, the segment comparison, the selected
 * feature, the network tables, the map's layers and key, the clicked city and the view.
 */
export function SidePanel() {
  const resetView = useExplorer((state) => state.resetView);
  const dataVersion = useDataVersion();
  return (
    <aside className="side-panel" aria-label="Explorer panel">
      <header className="side-panel__header">
        <h1>INSTC Explorer</h1>
        <p className="side-panel__subtitle">International North–South Transport Corridor</p>
      </header>
      <ErrorBoundary area="the notices">
        <NoticeList />
      </ErrorBoundary>
      <PanelSection id="when" title="When: the network on a day" area="the timeline" loading="Loading the corridor…">
        <ViewDayStatement />
        <TimelineControl />
        <details className="situation-details">
          <summary>The situation on this day: what is closed, suspended or restricted, and why</summary>
          <SituationPanel />
        </details>
      </PanelSection>
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
          {OVERLAYS.map(({ overlay, panels: { Table } }) => (
            <Table key={overlay.id} />
          ))}
        </details>
      </PanelSection>
      <PanelSection id="layers" title="Map layers" area="the map key" loading="Loading…">
        {OVERLAYS.map(({ overlay, panels: { Legend } }) => (
          <Legend key={overlay.id} defaultLayers={DEFAULT_VISIBLE_LAYERS} />
        ))}
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
          Data version <span data-testid="data-version">{dataVersion}</span>. Basemap: Natural Earth 1:50m (public
          domain), shown up to zoom {MAXIMUM_ZOOM}, beyond which its coastlines are too coarse to be honest. City
          positions: GeoNames (CC BY 4.0). Fonts: Noto Sans, Noto Sans Devanagari and Vazirmatn (SIL OFL).
        </p>
      </footer>
    </aside>
  );
}
