import { describe, expect, it } from 'vitest';
import { closureContextOf, ROUTE_CONSTRAINTS } from './route-constraints';
import type { RouteQuery } from './route-query';
import { SCENARIOS } from './scenarios';

const QUERY: RouteQuery = { from: 'a', to: 'b', by: 'distance', cargo: 'container', scenario: {} };

describe('ROUTE_CONSTRAINTS', () => {
  it('holds one constraint per scenario that closes passages, in the registry order, between month and avoid', () => {
    const passageFlags = SCENARIOS.flatMap((scenario) => ('closesPassages' in scenario ? [scenario.flag] : []));
    expect(ROUTE_CONSTRAINTS.map(({ id }) => id)).toEqual([
      'year',
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
        2026,
      ),
      allSeaVia: 'suez' as const,
    };
    const nothing = closureContextOf(QUERY, 2026);
    for (const constraint of ROUTE_CONSTRAINTS) {
      expect(constraint.active(everything)).toBe(true);
      expect(constraint.active(constraint.relax(everything))).toBe(constraint.id === 'year');
      expect(constraint.active(nothing)).toBe(constraint.id === 'year');
    }
  });
});

describe('closureContextOf', () => {
  it('defaults the year to the current one, upper-cases countries and reads no modes from an empty list', () => {
    const context = closureContextOf({ ...QUERY, modes: [], scenario: { avoidCountries: ['az'] } }, 2026);
    expect(context).toMatchObject({ year: 2026, currentYear: 2026, modes: undefined, allSeaVia: undefined });
    expect([...context.avoidCountries]).toEqual(['AZ']);
  });
});
