import { describe, expect, it } from 'vitest';
import { assembleCorridor } from './assemble-corridor';
import { assembleRouting } from './assemble-routing';
import { readLoadUnit } from './read-geodata-node';

function files() {
  const corridor = readLoadUnit('corridor');
  const routing = readLoadUnit('routing');
  expect([...corridor.problems, ...routing.problems]).toEqual([]);
  return { corridor: structuredClone(corridor.files), routing: structuredClone(routing.files) };
}

const query = { by: 'distance', cargo: 'container', scenario: {} } as const;

describe('assembleRouting', () => {
  it('builds the router with the data version of version.json, and lists its coverage notes and editorial estimates as warnings', () => {
    const { corridor, routing } = files();
    const assembled = assembleRouting(assembleCorridor(corridor), routing, { currentYear: 2026 });
    expect(assembled.dataVersion).toMatch(/^\d{4}\.\d{2}\.\d+$/);
    expect(assembled.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(assembled.router?.route({ ...query, from: 'moscow', to: 'mumbai' }).kind).toBe('route');
    expect(assembled.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(assembled.problems.length).toBeGreaterThan(0);
    // Coverage notes of the router, and assumptions that cite no source (editorial estimates).
    expect(new Set(assembled.problems.map((problem) => problem.rule))).toEqual(new Set(['coverage', 'sourced']));
  });

  it('gives no router, and says why, when the assumptions are unusable', () => {
    const { corridor, routing } = files();
    const assembled = assembleRouting(
      assembleCorridor(corridor),
      { ...routing, assumptions: { assumptions: 3 } },
      {
        currentYear: 2026,
      },
    );
    expect(assembled.router).toBeUndefined();
    expect(assembled.problems).toContainEqual(
      expect.objectContaining({ dataset: 'assumptions', feature: '(file)', severity: 'error' }),
    );
  });

  it('reports a version file without a data version, and a citation of an unknown source', () => {
    const { corridor, routing } = files();
    const observations = (routing.observations as { observations: { id: string; sources: string[] }[] }).observations;
    const observation = observations[0];
    if (!observation) throw new Error('no observation');
    observation.sources = ['no-such-source'];
    const assembled = assembleRouting(assembleCorridor(corridor), { ...routing, version: {} }, { currentYear: 2026 });
    expect(assembled.dataVersion).toBe('');
    expect(assembled.asOf).toBe('');
    expect(assembled.problems).toContainEqual(expect.objectContaining({ dataset: 'version', severity: 'error' }));
    expect(assembled.problems).toContainEqual(
      expect.objectContaining({
        dataset: 'observations',
        feature: observation.id,
        rule: 'known-source',
        message: expect.stringContaining('no-such-source'),
      }),
    );
  });

  it('routes from an alias of the table given with the corridor (contracts §1), never from Object.prototype', () => {
    const { corridor, routing } = files();
    const assembled = assembleRouting(assembleCorridor(corridor, { aliases: { 'moskva-old': 'moscow' } }), routing, {
      currentYear: 2026,
    });
    const outcome = assembled.router?.route({ ...query, from: 'moskva-old', to: 'mumbai' });
    expect(outcome?.kind === 'route' ? outcome.route.from : outcome).toBe('moscow');
    expect(assembled.router?.route({ ...query, from: 'constructor', to: 'mumbai' }).kind).toBe('unknown-place');
  });

  it('reports an as-of date that is no calendar day, and keeps the data version', () => {
    const { corridor, routing } = files();
    const version = { dataVersion: '2026.12.1', asOf: '2026-02-30' };
    const assembled = assembleRouting(assembleCorridor(corridor), { ...routing, version }, { currentYear: 2026 });
    expect(assembled.dataVersion).toBe('2026.12.1');
    expect(assembled.asOf).toBe('');
    expect(assembled.problems).toContainEqual(
      expect.objectContaining({ dataset: 'version', severity: 'error', message: expect.stringContaining('asOf') }),
    );
  });
});
