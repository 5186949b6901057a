import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

interface Row {
  id: string;
  lengthKilometers?: number | undefined;
  name?: string | undefined;
  verified?: boolean;
}

const rows: readonly Row[] = Object.freeze([
  { id: 'a', lengthKilometers: 500, name: 'Rasht – Astara' },
  { id: 'b', name: 'Астрахань – Оля' },
  { id: 'c', lengthKilometers: 80, name: 'km 10' },
  { id: 'd', lengthKilometers: 500, name: 'km 9' },
  { id: 'e', lengthKilometers: 1200 },
]);

const ids = (sorted: readonly Row[]) => sorted.map((row) => row.id);

describe('sortRows', () => {
  it('sorts numbers numerically, not as text', () => {
    expect(ids(sortRows(rows, (row) => row.lengthKilometers, 'ascending'))).toEqual(['c', 'a', 'd', 'e', 'b']);
  });

  it('puts rows without a value last when descending too', () => {
    expect(ids(sortRows(rows, (row) => row.lengthKilometers, 'descending'))).toEqual(['e', 'a', 'd', 'c', 'b']);
  });

  it('keeps the order of equal values in both directions', () => {
    const ascending = ids(sortRows(rows, (row) => row.lengthKilometers, 'ascending'));
    const descending = ids(sortRows(rows, (row) => row.lengthKilometers, 'descending'));
    expect(ascending.indexOf('a')).toBeLessThan(ascending.indexOf('d'));
    expect(descending.indexOf('a')).toBeLessThan(descending.indexOf('d'));
  });

  it('sorts text with numbers in it by their value, and Latin before Cyrillic', () => {
    expect(ids(sortRows(rows, (row) => row.name, 'ascending'))).toEqual(['d', 'c', 'a', 'b', 'e']);
  });

  it('sorts Persian names in alphabet order (alef, te, re)', () => {
    const persian = [
      { id: 'tehran', name: 'تهران' },
      { id: 'astara', name: 'آستارا' },
      { id: 'rasht', name: 'رشت' },
    ];
    expect(ids(sortRows(persian, (row) => row.name, 'ascending'))).toEqual(['astara', 'tehran', 'rasht']);
  });

  it('treats null and NaN as no value', () => {
    const values = [
      { id: 'x', value: Number.NaN },
      { id: 'y', value: 2 },
      { id: 'z', value: null },
      { id: 'w', value: 1 },
    ];
    expect(ids(sortRows(values, (row) => row.value, 'ascending'))).toEqual(['w', 'y', 'x', 'z']);
  });

  it('sorts false before true', () => {
    const flags = [
      { id: 'p', verified: true },
      { id: 'q', verified: false },
    ];
    expect(ids(sortRows(flags, (row) => row.verified, 'ascending'))).toEqual(['q', 'p']);
  });

  it('leaves the input array as it was', () => {
    const input = [...rows];
    sortRows(input, (row) => row.lengthKilometers, 'descending');
    expect(ids(input)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('returns an empty array for no rows', () => {
    expect(sortRows([], () => 1, 'ascending')).toEqual([]);
  });

  it('is ordered, stable and undefined-last for any numbers (fast-check)', () => {
    const value = fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(value),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (values, direction) => {
          const indexed = values.map((entry, index) => ({ entry, index }));
          const sorted = sortRows(indexed, (row) => row.entry, direction);
          expect(sorted).toHaveLength(indexed.length);
          for (let position = 1; position < sorted.length; position += 1) {
            const previous = sorted[position - 1];
            const current = sorted[position];
            if (!previous || !current) throw new Error('missing row');
            if (previous.entry === undefined) {
              expect(current.entry).toBeUndefined();
            } else if (current.entry !== undefined) {
              const step = direction === 'ascending' ? current.entry - previous.entry : previous.entry - current.entry;
              expect(step).toBeGreaterThanOrEqual(0);
              if (step === 0) expect(current.index).toBeGreaterThan(previous.index);
            }
            if (previous.entry === undefined && current.entry === undefined) {
              expect(current.index).toBeGreaterThan(previous.index);
            }
          }
        },
      ),
    );
  });
});
