import { describe, expect, it } from 'vitest';
import {
  type AssumptionRanges,
  checkAssumptionOverride,
  describeAssumptionRange,
  readAssumptionOverride,
} from './read-assumption-override';

/** Ranges as the data gives them (`range` in `geodata/assumptions.json`). */
const RANGES: AssumptionRanges = new Map([
  ['speed.rail.electric', { range: { min: 0, max: 120, minExclusive: true }, unit: 'km/h' }],
  ['cost.rail.bulk.usd-per-tonne-km', { range: { min: 0, max: 2 }, unit: 'USD per tonne-km' }],
  ['teuTonnes', { range: { min: 0, max: 30, minExclusive: true }, unit: 't per TEU' }],
]);

describe('readAssumptionOverride', () => {
  it('reads a key and a plain decimal number', () => {
    expect(readAssumptionOverride('speed.rail.electric:50')).toEqual({
      kind: 'override',
      key: 'speed.rail.electric',
      value: 50,
    });
    expect(readAssumptionOverride('teuTonnes:12.5')).toEqual({ kind: 'override', key: 'teuTonnes', value: 12.5 });
    expect(readAssumptionOverride('a-b.c:1e3')).toEqual({ kind: 'override', key: 'a-b.c', value: 1000 });
    expect(readAssumptionOverride('a:-0')).toEqual({ kind: 'override', key: 'a', value: 0 });
  });

  it.each([
    'speed.rail.electric:1:2',
    '__proto__:1',
    'speed.rail.electric:0x10',
    'speed.rail.electric:Infinity',
    'speed.rail.electric:NaN',
    'speed.rail.electric:',
    ':5',
    'speed.rail.electric',
    `${'k'.repeat(81)}:1`,
  ])('refuses %j as not KEY:NUMBER', (item) => {
    expect(readAssumptionOverride(item)).toEqual({ kind: 'refused', reason: 'expected KEY:NUMBER' });
  });

  it.each(['speed.rail.electric:-1e7', 'speed.rail.electric:1e300', 'speed.rail.electric:1000000.5', 'x:1.8e309'])(
    'refuses %j, which a link could not write, even without the data',
    (item) => {
      expect(readAssumptionOverride(item)).toEqual({
        kind: 'refused',
        reason: 'out of range: a link writes assumption values from -1000000 to 1000000',
      });
    },
  );

  it('leaves the range of each assumption to the data: without it, 0 and -1 are read', () => {
    expect(readAssumptionOverride('speed.rail.electric:0')).toEqual({
      kind: 'override',
      key: 'speed.rail.electric',
      value: 0,
    });
    expect(readAssumptionOverride('speed.rail.electric:-1')).toMatchObject({ kind: 'override', value: -1 });
  });

  it.each([
    ['speed.rail.electric:0', 'speed.rail.electric must be more than 0 and at most 120 km/h; got 0'],
    ['speed.rail.electric:-0', 'speed.rail.electric must be more than 0 and at most 120 km/h; got 0'],
    ['speed.rail.electric:-5', 'speed.rail.electric must be more than 0 and at most 120 km/h; got -5'],
    ['speed.rail.electric:1e300', 'speed.rail.electric must be more than 0 and at most 120 km/h; got 1e+300'],
    ['speed.rail.electric:120.5', 'speed.rail.electric must be more than 0 and at most 120 km/h; got 120.5'],
    [
      'cost.rail.bulk.usd-per-tonne-km:-0.01',
      'cost.rail.bulk.usd-per-tonne-km must be at least 0 and at most 2 USD per tonne-km; got -0.01',
    ],
    ['teuTonnes:0', 'teuTonnes must be more than 0 and at most 30 t per TEU; got 0'],
  ])('given the data, refuses %j with the range it breaks', (item, reason) => {
    expect(readAssumptionOverride(item, RANGES)).toEqual({ kind: 'refused', reason });
  });

  it('given the data, reads values at the ends of the range, and leaves unknown keys to the router', () => {
    expect(readAssumptionOverride('speed.rail.electric:120', RANGES)).toMatchObject({ kind: 'override', value: 120 });
    expect(readAssumptionOverride('cost.rail.bulk.usd-per-tonne-km:0', RANGES)).toMatchObject({ value: 0 });
    expect(readAssumptionOverride('cost.rail.bulk.usd-per-tonne-km:-0', RANGES)).toMatchObject({ value: 0 });
    expect(readAssumptionOverride('no.such:-5', RANGES)).toEqual({ kind: 'override', key: 'no.such', value: -5 });
    expect(readAssumptionOverride('speed.rail.electric:0.0000001', RANGES)).toEqual({
      kind: 'refused',
      reason: 'more than 6 decimals: a link could not write it back',
    });
  });

  it('describes a range and checks a value against it', () => {
    expect(describeAssumptionRange('x', { min: 1, max: 2 })).toBe('x must be at least 1 and at most 2');
    expect(checkAssumptionOverride('teuTonnes', 10, RANGES)).toBeUndefined();
    expect(checkAssumptionOverride('teuTonnes', 31, RANGES)).toBe(
      'teuTonnes must be more than 0 and at most 30 t per TEU; got 31',
    );
  });

  it.each(['speed.rail.electric:0.0000001', 'speed.rail.electric:1.23456789'])(
    'refuses %j, which a link would round to another value',
    (item) => {
      expect(readAssumptionOverride(item)).toEqual({
        kind: 'refused',
        reason: 'more than 6 decimals: a link could not write it back',
      });
    },
  );
});
