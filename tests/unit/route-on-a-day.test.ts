import { beforeAll, describe, expect, it } from 'vitest';
import { readRouting } from '../../src/data/read-geodata-node';
import type { Router } from '../../src/domain/routing/create-router';
import type { RouteQuery } from '../../src/domain/routing/route-query';
import type { RouteResult } from '../../src/domain/routing/route-result';

// Routing on a day with the real geodata: the 2026 closure of Hormuz, and the days either side.
let router: Router;
let asOf: string;

beforeAll(() => {
  const loaded = readRouting({ currentYear: 2026 });
  if (!loaded.routing.router) throw new Error('no router');
  router = loaded.routing.router;
  asOf = loaded.routing.asOf;
});

function query(from: string, to: string, scenario: RouteQuery['scenario']): RouteQuery {
  return { from, to, by: 'distance', cargo: 'container', scenario };
}

function routeOf(from: string, to: string, scenario: RouteQuery['scenario']): RouteResult {
  const outcome = router.route(query(from, to, scenario));
  if (outcome.kind !== 'route') throw new Error(`expected a route ${from} → ${to}: ${JSON.stringify(outcome)}`);
  return outcome.route;
}

const throughHormuz = (route: RouteResult) => route.legs.some((leg) => leg.segment.startsWith('bandar-abbas--'));

describe('routing on a day', () => {
  it('reads a query without date or year on the data as-of date, and says so', () => {
    const route = routeOf('astrakhan', 'mumbai', {});
    expect([route.date, route.dateBasis]).toEqual([asOf, 'as-of']);
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('sends no route through Hormuz while it is closed, and names the closure as what ruled out the shorter way', () => {
    const before = routeOf('astrakhan', 'mumbai', { date: '2026-02-27' });
    expect(throughHormuz(before)).toBe(true);
    expect(before.eventDetour).toBeNull();
    const closed = routeOf('astrakhan', 'mumbai', { date: '2026-03-15' });
    expect([closed.date, closed.dateBasis]).toEqual(['2026-03-15', 'date']);
    expect(throughHormuz(closed)).toBe(false);
    expect(closed.eventDetour?.events).toContain('hormuz-closure-2026-02-28');
    expect(closed.eventDetour?.closed).toContain('passage:hormuz');
    expect(closed.eventDetour?.km).toBeLessThan(closed.totals.km);
    const after = routeOf('astrakhan', 'mumbai', { date: '2026-07-15' });
    expect(throughHormuz(after)).toBe(true);
    expect(after.legs.flatMap((leg) => leg.restrictions ?? []).map((item) => item.target)).toContain('passage:hormuz');
  });

  it('names the closing event in a no-route answer', () => {
    const outcome = router.route({ ...query('bandar-abbas', 'mumbai', { date: '2026-03-15' }), modes: ['sea'] });
    expect(outcome.kind).toBe('no-route');
    if (outcome.kind !== 'no-route') return;
    expect(outcome.closedBy?.events).toContain('hormuz-closure-2026-02-28');
    expect(outcome.reason).toMatch(/hormuz-closure-2026-02-28/);
    expect(outcome.reason).toMatch(/sources: /);
  });

  it('keeps the what-if scenarios on top of the date', () => {
    const open = routeOf('astrakhan', 'mumbai', { date: '2026-07-15' });
    const whatIf = routeOf('astrakhan', 'mumbai', { date: '2026-07-15', flags: ['hormuz-closed'] });
    expect(throughHormuz(open)).toBe(true);
    expect(throughHormuz(whatIf)).toBe(false);
  });

  it('a year still reads the network at the end of that year', () => {
    const route = routeOf('uzen', 'gorgan', { year: 2015 });
    expect([route.date, route.dateBasis, route.year]).toEqual(['2015-12-31', 'year', 2015]);
  });
});

describe('comparing on a day the events close the corridor', () => {
  it('shows the all-sea routes, and lists each branch with the event that closes it', () => {
    const outcome = router.compare(query('moscow', 'mumbai', { date: '2026-04-20' }));
    if (outcome.kind !== 'comparison') throw new Error(JSON.stringify(outcome));
    expect(outcome.comparison.routes.map((route) => route.label)).toEqual(['all-sea-suez', 'all-sea-cape']);
    const western = outcome.comparison.omitted.find((entry) => entry.label === 'western');
    expect(western?.reason).toMatch(/us-blockade-iranian-ports-2026-04-13/);
    const before = router.compare(query('moscow', 'mumbai', { date: '2026-01-15' }));
    if (before.kind !== 'comparison') throw new Error(JSON.stringify(before));
    expect(before.comparison.routes.map((route) => route.label)).toContain('western');
  });
});
