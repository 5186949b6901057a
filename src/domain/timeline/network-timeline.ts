import type { CorridorEvent } from '../events/corridor-event';
import { firstDayOf, lastDayOf, type StatusFacts, type StatusRecord, statusRecordAt } from '../status-at';

/** A passage as the timeline reads it (a validated corridor passage fits it). */
export interface TimelinePassage extends StatusFacts {
  readonly id: string;
  readonly name: string;
}

/**
 * The dated facts every question about a day shares: the data's as-of date (the present), the
 * events by id and the passages by id (a closed passage closes every leg through it).
 */
export interface NetworkTimeline {
  /** The data's as-of date (`YYYY-MM-DD`): the day the `status` fields describe. */
  readonly present: string;
  readonly events: ReadonlyMap<string, CorridorEvent>;
  readonly passages: ReadonlyMap<string, TimelinePassage>;
  /** The places with dated statuses (a closed port closes every leg that starts or ends at it). */
  readonly places: ReadonlyMap<string, StatusFacts>;
}

/** Builds the timeline of a dataset. */
export function createNetworkTimeline(input: {
  present: string;
  events?: readonly CorridorEvent[] | undefined;
  passages?: readonly TimelinePassage[] | undefined;
  places?: readonly { readonly id: string; readonly facts: StatusFacts }[] | undefined;
}): NetworkTimeline {
  return {
    present: input.present,
    events: new Map((input.events ?? []).map((event) => [event.id, event])),
    passages: new Map((input.passages ?? []).map((passage) => [passage.id, passage])),
    places: new Map(
      (input.places ?? [])
        .filter((place) => place.facts.statusHistory.length > 0)
        .map((place) => [place.id, place.facts]),
    ),
  };
}

/** Statuses in which nothing passes. */
const CLOSED_STATUSES: ReadonlySet<string> = new Set(['closed', 'suspended']);

/** Whether a status record says nothing passes. */
export function isClosedRecord(record: StatusRecord | undefined): boolean {
  return record !== undefined && CLOSED_STATUSES.has(record.status);
}

/**
 * A feature without its disruptions: the history entries that are temporary (`until`) or due to an
 * event (`event`) left out. What the network would be on a day had none of the recorded events
 * happened: the router's "as built" view, beside which event closures are explained.
 */
export function withoutDisruptions<Facts extends StatusFacts>(facts: Facts): Facts {
  const lasting = facts.statusHistory.filter((entry) => entry.until === undefined && entry.event === undefined);
  if (lasting.length === facts.statusHistory.length) return facts;
  const last = [...lasting].reverse()[0];
  const disrupted = facts.statusHistory.some((entry) => entry.until === undefined && entry.event !== undefined);
  // The status field follows the last lasting entry; without the event's entry it is the one before.
  const status = disrupted && last ? last.status : disrupted ? 'operational' : facts.status;
  return { ...facts, status, statusHistory: lasting };
}

/** The record of a passage on a day; `undefined` when the data records nothing for it (it is open). */
export function passageRecordAt(timeline: NetworkTimeline, passage: string, day: string) {
  const facts = timeline.passages.get(passage);
  return facts ? statusRecordAt(facts, day, timeline.present) : undefined;
}

/** The record of a place on a day; `undefined` when the data records nothing for it (it is open). */
export function placeRecordAt(timeline: NetworkTimeline, place: string, day: string) {
  const facts = timeline.places.get(place);
  return facts ? statusRecordAt(facts, day, timeline.present) : undefined;
}

/** Whether `event` is in force on `day` (its `start` to its inclusive `end`; no end: still in force). */
export function eventInForce(event: CorridorEvent, day: string): boolean {
  const start = firstDayOf(event.start);
  if (start === undefined || start > day) return false;
  if (event.end === null) return true;
  const end = lastDayOf(event.end);
  return end !== undefined && day <= end;
}

/**
 * Whether anything may be disrupted on `day`: an event that closes or restricts is in force, or a
 * passage is closed. A cheap test the router uses to skip the events constraint on quiet days.
 */
export function disruptedOn(timeline: NetworkTimeline, day: string): boolean {
  for (const event of timeline.events.values()) {
    if (event.effect.type !== 'none' && eventInForce(event, day)) return true;
  }
  for (const passage of timeline.passages.keys()) {
    if (isClosedRecord(passageRecordAt(timeline, passage, day))) return true;
  }
  for (const place of timeline.places.keys()) {
    if (isClosedRecord(placeRecordAt(timeline, place, day))) return true;
  }
  return false;
}
