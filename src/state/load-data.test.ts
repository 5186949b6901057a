import { describe, expect, it } from 'vitest';
import type { DataByUnit } from './explorer-data';
import { readyData } from './explorer-data';
import { createExplorerStore } from './explorer-store';
import { DataLoadError, type DataLoaders, requestData } from './load-data';

const corridor = {
  report: [
    { dataset: 'segments', severity: 'error', feature: 'a--b', message: 'crosses land' },
    { dataset: 'segments', severity: 'warning', feature: 'c--d', message: 'short' },
  ],
} as unknown as DataByUnit['corridor'];

function loaders(overrides: Partial<DataLoaders>): DataLoaders {
  const never = () => Promise.reject(new Error('not asked for in this test'));
  return { basemap: never, corridor: never, routing: never, energy: never, ...overrides } as DataLoaders;
}

/** Lets queued microtasks and settled promises run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('requestData', () => {
  it('loads a unit once, records it in the store and reports its errors as a notice', async () => {
    const store = createExplorerStore();
    let calls = 0;
    const load = loaders({
      corridor: async () => {
        calls += 1;
        return corridor;
      },
    });
    const first = requestData(store, 'corridor', load);
    expect(requestData(store, 'corridor', load)).toBe(first);
    expect(await first).toBe(corridor);
    await settle();
    expect(calls).toBe(1);
    expect(readyData(store.getState().loaded, 'corridor')).toBe(corridor);
    const notice = store.getState().appNotices.find((item) => item.id === 'corridor-problems');
    expect(notice?.message).toContain('a--b (crosses land)');
    expect(notice?.message).not.toContain('c--d');
    // The warning is counted in a notice of its own, not listed with what was left out.
    const notes = store.getState().appNotices.find((item) => item.id === 'corridor-notes');
    expect(notes?.message).toBe('The corridor data: 1 note on the data, kept (first: c--d (short)).');
    expect(notes?.kind).toBe('note');
  });

  it('says what failed, and asks again on the next request (a transient error does not stick)', async () => {
    const store = createExplorerStore();
    let calls = 0;
    const load = loaders({
      corridor: async () => {
        calls += 1;
        if (calls === 1) throw new Error('HTTP 503');
        return corridor;
      },
    });
    await expect(requestData(store, 'corridor', load)).rejects.toThrow(
      /corridor data could not be loaded \(HTTP 503\)/,
    );
    await settle();
    expect(store.getState().loaded.corridor).toEqual({
      status: 'error',
      message: 'The corridor data could not be loaded (HTTP 503).',
    });
    expect(store.getState().appNotices.map((item) => item.id)).toContain('corridor-unavailable');
    // Until "Try again", the failed request stands (a render loop must not ask again and again).
    const failed = requestData(store, 'corridor', load);
    const error = await failed.catch((caught: unknown) => caught);
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(DataLoadError);
    (error as DataLoadError).retry();
    expect(await requestData(store, 'corridor', load)).toBe(corridor);
    expect(calls).toBe(2);
    await settle();
    expect(store.getState().loaded.corridor.status).toBe('ready');
  });

  it('lists at most five problems by name and counts the rest', async () => {
    const store = createExplorerStore();
    const problems = Array.from({ length: 8 }, (_, index) => ({
      dataset: 'basemap',
      feature: `p${index}`,
      severity: 'error',
      message: 'bad',
    }));
    const basemap = { problems } as unknown as DataByUnit['basemap'];
    await requestData(store, 'basemap', loaders({ basemap: async () => basemap }));
    const message = store.getState().appNotices.find((item) => item.id === 'basemap-problems')?.message ?? '';
    expect(message).toContain('8 problems in the data');
    expect(message).toContain('p4 (bad)');
    expect(message).not.toContain('p5 (bad)');
    expect(message).toContain('and 3 more');
  });

  it('gives the page the listed problems as data, so it can word their rules in the language shown', async () => {
    const store = createExplorerStore();
    const problems = [
      ...Array.from({ length: 6 }, (_, index) => ({
        dataset: 'segments',
        feature: `s${index}`,
        severity: 'error',
        rule: 'sea-leg-off-land',
        message: 'crosses land',
      })),
      { dataset: 'routing network', feature: '(network)', severity: 'warning', rule: 'coverage', message: 'a gap' },
      { dataset: 'routing network', feature: '(network)', severity: 'warning', rule: 'coverage', message: 'another' },
    ];
    const routing = { problems } as unknown as DataByUnit['routing'];
    await requestData(store, 'routing', loaders({ routing: async () => routing }));
    const notices = store.getState().appNotices;
    const errors = notices.find((item) => item.id === 'routing-problems');
    expect(errors?.problems?.map((problem) => problem.feature)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(errors?.problems?.[0]).toEqual({ feature: 's0', rule: 'sea-leg-off-land', message: 'crosses land' });
    // The English text is as before.
    expect(errors?.words?.values?.detail).toBe(
      's0 (crosses land); s1 (crosses land); s2 (crosses land); s3 (crosses land); s4 (crosses land)',
    );
    const notes = notices.find((item) => item.id === 'routing-notes');
    expect(notes?.problems).toEqual([{ feature: '(network)', rule: 'coverage', message: 'a gap' }]);
  });
});
