import { Fragment, useMemo } from 'react';
import type { CorridorEvent } from '../domain/events/corridor-event';
import type { DisplayNames } from '../domain/readable';
import type { RouteResult } from '../domain/routing/route-result';
import { situationOn } from '../domain/timeline/situation';
import { Message, useDisplayNames, useT, useWording } from '../i18n/use-t';
import { SourceRefs } from '../overlays/corridor/corridor-sources';
import { useExplorer, useViewDay } from '../state/explorer-context';
import type { CorridorData } from '../state/explorer-data';
import { selectSituationTargets } from '../state/select-situation-targets';
import { useTimeWords } from './time-words';

/** An event named as a button that opens its panel, with its dates and sources. */
export function EventCitation({ event }: { event: CorridorEvent }) {
  const t = useT();
  const time = useTimeWords();
  const select = useExplorer((state) => state.select);
  return (
    <Message
      id="dayEffects.citation"
      values={{
        event: (
          <button type="button" className="link-button" onClick={() => select(event.id)}>
            {event.name}
          </button>
        ),
        period: t('history.period', {
          since: time.date(event.start),
          until: event.end ? time.date(event.end) : t('dayEffects.open'),
        }),
        sources: <SourceRefs ids={event.sources} />,
      }}
    />
  );
}

/** The name of a route target: a segment, `passage:<id>` or `place:<id>`. */
function targetName(target: string, names: DisplayNames): string {
  const [kind, id = ''] = target.includes(':') ? target.split(':') : ['segment', target];
  if (kind === 'passage') return names.passage(id);
  if (kind === 'place') return names.place(id);
  return names.segment(id);
}

/** The name of a situation item: a segment, place or passage in the language shown, else the data's name. */
function itemName(item: { kind: string; id: string; name: string }, names: DisplayNames): string {
  if (item.kind === 'segment') return names.segment(item.id);
  if (item.kind === 'place') return names.place(item.id);
  if (item.kind === 'passage') return names.passage(item.id);
  return item.name;
}

/**
 * What the day does to the routes: the passages, places and segments closed on it (with the events
 * and sources), the route those events ruled out, and the restrictions the route meets.
 */
export function RouteDayEffects({ route, corridor }: { route: RouteResult; corridor: CorridorData }) {
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  const names = useDisplayNames(corridor);
  const { present } = useViewDay();
  const closed = useMemo(() => {
    const targets = selectSituationTargets(corridor);
    return situationOn(targets, route.date, present, corridor.eventById).filter(
      (item) => (item.status === 'closed' || item.status === 'suspended') && item.event !== null,
    );
  }, [corridor, route.date, present]);
  const restrictions = [
    ...new Map(
      route.legs.flatMap((leg) => leg.restrictions ?? []).map((restriction) => [restriction.target, restriction]),
    ).values(),
  ];
  const detour = route.eventDetour;
  if (closed.length === 0 && restrictions.length === 0 && !detour) return null;
  const day = time.date(route.date);
  return (
    <div className="route-day" data-testid="route-day-effects">
      {closed.length > 0 ? (
        <>
          <h4>{t('dayEffects.closedTitle', { day })}</h4>
          <ul data-testid="route-day-closed">
            {closed.map((item) => {
              const event = item.event ? corridor.eventById.get(item.event) : undefined;
              const values = { name: itemName(item, names), status: wording.statusPhrase(item.status) };
              return (
                <li key={`${item.kind}-${item.id}`}>
                  {item.since
                    ? t('dayEffects.closedItem', { ...values, period: time.period(item.since, item.until) })
                    : t('dayEffects.closedItemUndated', values)}
                  {event ? (
                    <>
                      {' — '}
                      <EventCitation event={event} />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {detour ? (
        <p data-testid="route-day-detour">
          <Message
            id="dayEffects.detour"
            values={{
              day,
              km: wording.unit('km', wording.number(detour.km, { maximumFractionDigits: 0 })),
              days: wording.unit('days', wording.number(detour.days, { maximumFractionDigits: 1 })),
              targets: detour.closed.map((target) => targetName(target, names)).join(t('dayEffects.listSeparator')),
              count: detour.events.length,
              events: (
                <>
                  {detour.events.map((id, index) => {
                    const event = corridor.eventById.get(id);
                    return (
                      <Fragment key={id}>
                        {index > 0 ? t('dayEffects.separator') : ''}
                        {event ? <EventCitation event={event} /> : names.feature(id)}
                      </Fragment>
                    );
                  })}
                </>
              ),
            }}
          />
        </p>
      ) : null}
      {restrictions.length > 0 ? (
        <>
          <h4>{t('dayEffects.restrictedTitle', { day })}</h4>
          <p className="hint">{t('dayEffects.restrictedHint')}</p>
          <ul data-testid="route-day-restrictions">
            {restrictions.map((restriction) => {
              const event = restriction.event ? corridor.eventById.get(restriction.event) : undefined;
              return (
                <li key={restriction.target}>
                  {t('dayEffects.restrictedItem', {
                    name: targetName(restriction.target, names),
                    period: time.period(restriction.since, restriction.until),
                  })}{' '}
                  {t(restriction.inFigures ? 'dayEffects.inFigures' : 'dayEffects.notInFigures')}
                  {event ? (
                    <>
                      {' — '}
                      <EventCitation event={event} />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * The seasonal limits of the route's legs: the months that close a leg, the months that restrict it
 * with the sourced effect, and whether the route's month puts that effect in the figures.
 */
export function RouteSeasonalLimits({ route, corridor }: { route: RouteResult; corridor: CorridorData }) {
  const t = useT();
  const wording = useWording();
  const time = useTimeWords();
  const names = useDisplayNames(corridor);
  if (route.seasonalLimits.length === 0) return null;
  return (
    <div className="route-seasonal" data-testid="route-seasonal-limits">
      <h4>{t('dayEffects.seasonalTitle')}</h4>
      <ul>
        {route.seasonalLimits.map((limit) => (
          <li key={limit.segment}>
            {targetName(limit.segment, names)}:{' '}
            {limit.closedMonths.length > 0 ? (
              <>{t('dayEffects.seasonalClosed', { months: wording.months(limit.closedMonths) })} </>
            ) : null}
            {limit.restrictedMonths.length > 0 ? (
              <>
                {t('dayEffects.seasonalRestricted', { months: wording.months(limit.restrictedMonths) })}
                {limit.effect
                  ? t('dayEffects.seasonalEffect', { effect: time.seasonalEffect(limit.effect, route.cargo) })
                  : t('dayEffects.seasonalNoEffect')}{' '}
                {limit.inFigures
                  ? t('dayEffects.seasonalInFigures', { month: wording.months([route.month ?? 0]) })
                  : route.month === null
                    ? t('dayEffects.seasonalChooseMonth')
                    : t('dayEffects.seasonalMonthFree', { month: wording.months([route.month]) })}
                {limit.effect && limit.effect.sources.length > 0 ? (
                  <>
                    {' '}
                    (<SourceRefs ids={limit.effect.sources} />)
                  </>
                ) : null}
                .{' '}
              </>
            ) : null}
            <span className="hint">
              {limit.note} (<SourceRefs ids={limit.sources} />)
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
