import { describe, expect, it } from 'vitest';
import { validateObservations } from './observations-schema';

const observation = {
  id: 'trial-2022',
  kind: 'trial-run',
  title: 'A trial',
  date: '2022-06',
  route: ['moscow', 'mumbai'],
  routeDescription: 'Moscow to Mumbai',
  branch: 'trans-caspian',
  cargo: { kind: 'container', description: 'two FEU', quantity: 2, unit: 'FEU' },
  reported: { days: { low: 24, high: 25 }, costUsd: { low: 3400, high: 3400, per: 'TEU', year: 2020 } },
  claimedBy: 'an operator',
  sources: ['a-source'],
  verified: false,
};

const places = new Set(['moscow', 'mumbai']);

describe('validateObservations', () => {
  it('keeps a valid observation', () => {
    const result = validateObservations({ observations: [observation] }, places);
    expect(result.problems).toEqual([]);
    expect(result.observations[0]?.reported.days).toEqual({ low: 24, high: 25 });
  });

  it('rejects a route through an unknown place', () => {
    const result = validateObservations({ observations: [{ ...observation, route: ['moscow', 'atlantis'] }] }, places);
    expect(result.observations).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/atlantis/);
  });

  it('rejects a range whose low is above its high, and a repeated id', () => {
    const inverted = { ...observation, id: 'inverted', reported: { days: { low: 30, high: 20 } } };
    const result = validateObservations({ observations: [observation, inverted, observation] }, places);
    expect(result.problems.map((problem) => problem.feature)).toEqual(['inverted', 'trial-2022']);
  });

  it('reports a file that is not an observations file', () => {
    expect(validateObservations([], places).problems[0]?.feature).toBe('(file)');
  });
});
