import { describe, expect, it } from 'vitest';
import type { CorridorEvent } from '../events/corridor-event';
import { changesBetween, type SituationTarget, situationOn } from './situation';

const PRESENT = '2026-12-01';

const closure: CorridorEvent = {
  id: 'hormuz-closure-2026-02-28',
  kind: 'closure',
  name: 'Iran closes the Strait of Hormuz',
  start: '2026-02-28',
  end: '2026-04-07',
  affects: { passages: ['hormuz'] },
  effect: { type: 'closes', note: 'closed' },
  summary: 'Closed.',
  sources: ['windward-2026-03-03'],
};

const blast: CorridorEvent = {
  id: 'shahid-rajaee-explosion-2025-04-26',
  kind: 'accident',
  name: 'Explosion at Shahid Rajaee',
  start: '2025-04-26',
  end: '2025-04-29',
  affects: { features: ['bandar-abbas'] },
  effect: { type: 'closes', note: 'halted' },
  summary: 'Blast.',
  sources: ['mehr-2025-04-28'],
};

const TARGETS: SituationTarget[] = [
  {
    id: 'hormuz',
    kind: 'passage',
    name: 'Strait of Hormuz',
    facts: {
      status: 'restricted',
      statusHistory: [
        { status: 'closed', since: '2026-02-28', until: '2026-04-07', event: closure.id },
        { status: 'restricted', since: '2026-06-24', sources: ['kpler-2026-06-24'], note: 'later state not confirmed' },
      ],
    },
  },
  {
    id: 'alat--astara-az',
    kind: 'segment',
    name: 'Alat – Astara',
    facts: { status: 'restricted', statusHistory: [{ status: 'restricted', since: '2024', sources: ['trend'] }] },
  },
  { id: 'baku--yalama', kind: 'segment', name: 'Baku – Yalama', facts: { status: 'operational', statusHistory: [] } },
];

describe('situationOn', () => {
  it('lists what is closed, suspended or restricted on a day, most severe first, with since, event and sources', () => {
    const items = situationOn(TARGETS, '2026-03-15', PRESENT, new Map([[closure.id, closure]]));
    expect(items.map((item) => [item.id, item.status, item.since, item.until, item.event])).toEqual([
      ['hormuz', 'closed', '2026-02-28', '2026-04-07', closure.id],
      ['alat--astara-az', 'restricted', '2024', null, null],
    ]);
    // An entry without sources of its own cites its event's.
    expect(items[0]?.sources).toEqual(['windward-2026-03-03']);
    expect(items[1]?.sources).toEqual(['trend']);
  });

  it('reads the as-of day from the status fields and the lasting entries', () => {
    const items = situationOn(TARGETS, PRESENT, PRESENT, new Map());
    expect(items.map((item) => [item.id, item.status, item.note])).toEqual([
      ['alat--astara-az', 'restricted', null],
      ['hormuz', 'restricted', 'later state not confirmed'],
    ]);
  });
});

describe('changesBetween', () => {
  it('lists status changes and the events that began or ended between two days, in either order', () => {
    const changes = changesBetween(TARGETS, '2026-05-01', '2026-01-01', PRESENT, [closure, blast]);
    expect(changes.from).toBe('2026-01-01');
    expect(changes.statusChanges).toEqual([]);
    expect(changes.eventsStarted.map((event) => event.id)).toEqual([closure.id]);
    expect(changes.eventsEnded.map((event) => event.id)).toEqual([closure.id]);
    const later = changesBetween(TARGETS, '2026-01-01', '2026-03-01', PRESENT, [closure, blast]);
    expect(later.statusChanges).toEqual([
      {
        id: 'hormuz',
        kind: 'passage',
        name: 'Strait of Hormuz',
        before: undefined,
        after: 'closed',
        event: closure.id,
      },
    ]);
    expect(later.eventsEnded).toEqual([]);
    const year = changesBetween(TARGETS, '2023-12-31', '2024-12-31', PRESENT, [closure, blast]);
    expect(year.statusChanges.map((change) => [change.id, change.before, change.after])).toEqual([
      ['alat--astara-az', undefined, 'restricted'],
    ]);
  });
});
