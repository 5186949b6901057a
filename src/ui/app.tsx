import { useT } from '../i18n/use-t';
import { MapView } from '../map/map-view';
import { DEFAULT_VISIBLE_LAYERS, OVERLAYS } from '../overlays/overlays';
import { useExplorer } from '../state/explorer-context';
import { selectActiveTab, selectLinkState } from '../state/explorer-store';
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
  const t = useT();
  const fullView = useExplorer(
    (state) => `#${formatLink({ ...selectLinkState(state), embed: false }, state.dataVersion)}`,
  );
  return (
    <div className="app app--embedded">
      <main className="map-area" aria-label={t('app.mapRegion')}>
        <ErrorBoundary area="map">
          <MapView />
        </ErrorBoundary>
        <MapStatusMessage />
        <div className="embed-overlay">
          <NoticeList compact />
          <a href={fullView} target="_blank" rel="noopener">
            {t('app.embed.openFull')}
          </a>
          <details>
            <summary>{t('app.embed.key')}</summary>
            <ErrorBoundary area="mapKey">
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

/**
 * Skip links, first in the tab order: to the route's results (opening the Route tab), the map and
 * the tables (opening the Table tab). Each moves the focus to its target once it is shown.
 */
function SkipLinks() {
  const t = useT();
  const setTab = useExplorer((state) => state.setTab);
  // Buttons, not `#fragment` links: the page's hash is its state (the link format).
  const skip = (targetId: string, tab?: 'route' | 'table') => () => {
    if (tab) setTab(tab);
    // The tab renders on the next frame; the target may wait for its data a little longer.
    let tries = 0;
    const focus = () => {
      const target = document.getElementById(targetId);
      if (target) target.focus();
      else if (tries++ < 50) window.setTimeout(focus, 100);
    };
    window.requestAnimationFrame(focus);
  };
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      <button type="button" onClick={skip('route-results-region', 'route')}>
        {t('skip.routeResults')}
      </button>
      <button type="button" onClick={skip('map-region')}>
        {t('skip.map')}
      </button>
      <button type="button" onClick={skip('network-table-region', 'table')}>
        {t('skip.tables')}
      </button>
    </nav>
  );
}

/**
 * The explorer's layout: the panel of tabs beside a full-height map (the map a strip beside the
 * Table tab; on a phone, the map full screen behind the panel as a bottom sheet), or the map alone
 * when embedded.
 */
export function App() {
  const t = useT();
  const embedded = useExplorer((state) => state.passThrough.embed === true);
  const tab = useExplorer(selectActiveTab);
  const tableOpen = useExplorer((state) => selectActiveTab(state) === 'table' && !state.detailsOpen);
  if (embedded) return <EmbeddedApp />;
  return (
    <div className={`app app--tab-${tab}${tableOpen ? ' app--table' : ''}`}>
      <SkipLinks />
      <ErrorBoundary area="panel">
        <SidePanel />
      </ErrorBoundary>
      <main id="map-region" tabIndex={-1} className="map-area skip-target" aria-label={t('app.mapRegion')}>
        <ErrorBoundary area="map">
          <MapView />
        </ErrorBoundary>
        <MapStatusMessage />
      </main>
    </div>
  );
}
