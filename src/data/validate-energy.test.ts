import { describe, expect, it } from 'vitest';
import { validateEnergy } from './validate-energy';

const common = { sources: ['gem'], asOf: '2026-11-28', precision: 'approximate', verified: true };
const line = (coordinates: number[][]) => ({ type: 'LineString', coordinates });
const pipeline = (id: string, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: line([
    [49, 40],
    [48.9, 38.4],
  ]),
  properties: { id, name: id, commodity: 'gas', status: 'operational', ...common, ...properties },
});
const swap = (id: string, properties: Record<string, unknown> = {}) => ({
  id,
  name: id,
  commodity: 'gas',
  status: 'suspended',
  entry: { name: 'Sarakhs', country: 'IR', coordinates: [61.15, 36.54] },
  exit: { name: 'Astara', country: 'IR', coordinates: [48.87, 38.43] },
  pipelines: ['hajigabul--astara'],
  ...common,
  ...properties,
});
const flow = (id: string, swapId: string, role = 'virtual') => ({
  type: 'Feature',
  geometry: line([
    [61.15, 36.54],
    [48.87, 38.43],
  ]),
  properties: { id, swap: swapId, role, ...common },
});
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const known = new Set(['gem']);

function run(
  overrides: Partial<Record<'pipelines' | 'lng' | 'swaps' | 'swapFlows', unknown>>,
  eventIds?: ReadonlySet<string>,
) {
  return validateEnergy(
    {
      pipelines: collection([pipeline('hajigabul--astara')]),
      lng: collection([]),
      swaps: { swaps: [swap('tm-ir-az-swap')] },
      swapFlows: collection([flow('tm-ir-az-swap--virtual', 'tm-ir-az-swap')]),
      ...overrides,
    },
    known,
    eventIds,
  );
}

