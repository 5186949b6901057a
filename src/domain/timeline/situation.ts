import type { CorridorEvent } from '../events/corridor-event';
import { firstDayOf, type StatusEntry, type StatusFacts, statusRecordAt } from '../status-at';
import { eventInForce } from './network-timeline';

/** A history entry as the situation reads it: a status entry with its sources and note. */
interface SourcedStatusEntry extends StatusEntry {
  readonly sources?: readonly string[] | undefined;
  readonly note?: string | undefined;
}

/** Something whose status the situation reports: a segment, a passage, or an energy feature. */
export interface SituationTarget {
  readonly id: string;
  /** What it is, for grouping: `segment`, `passage`, `pipeline`, `lng`, `swap`. */
  readonly kind: string;
  readonly name: string;
  readonly facts: Omit<StatusFacts, 'statusHistory'> & { readonly statusHistory: readonly SourcedStatusEntry[] };
}

/** The statuses "the situation on a day" lists, most severe first. */
const DISRUPTED_STATUSES = ['closed', 'suspended', 'restricted'] as const;

/** One thing closed, suspended or restricted on a day, since when, because of which event, per which sources. */
export interface SituationItem {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly status: string;
  /** When the status began, as precise as the source (`null`: the status field, no dated entry). */
  readonly since: string | null;
  /** When it ends, when the data says (`null`: lasting, or not confirmed). */
  readonly until: string | null;
  readonly event: string | null;
  /** The entry's sources, else the event's. */
  readonly sources: readonly string[];
  readonly note: string | null;
}

function severity(status: string): number {
  const index = (DISRUPTED_STATUSES as readonly string[]).indexOf(status);
  return index < 0 ? DISRUPTED_STATUSES.length : index;
}

/**
 * Everything closed, suspended or restricted on `day` (`YYYY-MM-DD`) by the one status rule
 * (`statusRecordAt`), most severe first, then by the day it began, then by name.
 */
export function situationOn(
  targets: readonly SituationTarget[],
  day: string,
  present: string,
  events: ReadonlyMap<string, CorridorEvent>,
): SituationItem[] {
  const items: SituationItem[] = [];
  for (const target of targets) {
    const record = statusRecordAt(target.facts, day, present);
    if (!record || severity(record.status) >= DISRUPTED_STATUSES.length) continue;
    const entry = record.entry as SourcedStatusEntry | undefined;
    const event = entry?.event ?? null;
    const entrySources = entry?.sources ?? [];
    items.push({
      id: target.id,
      kind: target.kind,
      name: target.name,
      status: record.status,
      since: entry?.since ?? null,
      until: entry?.until ?? null,
      event,
      sources: entrySources.length > 0 ? [...entrySources] : [...((event && events.get(event)?.sources) ?? [])],
      note: entry?.note ?? null,
    });
  }
  return items.sort(
    (a, b) =>
      severity(a.status) - severity(b.status) ||
      (a.since ?? '').localeCompare(b.since ?? '') ||
      a.name.localeCompare(b.name),
  );
}

/** A status that differs between two days. */
interface StatusChange {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  /** `undefined`: not existing yet on that day. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** The event behind the later status, when there is one. */
  readonly event: string | null;
}

/** What changed between two days: statuses, and events that started or ended in between. */
export interface ChangesBetween {
  readonly from: string;
  readonly to: string;
  readonly statusChanges: StatusChange[];
  /** Events in force on `to` but not on `from`. */
  readonly eventsStarted: CorridorEvent[];
  /** Events in force on `from` but not on `to`. */
  readonly eventsEnded: CorridorEvent[];
}

/**
 * What changed from day `from` to day `to` (either order; they are put in order): every target
 * whose status differs, and the events that began or ended in between (an event that began and
 * ended inside the interval counts as both).
 */
export function changesBetween(
  targets: readonly SituationTarget[],
  first: string,
  second: string,
  present: string,
  events: readonly CorridorEvent[],
): ChangesBetween {
  const [from, to] = first <= second ? [first, second] : [second, first];
  const statusChanges: StatusChange[] = [];
  for (const target of targets) {
    const before = statusRecordAt(target.facts, from, present);
    const after = statusRecordAt(target.facts, to, present);
    if (before?.status === after?.status) continue;
    statusChanges.push({
      id: target.id,
      kind: target.kind,
      name: target.name,
      before: before?.status,
      after: after?.status,
      event: after?.entry?.event ?? null,
    });
  }
  const started = events.filter(
    (event) => !eventInForce(event, from) && (eventInForce(event, to) || startsBetween(event, from, to)),
  );
  const ended = events.filter(
    (event) => (eventInForce(event, from) || startsBetween(event, from, to)) && !eventInForce(event, to),
  );
  return {
    from,
    to,
    statusChanges: statusChanges.sort((a, b) => a.name.localeCompare(b.name)),
    eventsStarted: started,
    eventsEnded: ended,
  };
}

function startsBetween(event: CorridorEvent, from: string, to: string): boolean {
  const start = firstDayOf(event.start);
  return start !== undefined && start > from && start <= to;
}
