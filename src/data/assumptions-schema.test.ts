import { describe, expect, it } from 'vitest';
import { validateAssumptions } from './assumptions-schema';

const teuTonnes = { optimistic: 8, central: 10, pessimistic: 12.3, unit: 't per TEU' };

function file(entries: unknown[]) {
  return { teuTonnes, assumptions: entries };
}

const speed = {
  key: 'speed.rail.electric',
  unit: 'km/h',
  appliesTo: { mode: 'rail', traction: 'electric' },
  optimistic: 40,
  central: 25,
  pessimistic: 15,
  sources: ['a'],
};

describe('validateAssumptions', () => {
  it('keeps a valid entry', () => {
    const result = validateAssumptions(file([speed]));
    expect(result.problems).toEqual([]);
    expect(result.assumptions?.entries.map((entry) => entry.key)).toEqual(['speed.rail.electric']);
    expect(result.assumptions?.teuTonnes).toEqual({ optimistic: 8, central: 10, pessimistic: 12.3 });
  });

  it('rejects a speed whose optimistic value is the slowest, and keeps the rest', () => {
    const inverted = { ...speed, key: 'speed.rail.diesel', optimistic: 10 };
    const result = validateAssumptions(file([speed, inverted]));
    expect(result.assumptions?.entries).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ feature: 'speed.rail.diesel', message: expect.stringMatching(/optimistic ≥ central/) }),
    ]);
  });

  it('rejects a cost whose optimistic value is the dearest', () => {
    const cost = { ...speed, key: 'cost.rail.bulk', unit: 'USD per tonne-km', optimistic: 0.3, central: 0.2 };
    expect(validateAssumptions(file([cost])).problems[0]?.message).toMatch(/optimistic ≤ central ≤ pessimistic/);
  });

  it('rejects an unknown scope field and a repeated key', () => {
    const typo = { ...speed, key: 'speed.road.truck', appliesTo: { mdoe: 'road' } };
    const result = validateAssumptions(file([speed, typo, speed]));
    expect(result.problems.map((problem) => problem.feature)).toEqual(['speed.road.truck', 'speed.rail.electric']);
  });

  it('returns no assumptions when the file is not an assumptions file', () => {
    const result = validateAssumptions({ assumptions: 'none' });
    expect(result.assumptions).toBeUndefined();
    expect(result.problems[0]?.feature).toBe('(file)');
  });
});
