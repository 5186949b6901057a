import type { Bounds } from '../bounding-box';

/** A rectangle in image pixels, from the image's top-left corner. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a figure's map is framed on, and the image it is drawn in. */
export interface FrameInput {
  /** The longitude/latitude box that must be fully visible (the route, the comparison, …). */
  content: Bounds;
  /** The image's size in pixels. */
  image: { width: number; height: number };
  /**
   * Boxes drawn over the map (title, legend, caption, source line, scale, north arrow): the
   * content is framed in the largest part of the image none of them covers.
   */
  overlays: readonly PixelBox[];
  /** Image pixels per CSS pixel of the map that draws the image (MapLibre's `pixelRatio`). */
  pixelRatio: number;
  /** Room kept free around the content inside the free area, in image pixels. */
  padding: number;
  /** The camera's zoom limits (MapLibre zoom, 512-pixel world at zoom 0). */
  minZoom: number;
  maxZoom: number;
}

/** Where the camera goes, and the free map area the content was framed in. */
export interface Frame {
  center: { longitude: number; latitude: number };
  /** MapLibre zoom (512 CSS-pixel tiles). */
  zoom: number;
  /** The part of the image no overlay covers that holds the content (image pixels). */
  mapArea: PixelBox;
}

const MAXIMUM_LATITUDE = 85.0511;

/** Web Mercator, as a fraction of the world: x from 180° W, y from the north edge. */
export function mercatorOf(longitude: number, latitude: number): { x: number; y: number } {
  const clamped = Math.max(-MAXIMUM_LATITUDE, Math.min(MAXIMUM_LATITUDE, latitude));
  const sine = Math.sin((clamped * Math.PI) / 180);
  return {
    x: (longitude + 180) / 360,
    y: 0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI),
  };
}

/** The inverse of `mercatorOf`. */
function lngLatOf(x: number, y: number): { longitude: number; latitude: number } {
  const latitude = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return { longitude: x * 360 - 180, latitude };
}

function overlaps(a: PixelBox, b: PixelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The free rectangles of the image worth trying: every rectangle whose sides lie on the image's
 * or an overlay's edges and that no overlay covers. Few overlays, so a direct search.
 */
function freeRectangles(image: { width: number; height: number }, overlays: readonly PixelBox[]): PixelBox[] {
  const inside = (value: number, limit: number) => Math.max(0, Math.min(limit, value));
  const xs = [
    ...new Set([
      0,
      image.width,
      ...overlays.flatMap((box) => [box.x, box.x + box.width].map((x) => inside(x, image.width))),
    ]),
  ].sort((a, b) => a - b);
  const ys = [
    ...new Set([
      0,
      image.height,
      ...overlays.flatMap((box) => [box.y, box.y + box.height].map((y) => inside(y, image.height))),
    ]),
  ].sort((a, b) => a - b);
  const boxes: PixelBox[] = [];
  for (const [i, left] of xs.entries()) {
    for (const right of xs.slice(i + 1)) {
      for (const [j, top] of ys.entries()) {
        for (const bottom of ys.slice(j + 1)) {
          const box = { x: left, y: top, width: right - left, height: bottom - top };
          if (!overlays.some((overlay) => overlaps(box, overlay))) boxes.push(box);
        }
      }
    }
  }
  return boxes;
}

/**
 * The camera that shows `content` as large as it can inside the part of the image no overlay
 * covers, centred there, with `padding` kept free around it; the zoom is kept within the limits
 * (a content too small for the highest zoom stays centred in the free area). Pure.
 */
export function frameFigure(input: FrameInput): Frame {
  const { content, image, overlays, pixelRatio, padding } = input;
  const east = content.east < content.west ? content.east + 360 : content.east;
  const northWest = mercatorOf(content.west, content.north);
  const southEast = mercatorOf(east, content.south);
  const spanX = Math.max(southEast.x - northWest.x, 1e-9);
  const spanY = Math.max(southEast.y - northWest.y, 1e-9);
  const candidates = freeRectangles(image, overlays);
  const whole = { x: 0, y: 0, width: image.width, height: image.height };
  let best = { area: candidates[0] ?? whole, scale: Number.NEGATIVE_INFINITY };
  for (const area of candidates) {
    const scale = Math.min((area.width - 2 * padding) / spanX, (area.height - 2 * padding) / spanY);
    if (scale > best.scale) best = { area, scale };
  }
  const worldPixels = Math.max(best.scale, 1e-9);
  const zoomUnclamped = Math.log2(worldPixels / (512 * pixelRatio));
  const zoom = Math.max(input.minZoom, Math.min(input.maxZoom, zoomUnclamped));
  const world = 512 * pixelRatio * 2 ** zoom;
  // The content's middle goes to the free area's middle; the camera looks at the image's middle.
  const contentMiddle = { x: (northWest.x + southEast.x) / 2, y: (northWest.y + southEast.y) / 2 };
  const areaMiddle = { x: best.area.x + best.area.width / 2, y: best.area.y + best.area.height / 2 };
  const center = lngLatOf(
    contentMiddle.x + (image.width / 2 - areaMiddle.x) / world,
    contentMiddle.y + (image.height / 2 - areaMiddle.y) / world,
  );
  return { center, zoom, mapArea: best.area };
}

/**
 * Of several layouts of the overlays (say the legend in each corner), the one whose frame shows
 * the content largest; the first wins a tie. Pure.
 */
export function bestLayout<Layout extends { overlays: readonly PixelBox[] }>(
  layouts: readonly Layout[],
  frameOf: (overlays: readonly PixelBox[]) => Frame,
): { layout: Layout; frame: Frame } | undefined {
  let best: { layout: Layout; frame: Frame } | undefined;
  for (const layout of layouts) {
    const frame = frameOf(layout.overlays);
    if (!best || frame.zoom > best.frame.zoom + 1e-9) best = { layout, frame };
  }
  return best;
}

/** Where a longitude/latitude falls in the image for a frame (image pixels; no bearing, no pitch). */
export function pixelOf(
  frame: Pick<Frame, 'center' | 'zoom'>,
  image: { width: number; height: number },
  pixelRatio: number,
  longitude: number,
  latitude: number,
): { x: number; y: number } {
  const world = 512 * pixelRatio * 2 ** frame.zoom;
  const centre = mercatorOf(frame.center.longitude, frame.center.latitude);
  const point = mercatorOf(longitude, latitude);
  return { x: image.width / 2 + (point.x - centre.x) * world, y: image.height / 2 + (point.y - centre.y) * world };
}
