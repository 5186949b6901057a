import { describe, expect, it } from 'vitest';
import type { CorridorEvent } from '../events/corridor-event';
import { addMonths, dayNumber, dayOfNumber, eventDays, timelineRange } from './timeline-range';

const event = (start: string, end: string | null): CorridorEvent => ({
  id: `e-${start}`,
  kind: 'closure',
  name: 'E',
  start,
  end,
  affects: {},
  effect: { type: 'none', note: '' },
  summary: '',
  sources: ['s'],
});

describe('timeline days', () => {
  it('turns days into numbers and back, across leap days', () => {
    expect(dayOfNumber(dayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(dayOfNumber(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('moves by months, keeping the day where the month has it', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('spans the first dated status or event to the last expected opening, within the scenario days', () => {
    const features = [
      { status: 'operational', statusHistory: [{ status: 'operational', since: '1985' }] },
      { status: 'planned', statusHistory: [], expectedOpen: 2030 },
    ];
    expect(timelineRange(features, [event('2023-11-19', '2026-04')], '2026-12-01')).toEqual({
      first: '1990-01-01',
      last: '2030-12-31',
    });
    expect(timelineRange([], [event('2023-11', null)], '2026-12-01')).toEqual({
      first: '2023-11-01',
      last: '2026-12-01',
    });
  });

  it('marks the days events begin, and the day after they end', () => {
    expect(eventDays([event('2026-02-28', '2026-04-07'), event('2026-04', null), event('2026-02-28', null)])).toEqual([
      '2026-02-28',
      '2026-04-01',
      '2026-04-08',
    ]);
  });
});
