import { describe, expect, it } from 'vitest';
import { EXPORT_SIZES, exportPixels, paperOf } from './paper-sizes';

const size = (id: string) => {
  const found = EXPORT_SIZES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('exportPixels', () => {
  it('gives the print sizes in pixels', () => {
    const screen = { width: 800, height: 600 };
    expect(exportPixels(size('a4-150'), screen)).toEqual({ width: 1754, height: 1240 });
    expect(exportPixels(size('a4-300'), screen)).toEqual({ width: 3508, height: 2480 });
    expect(exportPixels(size('a3-300'), screen)).toEqual({ width: 4961, height: 3508 });
  });

  it('turns the paper for portrait', () => {
    const screen = { width: 800, height: 600 };
    expect(exportPixels(size('a4-150'), screen, 'portrait')).toEqual({ width: 1240, height: 1754 });
    expect(paperOf(size('a3-150'), 'portrait')).toEqual({ width: 297, height: 420 });
    expect(paperOf(size('screen'), 'portrait')).toBeUndefined();
    expect(exportPixels(size('screen'), screen, 'portrait')).toEqual(screen);
  });

  it('uses the screen size for "as on screen"', () => {
    expect(exportPixels(size('screen'), { width: 820.4, height: 799.6 })).toEqual({ width: 820, height: 800 });
  });
});
