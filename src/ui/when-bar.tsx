import { useState } from 'react';
import { useViewDay } from '../state/explorer-context';
import { SituationPanel } from './situation-panel';
import { readableDay, TimelineControl, ViewDayStatement } from './timeline-panel';

/**
 * The header's "When" bar: the day the whole view shows, in one line; opened, the timeline, the
 * statement of what the day means, and the situation on that day.
 */
export function WhenBar() {
  const { day, basis } = useViewDay();
  const [situationOpen, setSituationOpen] = useState(false);
  return (
    <details className="when-bar" data-testid="when-bar">
      <summary>
        <span className="when-bar__label">Network on</span> <strong>{readableDay(day)}</strong>
        {basis === 'as-of' ? ' (as of the data)' : ''} <span className="when-bar__action">· change day, situation</span>
      </summary>
      <div className="when-bar__body">
        <ViewDayStatement />
        <TimelineControl />
        <details className="situation-details" onToggle={(event) => setSituationOpen(event.currentTarget.open)}>
          <summary>The situation on this day: what is closed, suspended or restricted, and why</summary>
          {/* Built when opened: it reads every overlay's data (the energy assets too), which a closed panel should not load. */}
          {situationOpen ? <SituationPanel /> : null}
        </details>
      </div>
    </details>
  );
}
