import { describe, expect, it } from 'vitest';
import { bestLayout, frameFigure, mercatorOf, type PixelBox, pixelOf } from './figure-frame';

/** St Petersburg to Mumbai, roughly. */
const ROUTE = { west: 30.3, south: 18.9, east: 72.9, north: 59.9 };
const A4 = { width: 1754, height: 1240 };

function inside(point: { x: number; y: number }, box: PixelBox, margin = 0): boolean {
  return (
    point.x >= box.x + margin &&
    point.x <= box.x + box.width - margin &&
    point.y >= box.y + margin &&
    point.y <= box.y + box.height - margin
  );
}

function corners(bounds: typeof ROUTE) {
  return [
    [bounds.west, bounds.north],
    [bounds.east, bounds.north],
    [bounds.west, bounds.south],
    [bounds.east, bounds.south],
  ] as const;
}

describe('frameFigure', () => {
  it('puts every corner of the content inside the free area, clear of every overlay', () => {
    const overlays: PixelBox[] = [
      { x: 0, y: 0, width: A4.width, height: 90 }, // title band
      { x: 20, y: 110, width: 420, height: 700 }, // legend, top left
      { x: 0, y: 1040, width: A4.width, height: 200 }, // source line and caption
    ];
    const frame = frameFigure({
      content: ROUTE,
      image: A4,
      overlays,
      pixelRatio: 1.5,
      padding: 30,
      minZoom: 1,
      maxZoom: 6.5,
    });
    for (const box of overlays) {
      const overlapping =
        frame.mapArea.x < box.x + box.width &&
        box.x < frame.mapArea.x + frame.mapArea.width &&
        frame.mapArea.y < box.y + box.height &&
        box.y < frame.mapArea.y + frame.mapArea.height;
      expect(overlapping).toBe(false);
    }
    for (const [longitude, latitude] of corners(ROUTE)) {
      const point = pixelOf(frame, A4, 1.5, longitude, latitude);
      expect(inside(point, frame.mapArea, 29.9)).toBe(true);
    }
  });

  it('fills the free area in its tighter direction (the content touches the padding there)', () => {
    const frame = frameFigure({
      content: ROUTE,
      image: A4,
      overlays: [],
      pixelRatio: 1,
      padding: 10,
      minZoom: 0,
      maxZoom: 20,
    });
    const top = pixelOf(frame, A4, 1, ROUTE.west, ROUTE.north);
    const bottom = pixelOf(frame, A4, 1, ROUTE.east, ROUTE.south);
    // The route is taller than A4's ratio in Mercator: it spans the height less the padding.
    expect(bottom.y - top.y).toBeCloseTo(A4.height - 20, 3);
    expect((top.x + bottom.x) / 2).toBeCloseTo(A4.width / 2, 3);
  });

  it('keeps the zoom within the limits and the content centred in the free area', () => {
    const tiny = { west: 51.3, south: 35.6, east: 51.5, north: 35.8 };
    const frame = frameFigure({
      content: tiny,
      image: A4,
      overlays: [{ x: 0, y: 0, width: 400, height: A4.height }],
      pixelRatio: 1,
      padding: 10,
      minZoom: 1,
      maxZoom: 6.5,
    });
    expect(frame.zoom).toBe(6.5);
    const middle = pixelOf(frame, A4, 1, 51.4, mercatorLatitudeMiddle(tiny));
    expect(middle.x).toBeCloseTo(400 + (A4.width - 400) / 2, 3);
    expect(middle.y).toBeCloseTo(A4.height / 2, 3);
  });

  it('the higher the pixel ratio, the lower the zoom for the same image', () => {
    const at = (pixelRatio: number) =>
      frameFigure({ content: ROUTE, image: A4, overlays: [], pixelRatio, padding: 0, minZoom: 0, maxZoom: 20 }).zoom;
    expect(at(1) - at(2)).toBeCloseTo(1, 9);
  });
});

describe('bestLayout', () => {
  it('picks the legend corner that leaves the content the most room', () => {
    const legendAt = (x: number, y: number): PixelBox => ({ x, y, width: 500, height: 900 });
    // A tall content: a legend down the left side costs less than a band across the middle.
    const layouts = [
      { id: 'middle', overlays: [{ x: 0, y: 400, width: A4.width, height: 300 }] },
      { id: 'left', overlays: [legendAt(0, 0)] },
    ];
    const chosen = bestLayout(layouts, (overlays) =>
      frameFigure({
        content: ROUTE,
        image: A4,
        overlays,
        pixelRatio: 1,
        padding: 0,
        minZoom: 0,
        maxZoom: 20,
      }),
    );
    expect(chosen?.layout.id).toBe('left');
  });

  it('returns nothing for no layouts', () => {
    expect(bestLayout([], () => ({ center: { longitude: 0, latitude: 0 }, zoom: 0, mapArea: A4 as never }))).toBe(
      undefined,
    );
  });
});

describe('mercatorOf', () => {
  it('puts the equator and the prime meridian in the middle, and the north up', () => {
    expect(mercatorOf(0, 0)).toEqual({ x: 0.5, y: 0.5 });
    expect(mercatorOf(180, 60).y).toBeLessThan(0.5);
    expect(mercatorOf(180, 60).x).toBe(1);
  });
});

function mercatorLatitudeMiddle(box: { south: number; north: number }): number {
  const y = (mercatorOf(0, box.south).y + mercatorOf(0, box.north).y) / 2;
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
