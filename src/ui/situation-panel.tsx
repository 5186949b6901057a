import { useMemo, useState } from 'react';
import type { CorridorEvent } from '../domain/events/corridor-event';
import { humaniseId, plural, statusName } from '../domain/readable';
import { eventInForce } from '../domain/timeline/network-timeline';
import { changesBetween, type SituationItem, situationOn } from '../domain/timeline/situation';
import { EVENT_KIND_LABELS } from '../domain/vocabulary/vocabulary-labels';
import { SourceRefs } from '../overlays/corridor/corridor-sources';
import { period } from '../overlays/corridor/status-history';
import { useDataVersion, useExplorer, useLoadedData, useOptionalData, useViewDay } from '../state/explorer-context';
import type { BibliographyData, CorridorData, EnergyData } from '../state/explorer-data';
import { selectSituationTargets } from '../state/select-situation-targets';
import { readableDay } from './timeline-panel';

const KIND_LABELS: Record<string, string> = {
  segment: 'Segment',
  place: 'Place',
  passage: 'Passage',
  pipeline: 'Pipeline',
  lng: 'LNG project',
  swap: 'Swap',
};

const STATUS_HEADINGS: Record<string, string> = {
  closed: 'Closed',
  suspended: 'Suspended',
  restricted: 'Restricted (open with reduced capacity or added risk)',
};

/** A bibliography entry from the corridor's bibliography, else the energy overlays'. */
function sourceOf(id: string, bibliography: BibliographyData, energy: EnergyData | undefined) {
  return bibliography.sourceById.get(id) ?? energy?.sourceById.get(id);
}

/** The situation as plain text with full numbered citations (never source ids), for pasting into a report. */
function situationText(
  day: string,
  items: readonly SituationItem[],
  events: readonly CorridorEvent[],
  corridor: CorridorData,
  bibliography: BibliographyData,
  energy: EnergyData | undefined,
  dataVersion: string,
): string {
  const cited: string[] = [];
  /** The numbers of the references of a list of source ids, "[1; 3]". */
  const refs = (ids: readonly string[]) => {
    const numbers = ids.map((id) => {
      if (!cited.includes(id)) cited.push(id);
      return cited.indexOf(id) + 1;
    });
    return numbers.length > 0 ? ` [${numbers.join('; ')}]` : '';
  };
  const lines = [`The corridor on ${readableDay(day)} (INSTC Explorer, data ${dataVersion}):`];
  for (const item of items) {
    const event = item.event ? corridor.eventById.get(item.event) : undefined;
    lines.push(
      `- ${item.name} (${KIND_LABELS[item.kind] ?? item.kind}): ${statusName(item.status).toLowerCase()}, ${item.since ? period(item.since, item.until) : 'per the status field'}${event ? `, because of: ${event.name}` : ''}${item.note ? `. ${item.note}` : ''}${refs(item.sources)}`,
    );
  }
  if (events.length > 0) {
    lines.push('', 'Events in force:');
    for (const event of events) {
      lines.push(`- ${event.name} (${event.start} – ${event.end ?? 'open'})${refs(event.sources)}`);
    }
  }
  lines.push('', 'Sources:');
  cited.forEach((id, index) => {
    const source = sourceOf(id, bibliography, energy);
    lines.push(
      source
        ? `[${index + 1}] ${source.title}. ${source.publisher}${source.datePublished ? `, ${source.datePublished}` : ''}.${source.url ? ` ${source.url}` : ''}`
        : `[${index + 1}] ${humaniseId(id)} (not in the bibliography)`,
    );
  });
  return lines.join('\n');
}

/**
 * "The situation on this day": what is closed, suspended or restricted on the view's day, since
 * when, because of which event, with sources, and the events in force; copyable as text with its
 * citations; and what changed between the view's day and another.
 */
