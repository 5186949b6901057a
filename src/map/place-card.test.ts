import { describe, expect, it } from 'vitest';
import { placeCard } from './place-card';

const host = { width: 900, height: 800 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it('puts the card to the right of the point when there is room', () => {
    expect(placeCard({ x: 100, y: 300 }, card, host, undefined)).toEqual({ left: 114, top: 300 - 200 / 3 });
  });

  it('puts it to the left near the right edge, and keeps it inside the map', () => {
    expect(placeCard({ x: 800, y: 5 }, card, host, undefined)).toEqual({ left: 800 - 14 - 300, top: 8 });
  });

  it('moves it off the key: below the key when beside the point would cover it', () => {
    const key = { left: 500, top: 8, width: 380, height: 300 };
    const placed = placeCard({ x: 450, y: 250 }, card, host, key);
    const overlaps =
      placed.left < key.left + key.width &&
      placed.left + card.width > key.left &&
      placed.top < key.top + key.height &&
      placed.top + card.height > key.top;
    expect(overlaps).toBe(false);
  });

  it('covers the key as little as it can when no place is free', () => {
    const key = { left: 0, top: 0, width: 900, height: 700 };
    const placed = placeCard({ x: 450, y: 400 }, card, host, key);
    // Below the key is the only strip partly free: the card sits as low as the map allows.
    expect(placed.top).toBe(host.height - card.height - 8);
  });
});
