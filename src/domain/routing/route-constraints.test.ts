import { describe, expect, it } from 'vitest';
import { createNetworkTimeline } from '../timeline/network-timeline';
import { closureContextOf, ROUTE_CONSTRAINTS } from './route-constraints';
import type { RouteQuery } from './route-query';
import { SCENARIOS } from './scenarios';

const TIMELINE = createNetworkTimeline({ present: '2026-01-01' });

/** A timeline whose Hormuz has been closed since 2025: the events constraint is on. */
const DISRUPTED = createNetworkTimeline({
  present: '2026-01-01',
  passages: [{ id: 'hormuz', name: 'Hormuz', status: 'closed', statusHistory: [{ status: 'closed', since: '2025' }] }],
});

const QUERY: RouteQuery = { from: 'a', to: 'b', by: 'distance', cargo: 'container', scenario: {} };

describe('ROUTE_CONSTRAINTS', () => {
  it('holds one constraint per scenario that closes passages, in the registry order, between month and avoid', () => {
    const passageFlags = SCENARIOS.flatMap((scenario) => ('closesPassages' in scenario ? [scenario.flag] : []));
    expect(ROUTE_CONSTRAINTS.map(({ id }) => id)).toEqual([
      'year',
      'events',
      'month',
      ...passageFlags,
      'avoid',
      'modes',
      'branch',
      'all-sea',
    ]);
  });

  it('is active when set, and relaxing a constraint makes it inactive (the year is always on)', () => {
    const everything = {
      ...closureContextOf(
        {
          ...QUERY,
          modes: ['rail'],
          branch: 'western',
          scenario: { month: 1, flags: ['redsea-closed', 'hormuz-closed'], avoidCountries: ['AZ'] },
        },
        DISRUPTED,
      ),
      allSeaVia: 'suez' as const,
    };
    const nothing = closureContextOf(QUERY, TIMELINE);
    for (const constraint of ROUTE_CONSTRAINTS) {
      expect(constraint.active(everything)).toBe(true);
      expect(constraint.active(constraint.relax(everything))).toBe(constraint.id === 'year');
      expect(constraint.active(nothing)).toBe(constraint.id === 'year');
    }
  });
});

describe('closureContextOf', () => {
  it("defaults the day to the data's as-of date, upper-cases countries and reads no modes from an empty list", () => {
    const context = closureContextOf({ ...QUERY, modes: [], scenario: { avoidCountries: ['az'] } }, TIMELINE);
    expect(context).toMatchObject({
      moment: '2026-01-01',
      networkMoment: '2026-01-01',
      momentBasis: 'as-of',
      events: true,
      modes: undefined,
      allSeaVia: undefined,
    });
    expect([...context.avoidCountries]).toEqual(['AZ']);
  });

  it('reads the day from the date before the year', () => {
    const byYear = closureContextOf({ ...QUERY, scenario: { year: 2010 } }, TIMELINE);
    expect([byYear.moment, byYear.momentBasis]).toEqual(['2010-12-31', 'year']);
    const byDate = closureContextOf({ ...QUERY, scenario: { year: 2010, date: '2026-03-15' } }, TIMELINE);
    expect([byDate.moment, byDate.momentBasis]).toEqual(['2026-03-15', 'date']);
  });
});
