import { lazy, type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { routeHeadline } from '../domain/figure/figure-text';
import { MAXIMUM_ZOOM } from '../domain/view-limits';
import type { MessageId } from '../i18n/catalogues';
import { createFigureWords } from '../i18n/figure-words';
import { Message, useDisplayNames, useT, useWording } from '../i18n/use-t';
import { boundsOfSegments } from '../overlays/corridor/corridor-features';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../overlays/overlays';
import { useDataVersion, useExplorer, useExplorerStore, useLoadedData } from '../state/explorer-context';
import { type SheetHeight, selectActiveTab, selectAlertCount } from '../state/explorer-store';
import type { PanelTab } from '../state/link/link-state';
import { selectRouteAnswers } from '../state/select-route-answers';
import { AboutDialog } from './about-dialog';
import { DetailsPane, SelectionAnnouncer, SelectionBar, useFeatureName } from './details-pane';
import { ErrorBoundary } from './error-boundary';
import { LanguageSwitch } from './language-switch';
import { NoticeList } from './notice-list';
import { OverviewTab } from './overview-tab';
import { PanelSection } from './panel-section';
import { TAB_LABELS, TabStrip, tabButtonId, tabPanelId } from './panel-tabs';
import { PlaceDetails } from './place-details';
import { WhenBar } from './when-bar';

/**
 * Tabs a first view does not show load their code when opened (issue 15's first-view budget, and
 * issue 16's: the first view's script grows by no more than the active language's catalogue). Their
 * section's Suspense boundary shows its loading line meanwhile.
 */
const SegmentComparison = lazy(() =>
  import('./segment-comparison').then((module) => ({ default: module.SegmentComparison })),
);
const RouteTab = lazy(() => import('./route-tab').then((module) => ({ default: module.RouteTab })));
const SharePanel = lazy(() => import('./share-panel').then((module) => ({ default: module.SharePanel })));

/** Degrees around a place the map shows when a place is chosen in the table. */
const PLACE_MARGIN = 1.5;

/**
 * While the Table tab shows: a segment or place chosen in a table flies the map there (its
 * details then open in place of the tab; Back returns to the table).
 */
function FlyToTableSelection() {
  const store = useExplorerStore();
  const corridor = useLoadedData('corridor');
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (!state.selection || state.selection === previous.selection) return;
        if (selectActiveTab(previous) !== 'table' || previous.detailsOpen) return;
        const node = corridor.nodeById.get(state.selection);
        const [longitude, latitude] = node?.geometry.coordinates ?? [];
        const box =
          longitude !== undefined && latitude !== undefined
            ? {
                west: longitude - PLACE_MARGIN,
                south: latitude - PLACE_MARGIN,
                east: longitude + PLACE_MARGIN,
                north: latitude + PLACE_MARGIN,
              }
            : boundsOfSegments(corridor, [state.selection]);
        // After this change has reached every listener: a store change made inside a listener would
        // let the later listeners apply the older state (the map went back to the link's camera).
        if (box) queueMicrotask(() => store.getState().fitTo(box));
      }),
    [store, corridor],
  );
  return null;
}

