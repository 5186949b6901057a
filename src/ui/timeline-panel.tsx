import { type KeyboardEvent, useMemo, useState } from 'react';
import { plural } from '../domain/readable';
import { firstDayOf } from '../domain/status-at';
import { eventInForce } from '../domain/timeline/network-timeline';
import { addMonths, dayNumber, dayOfNumber, eventDays, timelineRange } from '../domain/timeline/timeline-range';
import { eventKindColour } from '../overlays/corridor/corridor-style';
import { useDataVersion, useExplorer, useLoadedData, useViewDay } from '../state/explorer-context';
import type { CorridorData } from '../state/explorer-data';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03-15` → `15 March 2026`. */
export function readableDay(day: string): string {
  return LONG_DATE.format(new Date(`${day}T00:00:00Z`));
}

/** How many corridor features were last checked on each day, oldest first. */
function checkedOn(corridor: CorridorData): Array<[string, number]> {
  const counts = new Map<string, number>();
  const features = [...corridor.nodes, ...corridor.segments, ...corridor.passages];
  for (const feature of features) counts.set(feature.properties.asOf, (counts.get(feature.properties.asOf) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/** Says which day the map, routes and tables show, and when the data was last re-checked. */
export function ViewDayStatement() {
  const corridor = useLoadedData('corridor');
  const { day, basis, present } = useViewDay();
  const dataVersion = useDataVersion();
  const checks = checkedOn(corridor);
  const stale = checks.filter(([checked]) => checked < present);
  return (
    <div className="view-day" data-testid="view-day">
      <p>
        {basis === 'as-of' ? (
          <>
            The map, routes and tables show the network <strong>as of {readableDay(day)}</strong>, the date the data
            describes (data {dataVersion}).
          </>
        ) : basis === 'year' ? (
          <>
            The map, routes and tables show the network <strong>at the end of {day.slice(0, 4)}</strong> (
            {readableDay(day)}); the data describes {readableDay(present)} (data {dataVersion}).
          </>
        ) : (
          <>
            The map, routes and tables show the network <strong>on {readableDay(day)}</strong>; the data describes{' '}
            {readableDay(present)} (data {dataVersion}).
          </>
        )}
      </p>
      {stale.length > 0 ? (
        <p className="hint" data-testid="re-checked">
          Not re-checked since:{' '}
          {stale.map(([checked, count], index) => (
            <span key={checked}>
              {index > 0 ? '; ' : ''}
              {plural(count, 'feature')} last checked on {checked}
            </span>
          ))}
          . The other {checks.filter(([checked]) => checked >= present).reduce((sum, [, count]) => sum + count, 0)} were
          checked on {present}.
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
        Day shown: <output htmlFor="timeline-slider">{readableDay(day)}</output>
        {basis === 'as-of' ? ' (the data’s as-of date)' : ''}
      </label>
      <div className="timeline__track">
        <input
          id="timeline-slider"
          type="range"
          min={0}
          max={span}
          step={1}
          value={Math.max(0, dayNumber(shown) - first)}
          aria-valuetext={readableDay(shown)}
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
                title={`${event.start}: ${event.name}`}
                style={{ left: `${offset}%`, background: eventKindColour(event.kind) }}
              />
            );
          })}
        </div>
        <div className="timeline__ends" aria-hidden="true">
          <span>{spanFirst.slice(0, 7)}</span>
          <span>{range.last.slice(0, 4)}</span>
        </div>
      </div>
      <p id="timeline-help" className="hint">
        Arrow keys: a day; Page Up/Down: a month; with Shift: a year. Marks: the days events begin or end. {inForce}{' '}
        {inForce === 1 ? 'event is' : 'events are'} in force on this day.
      </p>
      <label className="block-choice">
        <input type="checkbox" checked={wholeSpan} onChange={(event) => setWholeSpan(event.target.checked)} /> Slider
        spans every year from {range.first.slice(0, 4)} (else the events, from {eventsFirst})
      </label>
      <div className="timeline__buttons">
        <button type="button" disabled={!previousMark} onClick={() => previousMark && setDay(previousMark)}>
          ← Previous event day{previousMark ? ` (${previousMark})` : ''}
        </button>
        <button type="button" disabled={!nextMark} onClick={() => nextMark && setDay(nextMark)}>
          Next event day{nextMark ? ` (${nextMark})` : ''} →
        </button>
        <label>
          Go to{' '}
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
            Back to the data’s as-of date ({present})
          </button>
        ) : null}
      </div>
    </div>
  );
}
