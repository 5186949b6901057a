/** The card's distance from the point it is about, in CSS pixels. */
const OFFSET = 14;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The area two boxes share (0 when apart). */
function overlapArea(a: Box, b: Box): number {
  const x = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const y = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return x > 0 && y > 0 ? x * y : 0;
}

/**
 * Where the card goes: beside the point (right if there is room, else left), kept inside the map,
 * and off the map key when a place beside the point or below the key leaves the key whole; else
 * wherever it covers the key least.
 */
export function placeCard(
  point: { x: number; y: number },
  card: { width: number; height: number },
  host: { width: number; height: number },
  key: Box | undefined,
): { left: number; top: number } {
  const clampTop = (top: number) => Math.min(Math.max(top, 8), Math.max(host.height - card.height - 8, 8));
  const clampLeft = (left: number) => Math.min(Math.max(left, 8), Math.max(host.width - card.width - 8, 8));
  const right = point.x + OFFSET;
  const leftSide = point.x - OFFSET - card.width;
  const preferred = right + card.width <= host.width ? [right, leftSide] : [leftSide, right];
  const tops = [point.y - card.height / 3, ...(key ? [key.top + key.height + 8, point.y - card.height + 16] : [])];
  const candidates = preferred.flatMap((left) => tops.map((top) => ({ left: clampLeft(left), top: clampTop(top) })));
  if (!key) return candidates[0] ?? { left: 8, top: 8 };
  let best = candidates[0] ?? { left: 8, top: 8 };
  let bestOverlap = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const overlap = overlapArea({ ...candidate, ...card }, key);
    if (overlap < bestOverlap) {
      best = candidate;
      bestOverlap = overlap;
    }
  }
  return best;
}
