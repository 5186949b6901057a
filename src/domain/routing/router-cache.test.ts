import { describe, expect, it } from 'vitest';
import { createNetworkTimeline } from '../timeline/network-timeline';
import { type ClosureContext, closureContextOf } from './route-constraints';
import { costingKey, createRouterCache, scenarioKey } from './router-cache';

const TIMELINE = createNetworkTimeline({ present: '2026-01-01' });

describe('createRouterCache', () => {
  it('creates a value once and returns it while it is held', () => {
    const cache = createRouterCache<{ name: string }>(2);
    let created = 0;
    const make = (name: string) => () => {
      created += 1;
      return { name };
    };
    const first = cache.getOrCreate('a', make('a'));
    expect(cache.getOrCreate('a', make('other'))).toBe(first);
    expect(created).toBe(1);
  });

  it('drops the value used longest ago when full, not the one added first', () => {
    const cache = createRouterCache<string>(2);
    const created: string[] = [];
    const get = (key: string) =>
      cache.getOrCreate(key, () => {
        created.push(key);
        return key;
      });
    get('a');
    get('b');
    get('a');
    get('c');
    expect(cache.size).toBe(2);
    get('a');
    get('b');
    expect(created).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('scenarioKey', () => {
  const base = closureContextOf({ from: 'a', to: 'b', by: 'distance', cargo: 'container', scenario: {} }, TIMELINE);

  it('is the same for contexts that differ only in the order of their sets', () => {
    const one: ClosureContext = {
      ...base,
      scenarios: new Set(['hormuz-closed', 'planned']),
      avoidCountries: new Set(['IR', 'AZ']),
      modes: new Set(['sea', 'rail']),
    };
    const other: ClosureContext = {
      ...base,
      scenarios: new Set(['planned', 'hormuz-closed']),
      avoidCountries: new Set(['AZ', 'IR']),
      modes: new Set(['rail', 'sea']),
    };
    expect(scenarioKey(one)).toBe(scenarioKey(other));
  });

  it('changes with every field of the context', () => {
    const variants: Required<{ [Field in keyof ClosureContext]: Partial<ClosureContext> }> = {
      moment: { moment: '2010-12-31' },
      networkMoment: { networkMoment: '2100-12-31' },
      momentBasis: { momentBasis: 'year' },
      events: { events: false },
      timeline: { timeline: createNetworkTimeline({ present: '2027-01-01' }) },
      scenarios: { scenarios: new Set(['planned']) },
      month: { month: 1 },
      avoidCountries: { avoidCountries: new Set(['AZ']) },
      modes: { modes: new Set(['rail']) },
      branch: { branch: 'western' },
      allSeaVia: { allSeaVia: 'suez' },
      allSeaPorts: { allSeaPorts: ['st-petersburg', 'mumbai'] },
    };
    const keys = Object.values(variants).map((variant) => scenarioKey({ ...base, ...variant }));
    expect(new Set([scenarioKey(base), ...keys]).size).toBe(keys.length + 1);
  });

  it('tells no mode filter from an empty set of modes', () => {
    expect(scenarioKey({ ...base, modes: new Set() })).not.toBe(scenarioKey(base));
  });
});

describe('costingKey', () => {
  it('is the same for overrides given in another order, and for no overrides and none given', () => {
    expect(costingKey('container', { b: 2, a: 1 })).toBe(costingKey('container', { a: 1, b: 2 }));
    expect(costingKey('bulk', {})).toBe(costingKey('bulk'));
  });

  it('changes with the cargo and with each override', () => {
    const keys = [
      costingKey('container'),
      costingKey('bulk'),
      costingKey('container', { a: 1 }),
      costingKey('container', { a: 2 }),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});
