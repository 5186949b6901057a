import { describe, expect, it } from 'vitest';
import { unwrapPolygon, unwrapRing } from './unwrap-antimeridian';

describe('unwrapRing (antimeridian)', () => {
  it('carries a ring that crosses +180° on past 180 instead of jumping to -180', () => {
    const ring = [
      [179, 65],
      [180, 65],
      [-179, 66],
      [-178, 64],
      [179, 65],
    ];
    expect(unwrapRing(ring)).toEqual([
      [179, 65],
      [180, 65],
      [181, 66],
      [182, 64],
      [179, 65],
    ]);
  });

  it('leaves a ring that never crosses untouched', () => {
    const ring = [
      [44, 36],
      [56, 36],
      [56, 47],
      [44, 36],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it('handles crossings westward from -180', () => {
    expect(
      unwrapRing([
        [-179, 10],
        [179, 10],
        [-179, 11],
      ]),
    ).toEqual([
      [-179, 10],
      [-181, 10],
      [-179, 11],
    ]);
  });

  it('keeps an empty ring empty and unwraps every ring of a multipolygon', () => {
    expect(unwrapRing([])).toEqual([]);
    const unwrapped = unwrapPolygon({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [170, 0],
            [-170, 0],
            [-170, 1],
            [170, 0],
          ],
        ],
      ],
    });
    expect(unwrapped.coordinates[0]?.[0]?.map(([longitude]) => longitude)).toEqual([170, 190, 190, 170]);
  });
});
