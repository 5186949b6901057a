import { useMemo } from 'react';
import type { CorridorEvent } from '../domain/events/corridor-event';
import { monthsPhrase } from '../domain/readable';
import type { RouteResult } from '../domain/routing/route-result';
import { describeSeasonalEffect } from '../domain/routing/seasonal-effect';
import { situationOn } from '../domain/timeline/situation';
import { SourceRefs } from '../overlays/corridor/corridor-sources';
import { period } from '../overlays/corridor/status-history';
import { useExplorer, useViewDay } from '../state/explorer-context';
import type { CorridorData } from '../state/explorer-data';
import { selectSituationTargets } from '../state/select-situation-targets';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** An event named as a button that opens its panel, with its dates and sources. */
export function EventCitation({ event }: { event: CorridorEvent }) {
  const select = useExplorer((state) => state.select);
  return (
    <>
      <button type="button" className="link-button" onClick={() => select(event.id)}>
        {event.name}
      </button>{' '}
      ({event.start} – {event.end ?? 'open'}; <SourceRefs ids={event.sources} />)
    </>
  );
}

/** The name of a route target: a segment, `passage:<id>` or `place:<id>`. */
function targetName(target: string, corridor: CorridorData): string {
  const [kind, id = ''] = target.includes(':') ? target.split(':') : ['segment', target];
  if (kind === 'passage')
    return corridor.passages.find((passage) => passage.properties.id === id)?.properties.name ?? id;
  if (kind === 'place') return corridor.nodeById.get(id)?.properties.name ?? id;
  return corridor.segmentById.get(id)?.properties.name ?? id;
}

/**
 * What the day does to the routes: the passages, places and segments closed on it (with the events
 * and sources), the route those events ruled out, and the restrictions the route meets.
 */
export function RouteDayEffects({ route, corridor }: { route: RouteResult; corridor: CorridorData }) {
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
  return (
    <div className="route-day" data-testid="route-day-effects">
      {closed.length > 0 ? (
        <>
          <h4>Closed on {route.date} by the events of the day</h4>
          <ul data-testid="route-day-closed">
            {closed.map((item) => {
              const event = item.event ? corridor.eventById.get(item.event) : undefined;
              return (
                <li key={`${item.kind}-${item.id}`}>
                  {item.name}: {item.status}
                  {item.since ? `, ${period(item.since, item.until)}` : ''}
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
          Without the events in force on {route.date} the best route would be {whole.format(detour.km)} km and{' '}
          {oneDecimal.format(detour.days)} days, through{' '}
          {detour.closed.map((target) => targetName(target, corridor)).join(', ')}, which{' '}
          {detour.events.length === 1 ? 'this event closes' : 'these events close'}:{' '}
          {detour.events.map((id, index) => {
            const event = corridor.eventById.get(id);
            return (
              <span key={id}>
                {index > 0 ? '; ' : ''}
                {event ? <EventCitation event={event} /> : id}
              </span>
            );
          })}
          .
        </p>
      ) : null}
      {restrictions.length > 0 ? (
        <>
          <h4>Restricted on this route on {route.date}</h4>
          <p className="hint">
            Open with reduced capacity or added risk. Where the event gives a sourced figure (extra days, a cost), the
            figures include it as an event restriction on the leg; otherwise they add no delay or premium for it.
          </p>
          <ul data-testid="route-day-restrictions">
            {restrictions.map((restriction) => {
              const event = restriction.event ? corridor.eventById.get(restriction.event) : undefined;
              return (
                <li key={restriction.target}>
                  {targetName(restriction.target, corridor)}: {period(restriction.since, restriction.until)}
                  {restriction.inFigures ? ' (in the figures)' : ' (not in the figures: no sourced figure)'}
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
  if (route.seasonalLimits.length === 0) return null;
  return (
    <div className="route-seasonal" data-testid="route-seasonal-limits">
      <h4>Seasonal limits on this route</h4>
      <ul>
        {route.seasonalLimits.map((limit) => (
          <li key={limit.segment}>
            {targetName(limit.segment, corridor)}:{' '}
            {limit.closedMonths.length > 0 ? `closed ${monthsPhrase(limit.closedMonths)}. ` : ''}
            {limit.restrictedMonths.length > 0 ? (
              <>
                Open but restricted {monthsPhrase(limit.restrictedMonths)}
                {limit.effect ? `: ${describeSeasonalEffect(limit.effect, route.cargo)}` : ': no sourced effect'}
                {limit.inFigures
                  ? ` — in the figures above, for ${monthsPhrase([route.month ?? 0])}`
                  : route.month === null
                    ? ' — not in the figures (choose a month to apply it)'
                    : ` — not in the figures (${monthsPhrase([route.month])} is not restricted)`}
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