/** The content of each tab: short, about a screen before scrolling. */
function TabContent({ tab }: { tab: PanelTab }) {
  const t = useT();
  const resetView = useExplorer((state) => state.resetView);
  switch (tab) {
    case 'overview':
      return (
        <>
          <PanelSection id="overview" title={t('tabs.overview')} area="overview" loading={t('loading.corridor')}>
            <OverviewTab />
          </PanelSection>
          <PanelSection id="layers" title={t('section.layers')} area="layers" loading={t('loading.generic')}>
            {OVERLAYS.filter(({ overlay }) => overlay.id === 'corridor').map(({ overlay, panels: { Legend } }) => (
              <Legend key={overlay.id} defaultLayers={DEFAULT_VISIBLE_LAYERS} />
            ))}
            <button type="button" onClick={resetView}>
              {t('layers.showWhole')}
            </button>
          </PanelSection>
          <PanelSection id="place" title={t('section.place')} area="place" loading={t('loading.placeNames')}>
            <PlaceDetails />
          </PanelSection>
        </>
      );
    case 'route':
      return (
        <PanelSection id="route" title={t('tabs.route')} area="route" loading={t('loading.network')}>
          <RouteTab />
        </PanelSection>
      );
    case 'compare':
      return (
        <PanelSection id="comparison" title={t('section.comparison')} area="comparison" loading={t('loading.generic')}>
          <SegmentComparison />
        </PanelSection>
      );
    case 'energy':
      return (
        <PanelSection id="energy" title={t('tabs.energy')} area="energy" loading={t('loading.energy')}>
          {OVERLAYS.filter(({ overlay }) => overlay.id !== 'corridor').map(({ overlay, panels: { Legend } }) => (
            <Legend key={overlay.id} defaultLayers={DEFAULT_VISIBLE_LAYERS} />
          ))}
          <p className="hint">{t('energy.hint')}</p>
        </PanelSection>
      );
    case 'table':
      return (
        <PanelSection id="network" title={t('section.tables')} area="tables" loading={t('loading.corridor')}>
          <FlyToTableSelection />
          <div id="network-table-region" tabIndex={-1} className="skip-target">
            {/* Each table waits for its own data: the network's shows while the energy overlays load. */}
            {OVERLAYS.map(({ overlay, panels: { Table } }) => (
              <Suspense key={overlay.id} fallback={<p className="hint">{t('loading.table')}</p>}>
                <Table />
              </Suspense>
            ))}
          </div>
        </PanelSection>
      );
    case 'share':
      return (
        <PanelSection id="share" title={t('section.share')} area="share" loading={t('loading.generic')}>
          <SharePanel />
        </PanelSection>
      );
  }
}

/**
 * Makes every box in the tab panel that scrolls (a wide table, a chart) reachable by keyboard: one
 * that holds nothing focusable gets a tab stop, so its hidden part can be scrolled into view.
 */
