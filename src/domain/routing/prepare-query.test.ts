import { describe, expect, it } from 'vitest';
import { type KnownPlaces, prepareQuery } from './prepare-query';
import type { RouteQuery } from './route-query';

const KNOWN: KnownPlaces = {
  ids: new Set(['moscow', 'mumbai', 'tehran']),
  places: [
    { id: 'moscow', name: 'Moscow' },
    { id: 'mumbai', name: 'Mumbai' },
    { id: 'tehran', name: 'Tehran' },
  ],
  aliases: { bombay: 'mumbai' },
};

function query(overrides: Partial<RouteQuery> = {}): RouteQuery {
  return { from: 'moscow', to: 'mumbai', by: 'distance', cargo: 'container', scenario: {}, ...overrides };
}

describe('prepareQuery', () => {
  it('returns the query with current ids, aliases resolved', () => {
    expect(prepareQuery(query({ to: 'bombay', via: ['tehran'] }), KNOWN)).toEqual(
      query({ to: 'mumbai', via: ['tehran'] }),
    );
  });

  it('lists every value out of range at once', () => {
    const outcome = prepareQuery(
      query({
        by: 'speed' as RouteQuery['by'],
        cargo: 'liquid' as RouteQuery['cargo'],
        scenario: { year: 1900, month: 0, avoidCountries: ['Azerbaijan'] },
        modes: ['air' as 'rail'],
        branch: 'northern' as RouteQuery['branch'],
      }),
      KNOWN,
    );
    expect(outcome).toEqual({
      kind: 'invalid-query',
      problems: [
        'by must be one of distance, time, cost, co2',
        'cargo must be one of container, bulk',
        'year must be a whole year between 1990 and 2060',
        'month must be 1 to 12',
        '"Azerbaijan" is not an ISO 3166-1 alpha-2 country code',
        '"air" is not a mode (rail, road, sea, river)',
        'branch must be one of western, trans-caspian, eastern',
      ],
    });
  });

  it('reports each unknown id with its role and the closest known ids', () => {
    const outcome = prepareQuery(query({ from: 'moskow', via: ['teheran'] }), KNOWN);
    expect(outcome).toMatchObject({
      kind: 'unknown-place',
      places: [
        { id: 'moskow', role: 'from' },
        { id: 'teheran', role: 'via' },
      ],
    });
    const places = 'kind' in outcome && outcome.kind === 'unknown-place' ? outcome.places : [];
    expect(places.map((place) => place.closest[0])).toEqual(['moscow', 'tehran']);
  });

  it('does not read an alias off the object prototype', () => {
    expect(prepareQuery(query({ to: 'constructor' }), KNOWN)).toMatchObject({
      kind: 'unknown-place',
      places: [{ id: 'constructor', role: 'to' }],
    });
  });

  it('rejects a route from a place to itself, but not a round trip through a via place', () => {
    expect(prepareQuery(query({ to: 'moscow' }), KNOWN)).toEqual({
      kind: 'invalid-query',
      problems: ['from and to are the same place (moscow)'],
    });
    expect(prepareQuery(query({ to: 'moscow', via: ['tehran'] }), KNOWN)).toMatchObject({ to: 'moscow' });
  });
});
