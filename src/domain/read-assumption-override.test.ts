import { describe, expect, it } from 'vitest';
import { readAssumptionOverride } from './read-assumption-override';

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

  it.each(['speed.rail.electric:-1', 'speed.rail.electric:1e300', 'speed.rail.electric:1000000.5'])(
    'refuses %j as out of range',
    (item) => {
      expect(readAssumptionOverride(item)).toEqual({
        kind: 'refused',
        reason: 'out of range: an assumption value is from 0 to 1000000',
      });
    },
  );

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