export function SituationPanel() {
  const corridor = useLoadedData('corridor');
  const bibliography = useLoadedData('bibliography');
  const energy = useOptionalData('energy');
  const dataVersion = useDataVersion();
  const select = useExplorer((state) => state.select);
  const { day, present } = useViewDay();
  const [otherDay, setOtherDay] = useState('');
  const [copied, setCopied] = useState('');
  const targets = useMemo(() => selectSituationTargets(corridor, energy), [corridor, energy]);
  const items = useMemo(
    () => situationOn(targets, day, present, corridor.eventById),
    [targets, day, present, corridor],
  );
  const inForce = corridor.events.filter((event) => eventInForce(event, day));
  const changes =
    /^\d{4}-\d{2}-\d{2}$/.test(otherDay) && otherDay !== day
      ? changesBetween(targets, otherDay, day, present, corridor.events)
      : undefined;
  const statuses = ['closed', 'suspended', 'restricted'].filter((status) =>
    items.some((item) => item.status === status),
  );
  const selectable = (id: string) => corridor.segmentById.has(id) || corridor.nodeById.has(id);
  const name = (item: { id: string; name: string }) =>
    selectable(item.id) ? (
      <button type="button" className="link-button" onClick={() => select(item.id)}>
        {item.name}
      </button>
    ) : (
      item.name
    );
  const eventButton = (event: CorridorEvent) => (
    <button type="button" className="link-button" onClick={() => select(event.id)}>
      {event.name}
    </button>
  );

  return (
    <div className="situation" data-testid="situation">
      <h3>On {readableDay(day)}</h3>
      {items.length === 0 ? <p>Nothing recorded as closed, suspended or restricted on this day.</p> : null}
      {statuses.map((status) => (
        <div key={status}>
          <h4>
            {STATUS_HEADINGS[status]} ({items.filter((item) => item.status === status).length})
          </h4>
          <ul className="situation__list" data-testid={`situation-${status}`}>
            {items
              .filter((item) => item.status === status)
              .map((item) => {
                const event = item.event ? corridor.eventById.get(item.event) : undefined;
                return (
                  <li key={`${item.kind}-${item.id}`}>
                    {name(item)} <span className="hint">({KIND_LABELS[item.kind] ?? item.kind})</span>:{' '}
                    {item.since ? period(item.since, item.until) : 'per the data’s status'}
                    {event ? <> — because of {eventButton(event)}</> : null}
                    {item.note ? <span className="situation__note"> {item.note}</span> : null}{' '}
                    {item.sources.length > 0 ? (
                      <>
                        (<SourceRefs ids={item.sources} also={energy?.sourceById} />)
                      </>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      <h4>Events in force ({inForce.length})</h4>
      <ul className="situation__list" data-testid="situation-events">
        {inForce.map((event) => (
          <li key={event.id}>
            {eventButton(event)} <span className="hint">({EVENT_KIND_LABELS[event.kind]})</span> {event.start} –{' '}
            {event.end ?? 'still in force or not confirmed'} (
            <SourceRefs ids={event.sources} />)
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          onClick={() => {
            const text = situationText(day, items, inForce, corridor, bibliography, energy, dataVersion);
            navigator.clipboard?.writeText(text).then(
              () => setCopied('Copied the list with its citations.'),
              () => setCopied('The browser did not allow copying; select the list instead.'),
            );
          }}
        >
          Copy this list with its citations
        </button>{' '}
        <span role="status">{copied}</span>
      </p>
      <h4>What changed since another day</h4>
      <label>
        Compare with <input type="date" value={otherDay} onChange={(event) => setOtherDay(event.target.value)} />
      </label>
      {changes ? (
        <div data-testid="situation-changes">
          <p>
            From {readableDay(changes.from)} to {readableDay(changes.to)}:{' '}
            {plural(changes.statusChanges.length, 'status change')}, {plural(changes.eventsStarted.length, 'event')}{' '}
            began, {changes.eventsEnded.length} ended.
          </p>
          <ul className="situation__list">
            {changes.statusChanges.map((change) => {
              const event = change.event ? corridor.eventById.get(change.event) : undefined;
              const open = change.kind === 'passage' || change.kind === 'place' ? 'Operational' : 'Not yet built';
              return (
                <li key={`${change.kind}-${change.id}`}>
                  {name(change)}: {change.before ? statusName(change.before) : open} →{' '}
                  {change.after ? statusName(change.after) : open}
                  {event ? <> ({eventButton(event)})</> : null}
                </li>
              );
            })}
            {changes.eventsStarted.map((event) => (
              <li key={`started-${event.id}`}>
                Began: {eventButton(event)} ({event.start})
              </li>
            ))}
            {changes.eventsEnded.map((event) => (
              <li key={`ended-${event.id}`}>
                Ended: {eventButton(event)} ({event.end})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
