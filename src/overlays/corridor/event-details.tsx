import type { CorridorEvent } from '../../domain/events/corridor-event';
import { countriesPhrase, humaniseId, plural } from '../../domain/readable';
import { firstDayOf } from '../../domain/status-at';
import { eventInForce } from '../../domain/timeline/network-timeline';
import { EVENT_EFFECT_LABELS, EVENT_KIND_LABELS } from '../../domain/vocabulary/vocabulary-labels';
import { useExplorer, useViewDay } from '../../state/explorer-context';
import type { CorridorData } from '../../state/explorer-data';
import { SourceList } from './corridor-sources';

/** The name of a feature or passage an event affects, as a button when the map can select it. */
function Affected({ id, corridor }: { id: string; corridor: CorridorData }) {
  const select = useExplorer((state) => state.select);
  const feature = corridor.segmentById.get(id) ?? corridor.nodeById.get(id);
  if (!feature) return <>{humaniseId(id)}</>;
  return (
    <button type="button" className="link-button" onClick={() => select(id)}>
      {feature.properties.name}
    </button>
  );
}

/** An event's panel: kind, dates, whether it is in force on the view's day, effect, what it affects, summary, sources. */
export function EventDetails({ event, corridor }: { event: CorridorEvent; corridor: CorridorData }) {
  const select = useExplorer((state) => state.select);
  const updateRouteQuery = useExplorer((state) => state.updateRouteQuery);
  const { day } = useViewDay();
  const inForce = eventInForce(event, day);
  const passages = event.affects.passages ?? [];
  const features = event.affects.features ?? [];
  const countries = event.affects.countries ?? [];
  const passageName = (id: string) =>
    corridor.passages.find((passage) => passage.properties.id === id)?.properties.name ?? humaniseId(id);
  const startDay = firstDayOf(event.start) ?? day;
  return (
    <article className="feature-details" aria-labelledby="feature-details-title" data-testid="event-details">
      <h3 id="feature-details-title">{event.name}</h3>
      <p className="feature-details__meta">
        Event · {EVENT_KIND_LABELS[event.kind]} · {event.start} –{' '}
        {event.end ?? 'still in force or later state not confirmed'}
      </p>
      <p data-testid="event-in-force">
        {inForce ? `In force on ${day}, the day the map shows.` : `Not in force on ${day}, the day the map shows.`}{' '}
        {day !== startDay ? (
          <button
            type="button"
            className="link-button"
            onClick={() => updateRouteQuery({ date: startDay, year: undefined })}
          >
            Show the network on {startDay}
          </button>
        ) : null}
      </p>
      <dl>
        <dt>Effect</dt>
        <dd>
          {EVENT_EFFECT_LABELS[event.effect.type]}
          {event.effect.days !== undefined ? `; ${plural(event.effect.days, 'extra day')}` : ''}
          {event.effect.usdPerTeu !== undefined ? `; USD ${event.effect.usdPerTeu} per TEU` : ''}
          {event.effect.usdPerTonne !== undefined ? `; USD ${event.effect.usdPerTonne} per tonne` : ''}
          {event.effect.note ? ` — ${event.effect.note}` : ''}
        </dd>
        <dt>Affects</dt>
        <dd>
          <ul>
            {features.map((id) => (
              <li key={id}>
                <Affected id={id} corridor={corridor} />
              </li>
            ))}
            {passages.map((id) => (
              <li key={id}>{passageName(id)}</li>
            ))}
            {countries.length > 0 ? (
              <li>
                {countries.length === 1 ? 'Country' : 'Countries'}: {countriesPhrase(countries)}
              </li>
            ) : null}
          </ul>
        </dd>
        {event.confidence ? (
          <>
            <dt>How sure</dt>
            <dd>{event.confidence}</dd>
          </>
        ) : null}
      </dl>
      <p>{event.summary}</p>
      <h4>Sources</h4>
      <SourceList ids={event.sources} />
      <button type="button" onClick={() => select(undefined)}>
        Close
      </button>
    </article>
  );
}
