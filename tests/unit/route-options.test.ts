import { beforeAll, describe, expect, it } from 'vitest';
import { describeProblem, errorsOf } from '../../src/data/data-problem';
import { readRouting } from '../../src/data/read-geodata-node';
import { routeOptionsToCsv } from '../../src/domain/export/route-options-csv';
import type { Router } from '../../src/domain/routing/create-router';
import { type RouteOptionNames, routeOptions } from '../../src/domain/routing/route-options';
import type { RouteQuery } from '../../src/domain/routing/route-query';

let router: Router;
let names: RouteOptionNames;

beforeAll(() => {
  const loaded = readRouting({ currentYear: 2026 });
  expect(errorsOf(loaded.problems).map(describeProblem)).toEqual([]);
  if (!loaded.routing.router) throw new Error('no router');
  router = loaded.routing.router;
  names = {
    place: (id) => loaded.corridor.nodeById.get(id)?.properties.name ?? id,
    passagesOf: (id) => loaded.corridor.segmentById.get(id)?.properties.passages ?? [],
  };
});

function optionsOf(query: RouteQuery) {
  const route = router.route(query);
  const comparison = router.compare(query);
  if (route.kind !== 'route' || comparison.kind !== 'comparison') throw new Error('expected an answer');
  return routeOptions(route.route, comparison.comparison, names);
}

describe('the option cards of Moscow → Mumbai by time (issue 14 §3)', () => {
  it('name the all-sea best route and the Suez comparator by their ports, and never show one route twice', () => {
    const options = optionsOf({ from: 'moscow', to: 'mumbai', by: 'time', cargo: 'container', scenario: {} });
    const [best] = options;
    expect(best?.best).toBe(true);
    expect(best?.title).toBe('All sea via Suez from Novorossiysk');
    expect(options.filter((option) => option.best)).toHaveLength(1);
    const suez = options.find((option) => option.key === 'all-sea-suez');
    expect(suez?.title).toBe('All sea via Suez from St Petersburg');
    // Two cards with the same title would be the same route: the figures of one title are one set.
    const titles = options.map((option) => option.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(best?.marks).toContain('fastest');
    for (const option of options) expect(option.why).not.toMatch(/--|\bst-petersburg\b/);
  });

  it('the options CSV has a row per card, names and ids in their own columns, full numbers', () => {
    const options = optionsOf({ from: 'moscow', to: 'mumbai', by: 'time', cargo: 'container', scenario: {} });
    const csv = routeOptionsToCsv(options, { exportedOn: '2026-12-02', place: names.place });
    const [header = '', ...lines] = csv.trimEnd().split('\r\n');
    expect(header.split(',').slice(0, 12)).toEqual([
      'option',
      'option_id',
      'route_answer',
      'origin_port',
      'origin_port_id',
      'from',
      'from_id',
      'to',
      'to_id',
      'criterion',
      'km',
      'days',
    ]);
    expect(header).toContain('usd_per_TEU_low');
    expect(lines).toHaveLength(options.length);
    expect(lines[0]).toMatch(/^All sea via Suez from Novorossiysk,best,yes,Novorossiysk,novorossiysk,Moscow,moscow,/);
    expect(lines[0]).toContain(String(Math.round((options[0]?.route.totals.days ?? 0) * 1000) / 1000));
  });
});
