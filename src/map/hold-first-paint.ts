/** What of a MapLibre map the hold needs: whether everything is loaded, and its painter. */
interface PaintingMap {
  loaded(): boolean;
  triggerRepaint(): void;
}

type Render = (...parameters: unknown[]) => void;

/** Why the hold ended: the map loaded, the longest hold passed, or the map went away first. */
type HoldEnd = 'loaded' | 'time' | 'ended';

/**
 * Marked when the hold ends, with `{ reason }` as its detail: the bench and the e2e tests read it
 * (a MapLibre that no longer has the painter's `render` leaves no mark).
 */
export const FIRST_PAINT_MARK = 'instc:first-paint';

/**
 * Keeps a new map from painting its partial frames: MapLibre paints a whole frame each time one of
 * the first view's sources delivers a tile, and with a software renderer (this project's machines,
 * many laptops without GPU acceleration in the browser) each frame costs 100–500 ms of the main
 * thread, so a map of a dozen sources drew about ten partial frames before its first complete one
 * (issue 15 §3). While held, MapLibre still loads, lays out and places everything; only the drawing
 * is skipped, and the first frame drawn is the complete view. The hold ends by itself once
 * `map.loaded()`, or after `maximumMilliseconds` (a slow online basemap is then drawn as its
 * tiles come, as before). Returns a function that ends the hold at once. The end is marked
 * (`FIRST_PAINT_MARK`).
 *
 * MapLibre has no public switch for this, so the hold wraps the map's internal painter's `render`;
 * when that is not there (a MapLibre version that renamed it), nothing is held and the map draws as
 * it always did.
 */
export function holdFirstPaint(map: PaintingMap, maximumMilliseconds: number): () => void {
  const painter = (map as { painter?: { render?: unknown } }).painter;
  if (!painter || typeof painter.render !== 'function') return () => {};
  const render = painter.render as Render;
  let held = true;
  const release = (reason: HoldEnd) => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    painter.render = render;
    performance.mark(FIRST_PAINT_MARK, { detail: { reason } });
  };
  // Released by time: draw what is there now rather than at the next tile.
  const timer = setTimeout(() => {
    release('time');
    map.triggerRepaint();
  }, maximumMilliseconds);
  painter.render = function heldRender(this: unknown, ...parameters: unknown[]) {
    if (held && !map.loaded()) return;
    release('loaded');
    render.apply(this, parameters);
  };
  return () => release('ended');
}
