import { describe, expect, it } from 'vitest';
import { findClosestIds } from './find-closest-ids';

const places = [
  { id: 'bandar-abbas', name: 'Bandar Abbas (Shahid Rajaee port)', names: { fa: 'بندرعباس' } },
  { id: 'anzali', name: 'Bandar Anzali' },
  { id: 'astara-az', name: 'Astara (AZ)' },
  { id: 'astara-ir', name: 'Astara (IR)' },
  { id: 'moscow', name: 'Moscow', names: { ru: 'Москва' } },
];

describe('findClosestIds', () => {
  it('puts an id with a typo first', () => {
    expect(findClosestIds('moskow', places)[0]).toBe('moscow');
  });

  it('finds every id a prefix starts', () => {
    expect(findClosestIds('astara', places).slice(0, 2)).toEqual(['astara-az', 'astara-ir']);
  });

  it('matches a local name', () => {
    expect(findClosestIds('Москва', places)[0]).toBe('moscow');
    expect(findClosestIds('بندرعباس', places)[0]).toBe('bandar-abbas');
  });

  it('returns nothing for an empty query and at most the limit', () => {
    expect(findClosestIds('  ', places)).toEqual([]);
    expect(findClosestIds('x', places, 2)).toHaveLength(2);
  });
});
