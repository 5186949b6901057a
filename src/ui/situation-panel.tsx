import { type ReactNode, useMemo, useState } from 'react';
import type { CorridorEvent } from '../domain/events/corridor-event';
import { type DisplayNames, humaniseId } from '../domain/readable';
import { eventInForce } from '../domain/timeline/network-timeline';
import { changesBetween, type SituationItem, situationOn } from '../domain/timeline/situation';
import type { MessageId } from '../i18n/catalogues';
import { Message, useDisplayNames, useFormatDay, useT, useWording } from '../i18n/use-t';
import type { Wording } from '../i18n/wording';
import { SourceRefs } from '../overlays/corridor/corridor-sources';
import { useDataVersion, useExplorer, useLoadedData, useOptionalData, useViewDay } from '../state/explorer-context';
import type { BibliographyData, CorridorData, EnergyData } from '../state/explorer-data';
import { selectSituationTargets } from '../state/select-situation-targets';
import { type TimeWords, useTimeWords } from './time-words';

const KIND_LABELS: Record<string, MessageId> = {
  segment: 'situation.kind.segment',
  place: 'situation.kind.place',
  passage: 'situation.kind.passage',
  pipeline: 'situation.kind.pipeline',
  lng: 'situation.kind.lng',
  swap: 'situation.kind.swap',
};

const STATUS_HEADINGS: Record<string, MessageId> = {
  closed: 'situation.heading.closed',
  suspended: 'situation.heading.suspended',
  restricted: 'situation.heading.restricted',
};

/** What a situation item is ("Segment", "LNG project"), in the language shown. */
function kindName(kind: string, wording: Wording): string {
  const id = KIND_LABELS[kind];
  return id ? wording.t(id) : humaniseId(kind);
}

/** The name of a situation item: a segment, place or passage in the language shown, else the data's name. */
function itemName(item: { kind: string; id: string; name: string }, names: DisplayNames): string {
  if (item.kind === 'segment') return names.segment(item.id);
  if (item.kind === 'place') return names.place(item.id);
  if (item.kind === 'passage') return names.passage(item.id);
  return item.name;
}

/** A bibliography entry from the corridor's bibliography, else the energy overlays'. */
function sourceOf(id: string, bibliography: BibliographyData, energy: EnergyData | undefined) {
  return bibliography.sourceById.get(id) ?? energy?.sourceById.get(id);
}

