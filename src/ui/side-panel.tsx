import { Suspense, useRef } from 'react';
import { MAXIMUM_ZOOM } from '../domain/view-limits';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../overlays/overlays';
import { useDataVersion, useExplorer } from '../state/explorer-context';
import { type SheetHeight, selectActiveTab } from '../state/explorer-store';
import type { PanelTab } from '../state/link/link-state';
import { AboutDialog } from './about-dialog';
import { AssumptionsEditor } from './assumptions-editor';
import { DetailsPane, SelectionAnnouncer, SelectionBar, useFeatureName } from './details-pane';
import { ErrorBoundary } from './error-boundary';
import { NoticeList } from './notice-list';
import { OverviewTab } from './overview-tab';
import { PanelSection } from './panel-section';
import { TAB_LABELS, TabStrip, tabButtonId, tabPanelId } from './panel-tabs';
import { PlaceDetails } from './place-details';
import { RouteQueryControls } from './route-query-controls';
import { RouteResults } from './route-results';
import { SegmentComparison } from './segment-comparison';
import { SharePanel } from './share-panel';
import { WhenBar } from './when-bar';

/** The content of each tab: short, about a screen before scrolling. */
function TabContent({ tab }: { tab: PanelTab }) {
  const resetView = useExplorer((state) => state.resetView);
  switch (tab) {
    case 'overview':
      return (
        <>
          <PanelSection id="overview" title="Overview" area="the overview" loading="Loading the corridor…">
            <OverviewTab />
          </PanelSection>
          <PanelSection id="layers" title="Map layers" area="the map's layers" loading="Loading…">
            {OVERLAYS.filter(({ overlay }) => overlay.id === 'corridor').map(({ overlay, panels: { Legend } }) => (
              <Legend key={overlay.id} defaultLayers={DEFAULT_VISIBLE_LAYERS} />
            ))}
            <button type="button" onClick={resetView}>
              Show the whole corridor
            </button>
          </PanelSection>
          <PanelSection id="place" title="Place" area="the place details" loading="Loading place names…">
            <PlaceDetails />
          </PanelSection>
        </>
      );
    case 'route':
      return (
        <PanelSection id="route" title="Route" area="the route explorer" loading="Loading the network…">
          <RouteQueryControls />
          {/* Its own boundary: while the routes load, the question (and the focus in it) stays. */}
          <Suspense fallback={<p className="hint">Computing the routes…</p>}>
            <div id="route-results-region" tabIndex={-1} className="skip-target">
              <RouteResults />
            </div>
            <AssumptionsEditor />
          </Suspense>
        </PanelSection>
      );
    case 'compare':
      return (
        <PanelSection id="comparison" title="Compare segments" area="the segment comparison" loading="Loading…">
          <SegmentComparison />
        </PanelSection>
      );
    case 'energy':
      return (
        <PanelSection id="energy" title="Energy" area="the energy layers" loading="Loading the energy overlays…">
          {OVERLAYS.filter(({ overlay }) => overlay.id !== 'corridor').map(({ overlay, panels: { Legend } }) => (
            <Legend key={overlay.id} defaultLayers={DEFAULT_VISIBLE_LAYERS} />
          ))}
          <p className="hint">
            Click a pipeline, LNG project or swap on the map, or choose it in the Table tab, for its details and
            sources.
          </p>
        </PanelSection>
      );
    case 'table':
      return (
        <PanelSection id="network" title="Network and energy tables" area="the tables" loading="Loading the corridor…">
          <div id="network-table-region" tabIndex={-1} className="skip-target">
            {OVERLAYS.map(({ overlay, panels: { Table } }) => (
              <Table key={overlay.id} />
            ))}
          </div>
        </PanelSection>
      );
    case 'share':
      return (
        <PanelSection id="share" title="Share and cite" area="sharing" loading="Loading…">
          <SharePanel />
        </PanelSection>
      );
  }
}

const NEXT_SHEET: Record<SheetHeight, SheetHeight> = { peek: 'half', half: 'full', full: 'peek' };
const SHEET_WORDS: Record<SheetHeight, string> = { peek: 'Show more', half: 'Show all', full: 'Show the map' };

/** On a phone, the sheet's handle: what it shows at its lowest (the selection or the route), and a button to pull it. */
function SheetHandle() {
  const sheet = useExplorer((state) => state.sheet);
  const setSheet = useExplorer((state) => state.setSheet);
  const selection = useExplorer((state) => state.selection);
  const route = useExplorer((state) => state.routeQuery.route);
  const name = useFeatureName(selection);
  return (
    <div className="sheet-handle">
      <button
        type="button"
        className="sheet-handle__button"
        aria-label={`${SHEET_WORDS[sheet]} (panel ${sheet === 'peek' ? 'lowered' : sheet === 'half' ? 'half open' : 'open'})`}
        onClick={() => setSheet(NEXT_SHEET[sheet])}
      >
        <span className="sheet-handle__grip" aria-hidden="true" />
        <span className="sheet-handle__peek">
          {name ? `Selected: ${name}` : route ? 'Route: see the answer below' : 'INSTC Explorer'}
        </span>
        <span className="sheet-handle__words">{SHEET_WORDS[sheet]}</span>
      </button>
    </div>
  );
}

/**
 * The panel: a header (title, About / Method, the day the view shows), notices, the selection,
 * then either the details pane or one of the tabs (Overview, Route, Compare, Energy, Table, Share
 * and cite). On a phone it is a bottom sheet over the map (peek, half, full).
 */
export function SidePanel() {
  const dataVersion = useDataVersion();
  const tab = useExplorer(selectActiveTab);
  const detailsOpen = useExplorer((state) => state.detailsOpen);
  const selection = useExplorer((state) => state.selection);
  const sheet = useExplorer((state) => state.sheet);
  const buttons = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const showDetails = detailsOpen && selection !== undefined;
  return (
    <aside className={`side-panel side-panel--sheet-${sheet}`} aria-label="Explorer panel">
      <SheetHandle />
      <header className="side-panel__header">
        <div className="side-panel__title">
          <h1>INSTC Explorer</h1>
          <AboutDialog />
        </div>
        <p className="side-panel__subtitle">International North–South Transport Corridor</p>
        <ErrorBoundary area="the timeline">
          <Suspense fallback={<p className="hint">Loading the corridor…</p>}>
            <WhenBar />
          </Suspense>
        </ErrorBoundary>
      </header>
      <ErrorBoundary area="the notices">
        <NoticeList />
      </ErrorBoundary>
      <TabStrip buttons={buttons} />
      <ErrorBoundary area="the selection">
        <Suspense fallback={null}>
          <SelectionAnnouncer />
          <SelectionBar />
        </Suspense>
      </ErrorBoundary>
      {showDetails ? (
        <ErrorBoundary area="the feature details">
          <Suspense fallback={<p className="hint">Loading the corridor…</p>}>
            <DetailsPane onBack={() => buttons.current[tab]?.focus()} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <div role="tabpanel" id={tabPanelId(tab)} aria-labelledby={tabButtonId(tab)} className="tab-panel">
          <TabContent tab={tab} />
        </div>
      )}
      <footer className="side-panel__footer">
        <p>
          {TAB_LABELS[tab]} · Data version <span data-testid="data-version">{dataVersion}</span>. Basemap: Natural Earth
          1:50m (public domain), shown up to zoom {MAXIMUM_ZOOM}, beyond which its coastlines are too coarse to be
          honest. City positions: GeoNames (CC BY 4.0). Fonts: Noto Sans, Noto Sans Devanagari and Vazirmatn (SIL OFL).
        </p>
      </footer>
    </aside>
  );
}
