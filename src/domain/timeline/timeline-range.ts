import type { CorridorEvent } from '../events/corridor-event';
import { firstDayOf, lastDayOf, type StatusFacts } from '../status-at';
import { SCENARIO_DATE_RANGE } from './scenario-date';

const DAY_MILLISECONDS = 86_400_000;

/** The day number of `YYYY-MM-DD` (days since 1970-01-01, UTC). */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MILLISECONDS);
}

/** The `YYYY-MM-DD` of a day number. */
export function dayOfNumber(number: number): string {
  return new Date(number * DAY_MILLISECONDS).toISOString().slice(0, 10);
}

/** `day` moved by whole months, the day of the month kept where the month has it (else its last day). */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The span of the timeline: from the first dated status or event of the data to the last expected
 * opening, event end or the as-of date, whichever is latest; within the scenario days.
 */
export function timelineRange(
  features: readonly StatusFacts[],
  events: readonly CorridorEvent[],
  present: string,
): { first: string; last: string } {
  let first = present;
  let last = present;
  const consider = (day: string | undefined) => {
    if (day === undefined) return;
    if (day < first) first = day;
    if (day > last) last = day;
  };
  for (const feature of features) {
    for (const entry of feature.statusHistory) {
      consider(firstDayOf(entry.since));
      if (entry.until) consider(lastDayOf(entry.until));
    }
    if (feature.expectedOpen !== undefined) consider(`${feature.expectedOpen}-12-31`);
  }
  for (const event of events) {
    consider(firstDayOf(event.start));
    if (event.end) consider(lastDayOf(event.end));
  }
  const clamp = (day: string) =>
    day < SCENARIO_DATE_RANGE.minimum
      ? SCENARIO_DATE_RANGE.minimum
      : day > SCENARIO_DATE_RANGE.maximum
        ? SCENARIO_DATE_RANGE.maximum
        : day;
  return { first: clamp(first), last: clamp(last) };
}

/** The days on which events begin or end, sorted, each once (the timeline's marks and event steps). */
export function eventDays(events: readonly CorridorEvent[]): string[] {
  const days = new Set<string>();
  for (const event of events) {
    const start = firstDayOf(event.start);
    if (start) days.add(start);
    const end = event.end ? lastDayOf(event.end) : undefined;
    if (end) days.add(dayOfNumber(dayNumber(end) + 1));
  }
  return [...days].sort();
}
