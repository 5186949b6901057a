import { type StatusEntry, statusRecordAt } from '../../domain/status-at';
import { SEGMENT_STATUS_LABELS } from '../../domain/vocabulary/vocabulary-labels';
import { useExplorer, useViewDay } from '../../state/explorer-context';
import type { CorridorData } from '../../state/explorer-data';
import { SourceRefs } from './corridor-sources';

/** A history entry as the corridor data holds it. */
interface HistoryEntry extends StatusEntry {
  readonly sources: readonly string[];
  readonly note?: string | undefined;
}

function statusLabel(status: string): string {
  return SEGMENT_STATUS_LABELS[status as keyof typeof SEGMENT_STATUS_LABELS] ?? status;
}

/** `since – until` (or `since …` when lasting), as precise as the source gave them. */
export function period(since: string, until: string | null | undefined): string {
  return until ? `${since} – ${until}` : `since ${since}`;
}

/**
 * A feature's status on the view's day (by the one status rule) and its dated history: each
 * interval, the event behind it (a button that selects the event) and its sources.
 */
export function StatusHistory({
  facts,
  corridor,
}: {
  facts: { status: string; statusHistory: readonly HistoryEntry[]; expectedOpen?: number | undefined };
  corridor: CorridorData;
}) {
  const select = useExplorer((state) => state.select);
  const { day, basis, present } = useViewDay();
  const record = statusRecordAt(facts, day, present);
  return (
    <>
      <p className="status-on-day" data-testid="status-on-day">
        On {day}
        {basis === 'as-of' ? ' (the data’s as-of date)' : ''}:{' '}
        <strong>{record ? statusLabel(record.status) : 'not yet built'}</strong>
        {record?.entry ? ` (${period(record.entry.since, record.entry.until)})` : ''}
        {facts.expectedOpen ? `; expected to open ${facts.expectedOpen}` : ''}
      </p>
      {facts.statusHistory.length > 0 ? (
        <ul className="history">
          {facts.statusHistory.map((entry) => {
            const event = entry.event ? corridor.eventById.get(entry.event) : undefined;
            return (
              <li key={`${entry.status}-${entry.since}-${entry.until ?? ''}`}>
                {period(entry.since, entry.until)}: {statusLabel(entry.status)}
                {event ? (
                  <>
                    {' — '}
                    <button type="button" className="link-button" onClick={() => select(event.id)}>
                      {event.name}
                    </button>
                  </>
                ) : null}
                {entry.note ? ` — ${entry.note}` : ''} (<SourceRefs ids={entry.sources} />)
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
