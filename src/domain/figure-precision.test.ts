import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCentral, formatWithRange, roundToRange } from './figure-precision';

describe('figures to the precision their range supports', () => {
  it('prints the issue example as "about 29 (14–49)"', () => {
    expect(formatWithRange(28.5, 14, 49, 0.1)).toBe('about 29 (14–49)');
  });

  it('rounds US$ 3,520 (1,966–6,157) to hundreds', () => {
    expect(formatWithRange(3520, 1966, 6157)).toBe('about 3,500 (2,000–6,200)');
  });

  it('keeps the finest step, without "about", when the range is narrow or empty', () => {
    expect(formatWithRange(2.94, 1.81, 4.5, 0.1)).toBe('2.9 (1.8–4.5)');
    expect(formatWithRange(12.34, 12.34, 12.34, 0.1)).toBe('12.3 (12.3–12.3)');
    expect(formatCentral(459.4, 459.4, 459.4)).toBe('459');
  });

  it('never hides more than a tenth of the range, and rounds by at most half a step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, t) => {
          const low = Math.min(a, b);
          const high = Math.max(a, b);
          const central = low + (high - low) * t;
          const rounded = roundToRange(central, low, high, 0.1);
          expect(rounded.step).toBeGreaterThanOrEqual(0.1);
          if (high - low >= 1) expect(rounded.step).toBeLessThanOrEqual((high - low) / 10 + 1e-9);
          expect(Math.abs(rounded.central - central)).toBeLessThanOrEqual(rounded.step / 2 + 1e-6);
          expect(rounded.low).toBeLessThanOrEqual(rounded.central);
          expect(rounded.central).toBeLessThanOrEqual(rounded.high);
        },
      ),
    );
  });
});
