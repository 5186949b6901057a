import { type StatusEntry, statusRecordAt } from '../../domain/status-at';
import { Message, useT, useWording } from '../../i18n/use-t';
import { useExplorer, useViewDay } from '../../state/explorer-context';
import type { CorridorData } from '../../state/explorer-data';
import { useTimeWords } from '../../ui/time-words';
import { SourceRefs } from './corridor-sources';

/** A history entry as the corridor data holds it. */
interface HistoryEntry extends StatusEntry {
  readonly sources: readonly string[];
  readonly note?: string | undefined;
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
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  const select = useExplorer((state) => state.select);
  const { day, basis, present } = useViewDay();
  const record = statusRecordAt(facts, day, present);
  const status = <strong>{record ? wording.status(record.status) : t('history.notYetBuilt')}</strong>;
  return (
    <>
      <p className="status-on-day" data-testid="status-on-day">
        <Message
          id={basis === 'as-of' ? 'history.onAsOfDay' : 'history.onDay'}
          values={{ day: time.date(day), status }}
        />
        {record?.entry ? ` (${time.period(record.entry.since, record.entry.until)})` : ''}
        {facts.expectedOpen
          ? t('history.expectedOpen', { year: wording.number(facts.expectedOpen, { useGrouping: false }) })
          : ''}
      </p>
      {facts.statusHistory.length > 0 ? (
        <ul className="history">
          {facts.statusHistory.map((entry) => {
            const event = entry.event ? corridor.eventById.get(entry.event) : undefined;
            return (
              <li key={`${entry.status}-${entry.since}-${entry.until ?? ''}`}>
                {t('history.entry', {
                  period: time.period(entry.since, entry.until),
                  status: wording.status(entry.status),
                })}
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
