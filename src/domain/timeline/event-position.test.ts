import { describe, expect, it } from 'vitest';
import type { CorridorEvent } from '../events/corridor-event';
import { eventPosition } from './event-position';

const places = {
  placePosition: (id: string) => (id === 'bandar-abbas' ? [56.2, 27.1] : undefined),
  segmentLine: (id: string) =>
    id === 'alat--astara-az'
      ? [
          [49.4, 39.9],
          [49.0, 39.0],
          [48.9, 38.4],
        ]
      : undefined,
  passageRing: (id: string) =>
    id === 'hormuz'
      ? [
          [56, 26],
          [57, 26],
          [57, 27],
          [56, 27],
          [56, 26],
        ]
      : undefined,
};

function event(affects: CorridorEvent['affects']): CorridorEvent {
  return {
    id: 'e',
    kind: 'closure',
    name: 'E',
    start: '2026',
    end: null,
    affects,
    effect: { type: 'none', note: '' },
    summary: '',
    sources: ['s'],
  };
}

describe('eventPosition', () => {
  it('prefers a place, then a segment middle, then a passage centre, and draws country-only events nowhere', () => {
    expect(
      eventPosition(event({ features: ['alat--astara-az', 'bandar-abbas'], passages: ['hormuz'] }), places),
    ).toEqual([56.2, 27.1]);
    expect(eventPosition(event({ features: ['alat--astara-az'] }), places)).toEqual([49.0, 39.0]);
    expect(eventPosition(event({ passages: ['hormuz'] }), places)).toEqual([56.5, 26.5]);
    expect(eventPosition(event({ countries: ['IR'] }), places)).toBeUndefined();
  });
});
