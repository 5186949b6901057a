import { type KeyboardEvent, useMemo, useState } from 'react';
import { firstDayOf } from '../domain/status-at';
import { eventInForce } from '../domain/timeline/network-timeline';
import { addMonths, dayNumber, dayOfNumber, eventDays, timelineRange } from '../domain/timeline/timeline-range';
import { Message, useFormatDay, useT, useWording } from '../i18n/use-t';
import { eventKindColour } from '../overlays/corridor/corridor-style';
import { useDataVersion, useExplorer, useLoadedData, useViewDay } from '../state/explorer-context';
import type { CorridorData } from '../state/explorer-data';
import { useTimeWords } from './time-words';

/** How many corridor features were last checked on each day, oldest first. */
function checkedOn(corridor: CorridorData): Array<[string, number]> {
  const counts = new Map<string, number>();
  const features = [...corridor.nodes, ...corridor.segments, ...corridor.passages];
  for (const feature of features) counts.set(feature.properties.asOf, (counts.get(feature.properties.asOf) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/** Says which day the map, routes and tables show, and when the data was last re-checked. */
export function ViewDayStatement() {
  const t = useT();
  const formatDay = useFormatDay();
  const wording = useWording();
  const time = useTimeWords();
  const corridor = useLoadedData('corridor');
  const { day, basis, present } = useViewDay();
  const dataVersion = useDataVersion();
  const checks = checkedOn(corridor);
  const stale = checks.filter(([checked]) => checked < present);
  const rest = checks.filter(([checked]) => checked >= present).reduce((sum, [, count]) => sum + count, 0);
  return (
    <div className="view-day" data-testid="view-day">
      <p>
        {basis === 'as-of' ? (
          <Message
            id="timeline.asOfStatement"
            values={{ when: <strong>{t('timeline.asOfWhen', { day: formatDay(day) })}</strong>, version: dataVersion }}
          />
        ) : basis === 'year' ? (
          <Message
            id="timeline.yearStatement"
            values={{
              when: (
                <strong>
                  {t('timeline.yearWhen', { year: wording.number(Number(day.slice(0, 4)), { useGrouping: false }) })}
                </strong>
              ),
              day: formatDay(day),
              present: formatDay(present),
              version: dataVersion,
            }}
          />
        ) : (
          <Message
            id="timeline.dateStatement"
            values={{
              when: <strong>{t('timeline.dateWhen', { day: formatDay(day) })}</strong>,
              present: formatDay(present),
              version: dataVersion,
            }}
          />
        )}
      </p>
      {stale.length > 0 ? (
        <p className="hint" data-testid="re-checked">
          {t('timeline.notRechecked', {
            items: stale
              .map(([checked, count]) => t('timeline.staleItem', { count, day: time.date(checked) }))
              .join(t('timeline.separator')),
            count: rest,
            day: time.date(present),
          })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The timeline: a date slider from the corridor's first dated status to its last expected opening,
 * with the days events begin or end marked; arrows move a day, Page Up/Down a month, Shift+Page
 * Up/Down a year; buttons step from event to event. Moving it sets `date=` (one history step per
 * drag) and the map, routes and tables follow.
 */
export function TimelineControl() {
  const t = useT();
  const formatDay = useFormatDay();
  const time = useTimeWords();
  const corridor = useLoadedData('corridor');
  const { day, basis, present } = useViewDay();
  const update = useExplorer((state) => state.updateRouteQuery);
  const setGesture = useExplorer((state) => state.setGesture);
  const range = useMemo(
    () =>
      timelineRange(
        [
          ...corridor.segments.map((segment) => segment.properties),
          ...corridor.nodes.map((node) => node.properties),
          ...corridor.passages.map((passage) => passage.properties),
        ],
        corridor.events,
        present,
      ),
    [corridor, present],
  );
  const marks = useMemo(() => eventDays(corridor.events), [corridor]);
  // The events crowd the last few years of a span that starts in 1990: the slider can span them alone.
  const eventsFirst = marks[0] ?? range.first;
  const [wholeSpan, setWholeSpan] = useState(day < eventsFirst);
  const spanFirst = wholeSpan || day < eventsFirst ? range.first : eventsFirst;
  const first = dayNumber(spanFirst);
  const span = dayNumber(range.last) - first;
  const clampDay = (candidate: string) =>
    candidate < range.first ? range.first : candidate > range.last ? range.last : candidate;
  const shown = clampDay(day);
  const setDay = (next: string) => update({ date: clampDay(next), year: undefined });
  const inForce = corridor.events.filter((event) => eventInForce(event, day)).length;
  const previousMark = [...marks].reverse().find((mark) => mark < day);
  const nextMark = marks.find((mark) => mark > day);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const months = event.shiftKey ? 12 : 1;
    if (event.key === 'PageUp') setDay(addMonths(shown, months));
    else if (event.key === 'PageDown') setDay(addMonths(shown, -months));
    else return;
    event.preventDefault();
  };

  return (
    <div className="timeline">
      <label htmlFor="timeline-slider" className="timeline__label">
        <Message id="timeline.dayShown" values={{ day: <output htmlFor="timeline-slider">{formatDay(day)}</output> }} />
        {basis === 'as-of' ? ` ${t('timeline.asOfNote')}` : ''}
      </label>
      {/* Time runs left to right in every language: the slider and its marks are a chart, not mirrored. */}
      <div className="timeline__track" dir="ltr">
        <input
          id="timeline-slider"
          type="range"
          min={0}
          max={span}
          step={1}
          value={Math.max(0, dayNumber(shown) - first)}
          aria-valuetext={formatDay(shown)}
          aria-describedby="timeline-help"
          list="timeline-marks"
          onChange={(event) => setDay(dayOfNumber(first + Number(event.target.value)))}
          onKeyDown={onKeyDown}
          onPointerDown={() => setGesture(true)}
          onPointerUp={() => setGesture(false)}
          onPointerCancel={() => setGesture(false)}
          onBlur={() => setGesture(false)}
        />
        <datalist id="timeline-marks">
          {marks.map((mark) => (
            <option key={mark} value={dayNumber(mark) - first} />
          ))}
        </datalist>
        <div className="timeline__marks" aria-hidden="true">
          {corridor.events.map((event) => {
            const start = firstDayOf(event.start);
            const offset = start === undefined ? Number.NaN : ((dayNumber(start) - first) / span) * 100;
            if (!Number.isFinite(offset) || offset < 0 || offset > 100) return null;
            return (
              <span
                key={event.id}
                className="timeline__mark"
                title={`${time.date(event.start)}: ${event.name}`}
                style={{ left: `${offset}%`, background: eventKindColour(event.kind) }}
              />
            );
          })}
        </div>
        <div className="timeline__ends" aria-hidden="true">
          <span>{time.date(spanFirst.slice(0, 7))}</span>
          <span>{time.date(range.last.slice(0, 4))}</span>
        </div>
      </div>
      <p id="timeline-help" className="hint">
        {t('timeline.help', { count: inForce })}
      </p>
      <label className="block-choice">
        <input type="checkbox" checked={wholeSpan} onChange={(event) => setWholeSpan(event.target.checked)} />{' '}
        {t('timeline.wholeSpan', { year: time.date(range.first.slice(0, 4)), day: time.date(eventsFirst) })}
      </label>
      <div className="timeline__buttons">
        <button type="button" disabled={!previousMark} onClick={() => previousMark && setDay(previousMark)}>
          {previousMark ? t('timeline.previousOn', { day: time.date(previousMark) }) : t('timeline.previous')}
        </button>
        <button type="button" disabled={!nextMark} onClick={() => nextMark && setDay(nextMark)}>
          {nextMark ? t('timeline.nextOn', { day: time.date(nextMark) }) : t('timeline.next')}
        </button>
        <label>
          {t('timeline.goTo')}{' '}
          <input
            type="date"
            min={range.first}
            max={range.last}
            value={shown}
            onChange={(event) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) setDay(event.target.value);
            }}
          />
        </label>
        {basis !== 'as-of' ? (
          <button type="button" onClick={() => update({ date: undefined, year: undefined })}>
            {t('timeline.back', { day: time.date(present) })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
