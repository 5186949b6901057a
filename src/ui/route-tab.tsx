import { Suspense } from 'react';
import { useT } from '../i18n/use-t';
import { AssumptionsEditor } from './assumptions-editor';
import { RouteQueryControls } from './route-query-controls';
import { RouteResults } from './route-results';

/**
 * The Route tab's content: the question, then the answers and the assumptions behind them. Its
 * own chunk, loaded when the tab shows (a link with a route shows it at once, while the router's
 * data loads beside it); `preloadLaterCode` fetches it once the map is ready.
 */
export function RouteTab() {
  const t = useT();
  return (
    <>
      <RouteQueryControls />
      {/* Its own boundary: while the routes load, the question (and the focus in it) stays. */}
      <Suspense fallback={<p className="hint">{t('loading.routes')}</p>}>
        <div id="route-results-region" tabIndex={-1} className="skip-target">
          <RouteResults />
        </div>
        <AssumptionsEditor />
      </Suspense>
    </>
  );
}
