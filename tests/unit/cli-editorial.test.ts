import { beforeAll, describe, expect, it } from 'vitest';
import { type RouteData, runRouteCli } from '../../scripts/route';
import { readRouting } from '../../src/data/read-geodata-node';
import { editorialAssumptionsOfRoute, isEditorialEstimate } from '../../src/domain/routing/editorial-assumptions';
import type { RouteQuery } from '../../src/domain/routing/route-query';
import type { RouteResult } from '../../src/domain/routing/route-result';

/** A day before the 2026 war, on which every corridor branch was open. */
const PRE_WAR = '2026-01-15';

let loaded: RouteData;

beforeAll(() => {
  loaded = readRouting({ currentYear: 2026 });
});

function run(...argv: string[]) {
  let stdout = '';
  const code = runRouteCli(argv, { stdout: (text) => (stdout += text), stderr: () => {} }, () => loaded);
  return { code, stdout };
}

function routeOf(query: RouteQuery): RouteResult {
  const outcome = loaded.routing.router?.route(query);
  if (outcome?.kind !== 'route') throw new Error(`no route: ${JSON.stringify(outcome)}`);
  return outcome.route;
}

function editorialEntries() {
  const assumptions = loaded.routing.assumptions;
  if (!assumptions) throw new Error('no assumptions');
  return { assumptions, editorial: assumptions.entries.filter(isEditorialEstimate) };
}

describe('instc route on the assumptions that cite no source (issue 13 §5)', () => {
  it('ends the table with each editorial estimate the route uses, its three values and its override range', () => {
    const { code, stdout } = run('moscow', 'mumbai', '--date', PRE_WAR);
    expect(code).toBe(0);
    const [, section = ''] = stdout.split('is an editorial estimate (no source); change one with --asm KEY:VALUE:\n');
    const listed = section
      .trimEnd()
      .split('\n')
      .map(
        (line) => /^ {2}(\S+): optimistic \S+, central \S+, pessimistic \S+ .+; an override may be /.exec(line)?.[1],
      );
    expect(listed.length).toBeGreaterThan(0);
    const { editorial } = editorialEntries();
    for (const key of listed) expect(editorial.map((entry) => entry.key)).toContain(key);
  });

  it('lists exactly the editorial estimates whose change changes the route: the others leave it as it is', () => {
    const { assumptions, editorial } = editorialEntries();
    for (const cargo of ['container', 'bulk'] as const) {
      const query: RouteQuery = { from: 'moscow', to: 'mumbai', by: 'distance', cargo, scenario: { date: PRE_WAR } };
      const route = routeOf(query);
      const listed = new Set(editorialAssumptionsOfRoute(route, assumptions).map((entry) => entry.key));
      for (const entry of editorial) {
        const changed = entry.pessimistic !== entry.central ? entry.pessimistic : entry.optimistic;
        const other = routeOf({ ...query, assumptionOverrides: { [entry.key]: changed } });
        expect(other.legs.map((leg) => leg.segment)).toEqual(route.legs.map((leg) => leg.segment));
        const moved = ['days', 'usd', 'co2Kg'].some(
          (field) =>
            other.totals[field as 'days' | 'usd' | 'co2Kg'] !== route.totals[field as 'days' | 'usd' | 'co2Kg'],
        );
        expect({ key: entry.key, cargo, moved }).toEqual({ key: entry.key, cargo, moved: listed.has(entry.key) });
      }
    }
    // About 50 routes, each costing a network of its own: seconds on a loaded machine, not a hang.
  }, 60_000);

  it('lists them under a comparison too, and never in the JSON', () => {
    const table = run('moscow', 'mumbai', '--compare', '--date', PRE_WAR).stdout;
    expect(table).toMatch(
      /is an editorial estimate \(no source\); change one with --asm KEY:VALUE:\n {2}\S+: optimistic /,
    );
    const json = run('moscow', 'mumbai', '--format', 'json', '--date', PRE_WAR).stdout;
    expect(json).not.toMatch(/editorial estimate/);
  });
});
