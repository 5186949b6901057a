import { describe, expect, it } from 'vitest';
import { selectRouteQuery } from './select-route-query';

describe('selectRouteQuery', () => {
  it('asks nothing until both ends are chosen', () => {
    expect(selectRouteQuery({})).toBeUndefined();
    expect(selectRouteQuery({ route: ['moscow'] })).toBeUndefined();
  });

  it('turns the link fields into a routing question with the link defaults', () => {
    expect(
      selectRouteQuery({
        route: ['moscow', 'baku', 'mumbai'],
        scenarios: ['planned', 'hormuz-closed'],
        month: 1,
        avoidCountries: ['AZ'],
        assumptions: [['speed.rail.electric', 50]],
      }),
    ).toEqual({
      from: 'moscow',
      to: 'mumbai',
      via: ['baku'],
      by: 'distance',
      cargo: 'container',
      scenario: {
        year: undefined,
        month: 1,
        flags: ['planned', 'hormuz-closed'],
        avoidCountries: ['AZ'],
      },
      assumptionOverrides: { 'speed.rail.electric': 50 },
    });
  });
});
