import { describe, expect, it } from 'vitest';
import type { RoutingSegment } from './routing-input';
import { statusInYear } from './segment-closures';

function segment(properties: Partial<RoutingSegment['properties']>): RoutingSegment {
  return {
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
      ],
    },
    properties: {
      id: 'a--b',
      from: 'a',
      to: 'b',
      mode: 'rail',
      branch: 'iran',
      status: 'operational',
      statusHistory: [],
      publishedLengths: [],
      passages: [],
      countries: ['IR'],
      ...properties,
    },
  };
}

describe('statusInYear', () => {
  const rashtQazvin = segment({
    statusHistory: [
      { status: 'under-construction', since: '2006' },
      { status: 'operational', since: '2019-03-06' },
    ],
  });

  it('reads the history before the current year', () => {
    expect(statusInYear(rashtQazvin, 2015, 2026)).toBe('under-construction');
    expect(statusInYear(rashtQazvin, 2019, 2026)).toBe('operational');
  });

  it('says a segment whose history starts later did not exist yet', () => {
    expect(statusInYear(rashtQazvin, 2000, 2026)).toBeUndefined();
  });

  it('keeps the status of a segment without history', () => {
    expect(statusInYear(segment({}), 1990, 2026)).toBe('operational');
  });

  it('opens a segment in a later year once its expected year has come, not in the current year', () => {
    const rashtAstara = segment({ status: 'planned', expectedOpen: 2029 });
    expect(statusInYear(rashtAstara, 2026, 2026)).toBe('planned');
    expect(statusInYear(rashtAstara, 2028, 2026)).toBe('planned');
    expect(statusInYear(rashtAstara, 2029, 2026)).toBe('operational');
  });
});