function useFocusableScrollers(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const update = () => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(element);
        const scrolls =
          (/(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
          (/(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
        if (!scrolls || element.hasAttribute('tabindex')) continue;
        if (element.querySelector('a[href], button, input, select, textarea, [tabindex]')) continue;
        element.tabIndex = 0;
      }
    };
    update();
    const observer = new MutationObserver(() => window.requestAnimationFrame(update));
    observer.observe(root, { childList: true, subtree: true });
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [container]);
}

const NEXT_SHEET: Record<SheetHeight, SheetHeight> = { peek: 'half', half: 'full', full: 'peek' };
const SHEET_WORDS = { peek: 'sheet.more', half: 'sheet.all', full: 'sheet.map' } as const satisfies Record<
  SheetHeight,
  MessageId
>;

const PHONE_QUERY = '(max-width: 600px)';

/** Whether the window is phone-sized (the layout's bottom sheet); follows resizes. */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(PHONE_QUERY).matches === true);
  useEffect(() => {
    const query = window.matchMedia?.(PHONE_QUERY);
    if (!query) return;
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

/** The route's answer in one line, for the lowered sheet: its headline figures with their ranges. */
function RoutePeek() {
  const t = useT();
  const corridor = useLoadedData('corridor');
  const routing = useLoadedData('routing');
  const routeQuery = useExplorer((state) => state.routeQuery);
  const answers = selectRouteAnswers(routeQuery, routing.router);
  const names = useDisplayNames(corridor);
  const wording = useWording();
  const places = routeQuery.route ?? [];
  if (answers?.route.kind !== 'route')
    return (
      <>
        {t('sheet.noRoute', { from: names.place(places[0] ?? ''), to: names.place(places[places.length - 1] ?? '') })}
      </>
    );
  return <>{routeHeadline(answers.route.route, names, createFigureWords(wording))}</>;
}

/** On a phone, the sheet's handle: what it shows at its lowest (the selection or the route), and a button to pull it. */
function SheetHandle() {
  const t = useT();
  const sheet = useExplorer((state) => state.sheet);
  const setSheet = useExplorer((state) => state.setSheet);
  const selection = useExplorer((state) => state.selection);
  const route = useExplorer((state) => state.routeQuery.route);
  const name = useFeatureName(selection);
  const narrow = useNarrow();
  if (!narrow) return null;
  return (
    <div className="sheet-handle">
      <button type="button" className="sheet-handle__button" onClick={() => setSheet(NEXT_SHEET[sheet])}>
        <span className="sheet-handle__grip" aria-hidden="true" />
        <span className="sheet-handle__peek">
          {name ? (
            t('sheet.selected', { name })
          ) : route ? (
            <Suspense fallback={t('loading.route')}>
              <RoutePeek />
            </Suspense>
          ) : (
            t('sheet.idle')
          )}
        </span>
        <span className="sheet-handle__words">{t(SHEET_WORDS[sheet])}</span>
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
  const t = useT();
  const dataVersion = useDataVersion();
  const tab = useExplorer(selectActiveTab);
  const detailsOpen = useExplorer((state) => state.detailsOpen);
  const selection = useExplorer((state) => state.selection);
  const sheet = useExplorer((state) => state.sheet);
  const buttons = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const narrow = useNarrow();
  const noticeCount = useExplorer(selectAlertCount);
  const showDetails = detailsOpen && selection !== undefined;
  const tabPanel = useRef<HTMLDivElement>(null);
  useFocusableScrollers(tabPanel);
  return (
    <aside className={`side-panel side-panel--sheet-${sheet}`} aria-label={t('app.panel')}>
      <ErrorBoundary area="sheetHandle">
        <Suspense fallback={null}>
          <SheetHandle />
        </Suspense>
      </ErrorBoundary>
      <header className="side-panel__header">
        <div className="side-panel__title">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch />
          <AboutDialog />
        </div>
        <p className="side-panel__subtitle">{t('app.subtitle')}</p>
        <ErrorBoundary area="timeline">
          <Suspense fallback={<p className="hint">{t('loading.corridor')}</p>}>
            <WhenBar />
          </Suspense>
        </ErrorBoundary>
      </header>
      <ErrorBoundary area="notices">
        {narrow && noticeCount > 0 ? (
          // On a phone the notices fold to one line, so that the answer stays in the sheet's first screen.
          <details className="notices-fold">
            <summary>{t('notices.fold', { count: noticeCount })}</summary>
            <NoticeList />
          </details>
        ) : (
          <NoticeList />
        )}
      </ErrorBoundary>
      <TabStrip buttons={buttons} />
      <ErrorBoundary area="selection">
        <Suspense fallback={null}>
          <SelectionAnnouncer />
          <SelectionBar />
        </Suspense>
      </ErrorBoundary>
      {showDetails ? (
        <ErrorBoundary area="details">
          <Suspense fallback={<p className="hint">{t('loading.corridor')}</p>}>
            <DetailsPane onBack={() => buttons.current[tab]?.focus()} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      {/* Hidden, not unmounted, under the details pane: Back finds the tab as it was (filters, sort, forms). */}
      <div
        ref={tabPanel}
        role="tabpanel"
        id={tabPanelId(tab)}
        aria-labelledby={tabButtonId(tab)}
        className="tab-panel"
        hidden={showDetails}
      >
        <TabContent tab={tab} />
      </div>
      <footer className="side-panel__footer">
        <p>
          <Message
            id="footer.credits"
            values={{
              tab: t(TAB_LABELS[tab]),
              version: <span data-testid="data-version">{dataVersion}</span>,
              zoom: MAXIMUM_ZOOM,
            }}
          />
        </p>
      </footer>
    </aside>
  );
}
