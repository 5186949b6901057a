import { describe, expect, it } from 'vitest';
import { boundingBoxOfLines } from './bounding-box';

describe('boundingBoxOfLines', () => {
  it('spans every position of every line', () => {
    expect(
      boundingBoxOfLines([
        [
          [48.9, 38.4],
          [49.6, 37.3],
        ],
        [[50, 36.3]],
      ]),
    ).toEqual({ west: 48.9, south: 36.3, east: 50, north: 38.4 });
  });

  it('is undefined for no lines or empty lines', () => {
    expect(boundingBoxOfLines([])).toBeUndefined();
    expect(boundingBoxOfLines([[]])).toBeUndefined();
  });
});
