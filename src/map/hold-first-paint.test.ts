import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PAINT_MARK, holdFirstPaint } from './hold-first-paint';

const endReasons = () =>
  performance.getEntriesByName(FIRST_PAINT_MARK).map((entry) => (entry as PerformanceMark).detail.reason);

/** A stand-in for the few members of a MapLibre map the hold touches. */
function fakeMap() {
  const drawn: unknown[][] = [];
  const map = {
    isLoaded: false,
    repaints: 0,
    loaded() {
      return this.isLoaded;
    },
    triggerRepaint() {
      this.repaints += 1;
    },
    painter: {
      render(...parameters: unknown[]) {
        drawn.push(parameters);
      },
    },
  };
  return { map, drawn, original: map.painter.render };
}

describe('holdFirstPaint', () => {
  beforeEach(() => {
    // Only the timers: the marks are read from the real `performance`.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    performance.clearMarks(FIRST_PAINT_MARK);
  });
  afterEach(() => vi.useRealTimers());

  it('skips the frames asked for before the map has loaded, then draws and gets out of the way', () => {
    const { map, drawn, original } = fakeMap();
    holdFirstPaint(map, 4000);
    map.painter.render('partial');
    map.painter.render('partial');
    expect(drawn).toEqual([]);
    map.isLoaded = true;
    map.painter.render('complete');
    expect(drawn).toEqual([['complete']]);
    expect(map.painter.render).toBe(original);
    expect(endReasons()).toEqual(['loaded']);
    // Later frames are drawn whatever the map says about its loading (a new source, a new style).
    map.isLoaded = false;
    map.painter.render('later');
    expect(drawn).toEqual([['complete'], ['later']]);
  });

  it('draws with the painter as `this`', () => {
    const { map } = fakeMap();
    const seen: unknown[] = [];
    map.painter.render = function (this: unknown) {
      seen.push(this);
    };
    holdFirstPaint(map, 4000);
    map.isLoaded = true;
    map.painter.render();
    expect(seen).toEqual([map.painter]);
  });

  it('lets frames through after the longest hold, and asks for one at once', () => {
    const { map, drawn } = fakeMap();
    holdFirstPaint(map, 4000);
    vi.advanceTimersByTime(3999);
    map.painter.render('held');
    expect(drawn).toEqual([]);
    expect(map.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
    map.painter.render('slow source');
    expect(drawn).toEqual([['slow source']]);
    expect(endReasons()).toEqual(['time']);
  });

  it('ends at once when asked (the map is removed), and its timer no longer fires', () => {
    const { map, drawn } = fakeMap();
    const release = holdFirstPaint(map, 4000);
    release();
    map.painter.render('after release');
    expect(drawn).toEqual([['after release']]);
    vi.advanceTimersByTime(10_000);
    expect(map.repaints).toBe(0);
    expect(endReasons()).toEqual(['ended']);
  });

  it('holds nothing when the map has no painter to wrap (another MapLibre version)', () => {
    const map = { loaded: () => false, triggerRepaint: () => {} };
    const release = holdFirstPaint(map, 4000);
    expect(() => release()).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
    expect(endReasons()).toEqual([]);
  });
});