describe('validateEnergy', () => {
  it('keeps valid data without problems', () => {
    const result = run({});
    expect(result.problems).toEqual([]);
    expect(result.pipelines).toHaveLength(1);
    expect(result.swaps).toHaveLength(1);
    expect(result.swapFlows).toHaveLength(1);
  });

  it('warns of a name or note a spreadsheet would run as a formula, and keeps the feature (issue 11 #14)', () => {
    const result = run({
      pipelines: collection([pipeline('hajigabul--astara', { name: '=cmd|calc', note: '+1' })]),
      swaps: { swaps: [swap('tm-ir-az-swap', { name: '@x' })] },
    });
    expect(result.pipelines).toHaveLength(1);
    expect(result.swaps).toHaveLength(1);
    expect(
      result.problems.map((problem) => [problem.dataset, problem.feature, problem.severity, problem.rule]),
    ).toEqual([
      ['energy pipelines', 'hajigabul--astara', 'warning', 'formula-text'],
      ['energy swaps', 'tm-ir-az-swap', 'warning', 'formula-text'],
    ]);
    expect(result.problems[0]?.message).toMatch(/^name, note start with/);
  });

  it('rejects a feature with a property named like an Object.prototype member (issue 11 #18)', () => {
    const named = pipeline('hajigabul--astara', JSON.parse('{"__proto__": {"status": "operational"}}'));
    const result = run({ pipelines: collection([named]) });
    expect(result.pipelines).toHaveLength(0);
    expect(result.problems[0]).toMatchObject({
      feature: 'hajigabul--astara',
      rule: 'reserved-name',
      severity: 'error',
    });
  });

  it('rejects a published length over half the Earth (issue 11 #18)', () => {
    const lengths = (km: number) => [{ km, sources: ['gem'], preferred: true }];
    const atTheLimit = run({
      pipelines: collection([pipeline('hajigabul--astara', { publishedLengths: lengths(20_037.5) })]),
    });
    expect(atTheLimit.problems).toEqual([]);
    const result = run({ pipelines: collection([pipeline('a', { publishedLengths: lengths(40_000) })]) });
    expect(result.pipelines).toHaveLength(0);
    expect(result.problems[0]?.message).toMatch(
      /^properties\.publishedLengths\.0\.km: more than half the Earth's circumference/,
    );
  });

  it('rejects a status outside the vocabulary', () => {
    const result = run({ pipelines: collection([pipeline('a', { status: 'working' })]) });
    expect(result.pipelines).toHaveLength(0);
    expect(result.problems[0]?.feature).toBe('a');
  });

  it('rejects gas capacity not in bcm/yr and LNG capacity not in mtpa', () => {
    const capacity = [{ value: 20, unit: 'mcm/d', basis: 'design', year: 1983, sources: ['gem'] }];
    const lng = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [56.8, 27.1] },
      properties: {
        id: 'iran-lng',
        name: 'Iran LNG',
        status: 'shelved',
        country: 'IR',
        ...common,
        capacity: [{ ...capacity[0], unit: 'bcm/yr' }],
      },
    };
    const result = run({
      pipelines: collection([pipeline('hajigabul--astara'), pipeline('a', { capacity })]),
      lng: collection([lng]),
    });
    expect(result.problems.map((problem) => problem.feature).sort()).toEqual(['a', 'iran-lng']);
    expect(result.problems.map((problem) => problem.message).join(' ')).toMatch(/bcm\/yr.*|mtpa/);
  });

  it('rejects a feature citing a source that is not in the bibliography', () => {
    const result = run({ pipelines: collection([pipeline('a', { sources: ['nowhere'] })]) });
    expect(result.pipelines).toHaveLength(0);
    expect(result.problems[0]?.message).toContain('nowhere');
  });

  it('rejects a swap flow of an unknown swap, and reports a swap riding on an unknown pipeline', () => {
    const result = run({
      swaps: { swaps: [swap('s', { pipelines: ['ghost-line'] })] },
      swapFlows: collection([flow('orphan--virtual', 'missing-swap')]),
    });
    expect(result.swapFlows).toHaveLength(0);
    expect(result.problems.map((problem) => problem.feature)).toEqual(['s', 'orphan--virtual']);
  });

  it('keeps the first of two features with one id', () => {
    const result = run({ pipelines: collection([pipeline('a'), pipeline('a', { commodity: 'oil' })]) });
    expect(result.pipelines.map((item) => item.properties.commodity)).toEqual(['gas']);
    expect(result.problems[0]?.message).toMatch(/repeated id/);
  });

  it('reports a swaps file of the wrong shape', () => {
    expect(run({ swaps: [] }).problems[0]?.feature).toBe('(file)');
  });

  it('takes dated statuses with until and event, and checks the event and the current status', () => {
    const history = [
      { status: 'operational', since: '2022-01-01', sources: ['gem'] },
      { status: 'restricted', since: '2023-02', until: '2023-03', event: 'cold-2023', sources: ['gem'] },
      { status: 'suspended', since: '2024-01-07', event: 'halt-2024', sources: ['gem'] },
    ];
    const valid = run(
      { swaps: { swaps: [swap('tm-ir-az-swap', { statusHistory: history })] } },
      new Set(['cold-2023', 'halt-2024']),
    );
    expect(valid.problems).toEqual([]);
    expect(valid.swaps[0]?.statusHistory[1]?.until).toBe('2023-03');

    const unknownEvent = run(
      { swaps: { swaps: [swap('tm-ir-az-swap', { statusHistory: history })] } },
      new Set(['cold-2023']),
    );
    expect(unknownEvent.swaps).toEqual([]);
    expect(unknownEvent.problems).toContainEqual(
      expect.objectContaining({ dataset: 'energy swaps', feature: 'tm-ir-az-swap', rule: 'event-exists' }),
    );

    const stale = run({ pipelines: collection([pipeline('hajigabul--astara', { statusHistory: history })]) });
    expect(stale.problems).toContainEqual(
      expect.objectContaining({ dataset: 'energy pipelines', feature: 'hajigabul--astara', rule: 'status-current' }),
    );
  });

  it('names the rule when a temporary status ends before it begins', () => {
    const history = [{ status: 'restricted', since: '2023-03-02', until: '2023-03-01', sources: ['gem'] }];
    const result = run({ pipelines: collection([pipeline('hajigabul--astara', { statusHistory: history })]) });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        dataset: 'energy pipelines',
        rule: 'until-after-since',
        message: 'properties.statusHistory.0.until: until 2023-03-01 is before since 2023-03-02',
      }),
    );
  });
});
