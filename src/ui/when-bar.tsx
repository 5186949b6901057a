import { lazy, Suspense, useState } from 'react';
import { Message, useFormatDay, useT } from '../i18n/use-t';
import { useViewDay } from '../state/explorer-context';
import { TimelineControl, ViewDayStatement } from './timeline-panel';

/** Loaded when the reader opens it (it is not in the first view). */
const SituationPanel = lazy(() => import('./situation-panel').then((module) => ({ default: module.SituationPanel })));

/**
 * The header's "When" bar: the day the whole view shows, in one line; opened, the timeline, the
 * statement of what the day means, and the situation on that day.
 */
export function WhenBar() {
  const t = useT();
  const formatDay = useFormatDay();
  const { day, basis } = useViewDay();
  const [situationOpen, setSituationOpen] = useState(false);
  return (
    <details className="when-bar" data-testid="when-bar">
      <summary>
        <Message id="when.networkOn" values={{ day: <strong>{formatDay(day)}</strong> }} />
        {basis === 'as-of' ? ` ${t('when.asOf')}` : ''} <span className="when-bar__action">{t('when.action')}</span>
      </summary>
      <div className="when-bar__body">
        <ViewDayStatement />
        <TimelineControl />
        <details className="situation-details" onToggle={(event) => setSituationOpen(event.currentTarget.open)}>
          <summary>{t('when.situation')}</summary>
          {/* Built when opened: it reads every overlay's data (the energy assets too), which a closed panel should not load. */}
          {situationOpen ? (
            <Suspense fallback={<p className="hint">{t('loading.generic')}</p>}>
              <SituationPanel />
            </Suspense>
          ) : null}
        </details>
      </div>
    </details>
  );
}
