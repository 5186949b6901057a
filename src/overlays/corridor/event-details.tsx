import type { CorridorEvent } from '../../domain/events/corridor-event';
import { firstDayOf } from '../../domain/status-at';
import { eventInForce } from '../../domain/timeline/network-timeline';
import { useDisplayNames, useT, useWording } from '../../i18n/use-t';
import { useExplorer, useViewDay } from '../../state/explorer-context';
import type { CorridorData } from '../../state/explorer-data';
import { useTimeWords } from '../../ui/time-words';
import { SourceList } from './corridor-sources';

/** The name of a feature or passage an event affects, as a button when the map can select it. */
function Affected({ id, corridor }: { id: string; corridor: CorridorData }) {
  const select = useExplorer((state) => state.select);
  const names = useDisplayNames(corridor);
  const name = corridor.segmentById.has(id) ? names.segment(id) : names.place(id);
  if (!corridor.segmentById.has(id) && !corridor.nodeById.has(id)) return <>{name}</>;
  return (
    <button type="button" className="link-button" onClick={() => select(id)}>
      {name}
    </button>
  );
}

/** An event's panel: kind, dates, whether it is in force on the view's day, effect, what it affects, summary, sources. */
export function EventDetails({ event, corridor }: { event: CorridorEvent; corridor: CorridorData }) {
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  const names = useDisplayNames(corridor);
  const select = useExplorer((state) => state.select);
  const updateRouteQuery = useExplorer((state) => state.updateRouteQuery);
  const { day } = useViewDay();
  const inForce = eventInForce(event, day);
  const passages = event.affects.passages ?? [];
  const features = event.affects.features ?? [];
  const countries = event.affects.countries ?? [];
  const startDay = firstDayOf(event.start) ?? day;
  /** A sum as the data gives it, in the language's digits. */
  const usd = (value: number) => wording.number(value, { useGrouping: false, maximumFractionDigits: 2 });
  return (
    <article className="feature-details" aria-labelledby="feature-details-title" data-testid="event-details">
      <h3 id="feature-details-title">{event.name}</h3>
      <p className="feature-details__meta">
        {t('event.kindLine', {
          kind: wording.eventKind(event.kind),
          period: t('history.period', {
            since: time.date(event.start),
            until: event.end ? time.date(event.end) : t('event.stillInForce'),
          }),
        })}
      </p>
      <p data-testid="event-in-force">
        {t(inForce ? 'event.inForce' : 'event.notInForce', { day: time.date(day) })}{' '}
        {day !== startDay ? (
          <button
            type="button"
            className="link-button"
            onClick={() => updateRouteQuery({ date: startDay, year: undefined })}
          >
            {t('event.showOn', { day: time.date(startDay) })}
          </button>
        ) : null}
      </p>
      <dl>
        <dt>{t('event.effect')}</dt>
        <dd>
          {wording.eventEffect(event.effect.type)}
          {event.effect.days !== undefined ? t('event.extraDays', { count: event.effect.days }) : ''}
          {event.effect.usdPerTeu !== undefined ? t('event.usdPerTeu', { usd: usd(event.effect.usdPerTeu) }) : ''}
          {event.effect.usdPerTonne !== undefined ? t('event.usdPerTonne', { usd: usd(event.effect.usdPerTonne) }) : ''}
          {event.effect.note ? ` — ${event.effect.note}` : ''}
        </dd>
        <dt>{t('event.affects')}</dt>
        <dd>
          <ul>
            {features.map((id) => (
              <li key={id}>
                <Affected id={id} corridor={corridor} />
              </li>
            ))}
            {passages.map((id) => (
              <li key={id}>{names.passage(id)}</li>
            ))}
            {countries.length > 0 ? (
              <li>{t('event.countries', { count: countries.length, countries: wording.countries(countries) })}</li>
            ) : null}
          </ul>
        </dd>
        {event.confidence ? (
          <>
            <dt>{t('event.confidence')}</dt>
            <dd>{event.confidence}</dd>
          </>
        ) : null}
      </dl>
      <p>{event.summary}</p>
      <h4>{t('event.sources')}</h4>
      <SourceList ids={event.sources} />
      <button type="button" onClick={() => select(undefined)}>
        {t('event.close')}
      </button>
    </article>
  );
}