/** The words the copied text is written in. */
interface TextWords {
  wording: Wording;
  time: TimeWords;
  formatDay: (day: string) => string;
  names: DisplayNames;
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
  { wording, time, formatDay, names }: TextWords,
): string {
  const { t } = wording;
  const cited: string[] = [];
  /** The numbers of the references of a list of source ids, "[1; 3]". */
  const refs = (ids: readonly string[]) => {
    const numbers = ids.map((id) => {
      if (!cited.includes(id)) cited.push(id);
      return wording.number(cited.indexOf(id) + 1);
    });
    return numbers.length > 0 ? ` [${numbers.join(t('timeline.separator'))}]` : '';
  };
  const lines = [t('situation.text.title', { day: formatDay(day), version: dataVersion })];
  for (const item of items) {
    const event = item.event ? corridor.eventById.get(item.event) : undefined;
    const line = t('situation.text.item', {
      name: itemName(item, names),
      kind: kindName(item.kind, wording),
      status: wording.status(item.status).toLocaleLowerCase(wording.locale),
      when: item.since ? time.period(item.since, item.until) : t('situation.text.perStatus'),
    });
    lines.push(
      `${line}${event ? t('situation.text.because', { event: event.name }) : ''}${item.note ? `. ${item.note}` : ''}${refs(item.sources)}`,
    );
  }
  if (events.length > 0) {
    lines.push('', t('situation.text.eventsInForce'));
    for (const event of events) {
      const period = t('history.period', {
        since: time.date(event.start),
        until: event.end ? time.date(event.end) : t('situation.text.open'),
      });
      lines.push(`${t('situation.text.event', { name: event.name, period })}${refs(event.sources)}`);
    }
  }
  lines.push('', t('situation.text.sources'));
  cited.forEach((id, index) => {
    const source = sourceOf(id, bibliography, energy);
    const number = `[${wording.number(index + 1)}]`;
    lines.push(
      source
        ? `${number} ${source.title}. ${source.publisher}${source.datePublished ? `, ${time.date(source.datePublished)}` : ''}.${source.url ? ` ${source.url}` : ''}`
        : `${number} ${t('situation.text.notInBibliography', { name: humaniseId(id) })}`,
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
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  const formatDay = useFormatDay();
  const corridor = useLoadedData('corridor');
  const bibliography = useLoadedData('bibliography');
  const energy = useOptionalData('energy');
  const names = useDisplayNames(corridor, energy);
  const dataVersion = useDataVersion();
  const select = useExplorer((state) => state.select);
  const { day, present } = useViewDay();
  const [otherDay, setOtherDay] = useState('');
  const [copied, setCopied] = useState<MessageId | undefined>(undefined);
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
  const name = (item: { id: string; kind: string; name: string }): ReactNode =>
    selectable(item.id) ? (
      <button type="button" className="link-button" onClick={() => select(item.id)}>
        {itemName(item, names)}
      </button>
    ) : (
      itemName(item, names)
    );
  const eventButton = (event: CorridorEvent) => (
    <button type="button" className="link-button" onClick={() => select(event.id)}>
      {event.name}
    </button>
  );

  return (
    <div className="situation" data-testid="situation">
      <h3>{t('situation.onDay', { day: formatDay(day) })}</h3>
      {items.length === 0 ? <p>{t('situation.nothing')}</p> : null}
      {statuses.map((status) => (
        <div key={status}>
          <h4>
            {t(STATUS_HEADINGS[status] ?? 'situation.heading.restricted', {
              count: items.filter((item) => item.status === status).length,
            })}
          </h4>
          <ul className="situation__list" data-testid={`situation-${status}`}>
            {items
              .filter((item) => item.status === status)
              .map((item) => {
                const event = item.event ? corridor.eventById.get(item.event) : undefined;
                return (
                  <li key={`${item.kind}-${item.id}`}>
                    {name(item)} <span className="hint">({kindName(item.kind, wording)})</span>:{' '}
                    {item.since ? time.period(item.since, item.until) : t('situation.perStatus')}
                    {event ? (
                      <>
                        {' '}
                        <Message id="situation.because" values={{ event: eventButton(event) }} />
                      </>
                    ) : null}
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
      <h4>{t('situation.eventsInForce', { count: inForce.length })}</h4>
      <ul className="situation__list" data-testid="situation-events">
        {inForce.map((event) => (
          <li key={event.id}>
            {eventButton(event)} <span className="hint">({wording.eventKind(event.kind)})</span>{' '}
            {t('history.period', {
              since: time.date(event.start),
              until: event.end ? time.date(event.end) : t('situation.stillInForce'),
            })}{' '}
            (<SourceRefs ids={event.sources} />)
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          onClick={() => {
            const text = situationText(day, items, inForce, corridor, bibliography, energy, dataVersion, {
              wording,
              time,
              formatDay,
              names,
            });
            navigator.clipboard?.writeText(text).then(
              () => setCopied('situation.copied'),
              () => setCopied('situation.copyFailed'),
            );
          }}
        >
          {t('situation.copy')}
        </button>{' '}
        <span role="status">{copied ? t(copied) : ''}</span>
      </p>
      <h4>{t('situation.changesTitle')}</h4>
      <label>
        {t('situation.compareWith')}{' '}
        <input type="date" value={otherDay} onChange={(event) => setOtherDay(event.target.value)} />
      </label>
      {changes ? (
        <div data-testid="situation-changes">
          <p>
            {t('situation.changesSummary', {
              from: formatDay(changes.from),
              to: formatDay(changes.to),
              changes: changes.statusChanges.length,
              started: changes.eventsStarted.length,
              ended: changes.eventsEnded.length,
            })}
          </p>
          <ul className="situation__list">
            {changes.statusChanges.map((change) => {
              const event = change.event ? corridor.eventById.get(change.event) : undefined;
              const open = change.kind === 'passage' || change.kind === 'place' ? 'operational' : undefined;
              return (
                <li key={`${change.kind}-${change.id}`}>
                  <Message
                    id="situation.change"
                    values={{
                      name: name(change),
                      before: wording.status(change.before ?? open),
                      after: wording.status(change.after ?? open),
                    }}
                  />
                  {event ? <> ({eventButton(event)})</> : null}
                </li>
              );
            })}
            {changes.eventsStarted.map((event) => (
              <li key={`started-${event.id}`}>
                <Message id="situation.began" values={{ event: eventButton(event), day: time.date(event.start) }} />
              </li>
            ))}
            {changes.eventsEnded.map((event) => (
              <li key={`ended-${event.id}`}>
                <Message id="situation.ended" values={{ event: eventButton(event), day: time.date(event.end ?? '') }} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
