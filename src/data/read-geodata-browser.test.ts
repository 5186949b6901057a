import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheUntilRejected } from './read-geodata-browser';

const projectDirectory = fileURLToPath(new URL('../..', import.meta.url));

/** A stand-in for `fetch` serving the project's files by URL path, failing the first `failures` requests. */
function fetchFromDisk(failures: number) {
  let failed = 0;
  return vi.fn(async (url: string) => {
    if (failed < failures) {
      failed += 1;
      return { ok: false, status: 503, text: async () => '' };
    }
    const path = decodeURIComponent(url.split('?')[0] ?? '').replace(/^\/(@fs)?/, '');
    const text = readFileSync(path.startsWith(projectDirectory) ? path : `${projectDirectory}${path}`, 'utf8');
    return { ok: true, status: 200, text: async () => text };
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('cacheUntilRejected', () => {
  it('shares one load between callers', async () => {
    const load = vi.fn(async () => 42);
    const get = cacheUntilRejected(load);
    expect(get()).toBe(get());
    expect(await get()).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next call loads again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('HTTP 503')).mockResolvedValueOnce('loaded');
    const get = cacheUntilRejected<string>(load);
    await expect(get()).rejects.toThrow('HTTP 503');
    expect(await get()).toBe('loaded');
    expect(await get()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the browser resources', () => {
  it('name the file that failed, and fetch again on the next call (issue 11 #10)', async () => {
    const fetcher = fetchFromDisk(1);
    vi.stubGlobal('fetch', fetcher);
    const { getCorridor } = await import('./corridor-resource');
    await expect(getCorridor()).rejects.toThrow(
      /^the built corridor data \(corridor\.json\) could not be loaded \(HTTP 503\)$/,
    );
    const corridor = await getCorridor();
    expect(corridor.nodeById.has('moscow')).toBe(true);
    expect(corridor.report.filter((entry) => entry.severity === 'error')).toEqual([]);
    expect(await getCorridor()).toBe(corridor);
  });

  it('build the router from the corridor and the routing files', async () => {
    vi.stubGlobal('fetch', fetchFromDisk(0));
    const { getRouting } = await import('./routing-resource');
    const routing = await getRouting();
    expect(
      routing.router.route({ from: 'moscow', to: 'mumbai', by: 'distance', cargo: 'container', scenario: {} }).kind,
    ).toBe('route');
    expect(routing.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('the bibliography is a unit of its own (issue 15 §1)', () => {
  it('is not fetched with the corridor, and the energy overlays resolve its entries', async () => {
    const fetcher = fetchFromDisk(0);
    vi.stubGlobal('fetch', fetcher);
    const { getBibliography, getCorridor } = await import('./corridor-resource');
    const corridor = await getCorridor();
    expect(fetcher.mock.calls.map(([url]) => String(url))).toEqual([expect.stringMatching(/corridor\.json/)]);
    expect('sourceById' in corridor).toBe(false);
    const bibliography = await getBibliography();
    const cited = corridor.segments[0]?.properties.sources[0] ?? '';
    expect(bibliography.sourceById.get(cited)?.title).toEqual(expect.any(String));
    expect(bibliography.problems).toEqual([]);
    const { getEnergy } = await import('./energy-resource');
    const energy = await getEnergy();
    expect(energy.sourceById.get(cited)).toEqual(bibliography.sourceById.get(cited));
  });
});

describe('the browser resources deliver the events (issue 12)', () => {
  it('the corridor unit fetches events.json: events, passage statuses, no error', async () => {
    vi.stubGlobal('fetch', fetchFromDisk(0));
    const { getCorridor } = await import('./corridor-resource');
    const corridor = await getCorridor();
    expect(corridor.report.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(corridor.events.length).toBeGreaterThan(0);
    expect(corridor.eventById.get('hormuz-closure-2026-02-28')?.kind).toBe('closure');
    const hormuz = corridor.passages.find((passage) => passage.properties.id === 'hormuz');
    expect(hormuz?.properties.statusHistory.some((entry) => entry.event === 'hormuz-closure-2026-02-28')).toBe(true);
  });

  it('the energy unit resolves the events its dated statuses name', async () => {
    vi.stubGlobal('fetch', fetchFromDisk(0));
    const { getEnergy } = await import('./energy-resource');
    const energy = await getEnergy();
    expect(energy.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(energy.swapById.get('tm-ir-az-gas-swap')?.statusHistory.at(-1)?.event).toBe(
      'tm-ir-az-gas-swap-suspended-2024-01',
    );
  });
});
