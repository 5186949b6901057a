import { describe, expect, it } from 'vitest';
import { presentOfYear, statusAt, yearMoment } from '../status-at';
import { createNetworkTimeline } from '../timeline/network-timeline';
import { type ClosureContext, closureContextOf } from './route-constraints';
import type { RoutingSegment } from './routing-input';
import { segmentClosures } from './segment-closures';

const TIMELINE = createNetworkTimeline({ present: '2026-01-01' });

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

/** The status the router reads for a year scenario. */
function statusInYear(feature: RoutingSegment, year: number, currentYear: number): string | undefined {
  return statusAt(feature.properties, yearMoment(year), presentOfYear(currentYear));
}

function context(overrides: Partial<ClosureContext> = {}): ClosureContext {
  return {
    ...closureContextOf({ from: 'a', to: 'b', by: 'distance', cargo: 'container', scenario: {} }, TIMELINE),
    ...overrides,
  };
}

describe('the year rule (statusAt at the end of the year, seen from the data year)', () => {
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

describe('segmentClosures', () => {
  it('closes a segment not yet open in the year, unless a planned scenario counts it open', () => {
    const rashtQazvin = segment({
      statusHistory: [
        { status: 'under-construction', since: '2006' },
        { status: 'operational', since: '2019-03-06' },
      ],
    });
    expect(segmentClosures(rashtQazvin, context({ moment: '2015-12-31', networkMoment: '2015-12-31' }))).toEqual([
      'year',
    ]);
    expect(
      segmentClosures(
        rashtQazvin,
        context({ moment: '2015-12-31', networkMoment: '2015-12-31', scenarios: new Set(['planned']) }),
      ),
    ).toEqual([]);
    expect(
      segmentClosures(
        rashtQazvin,
        context({ moment: '2000-12-31', networkMoment: '2000-12-31', scenarios: new Set(['planned']) }),
      ),
    ).toEqual(['year']);
    expect(segmentClosures(rashtQazvin, context({ moment: '2019-12-31', networkMoment: '2019-12-31' }))).toEqual([]);
  });

  it('lists every constraint that closes a segment, in registry order', () => {
    const hormuzFerry = segment({
      mode: 'sea',
      branch: 'indian-ocean',
      status: 'planned',
      passages: ['hormuz', 'suez'],
      seasonal: { closedMonths: [1], note: 'ice' },
      countries: ['IR', 'AZ'],
    });
    const everything = context({
      month: 1,
      scenarios: new Set(['redsea-closed', 'hormuz-closed']),
      avoidCountries: new Set(['AZ']),
      modes: new Set(['rail']),
      allSeaVia: 'suez',
    });
    expect(segmentClosures(hormuzFerry, everything)).toEqual([
      'year',
      'month',
      'redsea-closed',
      'hormuz-closed',
      'avoid',
      'modes',
      'all-sea',
    ]);
  });

  it('keeps the shared branches open when a branch is forced', () => {
    expect(segmentClosures(segment({ branch: 'iran' }), context({ branch: 'western' }))).toEqual([]);
    expect(segmentClosures(segment({ branch: 'eastern' }), context({ branch: 'western' }))).toEqual(['branch']);
  });

  it('keeps only land legs and the comparator between the two chosen ports in the all-sea comparison', () => {
    const comparator = (from: string, to: string) =>
      segment({ id: `${from}--${to}`, from, to, mode: 'sea', branch: 'comparator', passages: ['suez'] });
    const allSea = context({ allSeaVia: 'suez', allSeaPorts: ['st-petersburg', 'mumbai'] });
    expect(segmentClosures(comparator('st-petersburg', 'mumbai'), allSea)).toEqual([]);
    expect(segmentClosures(comparator('novorossiysk', 'mumbai'), allSea)).toEqual(['all-sea']);
    expect(segmentClosures(segment({ mode: 'road' }), allSea)).toEqual([]);
    expect(segmentClosures(segment({ mode: 'sea', branch: 'indian-ocean' }), allSea)).toEqual(['all-sea']);
  });
});

describe('dated statuses (contracts §7)', () => {
  it('keeps a restricted segment open, and closes one its event closes, under the events constraint only', () => {
    expect(
      segmentClosures(
        segment({ status: 'restricted', statusHistory: [{ status: 'restricted', since: '2024' }] }),
        context(),
      ),
    ).toEqual([]);
    const struck = segment({
      statusHistory: [{ status: 'closed', since: '2025-12-30', until: '2026-01-05', event: 'strike' }],
    });
    expect(segmentClosures(struck, context())).toEqual(['events']);
    expect(segmentClosures(struck, context({ events: false }))).toEqual([]);
    expect(segmentClosures(struck, context({ moment: '2026-01-06', networkMoment: '2026-01-06' }))).toEqual([]);
  });

  it('closes every leg through a closed passage and at a closed place on those days', () => {
    const timeline = createNetworkTimeline({
      present: '2026-01-01',
      passages: [
        {
          id: 'hormuz',
          name: 'Hormuz',
          status: 'operational',
          statusHistory: [{ status: 'closed', since: '2025-12', until: '2026-01', event: 'x' }],
        },
      ],
      places: [
        {
          id: 'b',
          facts: {
            status: 'operational',
            statusHistory: [{ status: 'closed', since: '2025-06-01', until: '2025-06-02' }],
          },
        },
      ],
    });
    const sea = segment({ mode: 'sea', passages: ['hormuz'] });
    expect(segmentClosures(sea, context({ timeline }))).toEqual(['events']);
    expect(segmentClosures(sea, context({ timeline, moment: '2026-02-01', networkMoment: '2026-02-01' }))).toEqual([]);
    const atB = segment({});
    expect(segmentClosures(atB, context({ timeline, moment: '2025-06-02', networkMoment: '2025-06-02' }))).toEqual([
      'events',
    ]);
    expect(segmentClosures(atB, context({ timeline, moment: '2025-06-03', networkMoment: '2025-06-03' }))).toEqual([]);
  });
});
