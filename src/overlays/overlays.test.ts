import { describe, expect, it } from 'vitest';
import { visibleBranches } from './corridor/corridor-overlay';
import { DEFAULT_VISIBLE_LAYERS, OVERLAY_LAYERS } from './overlays';

describe('the overlay registry', () => {
  it('shows every branch but the all-sea comparators by default, and no energy overlay', () => {
    expect(visibleBranches(DEFAULT_VISIBLE_LAYERS)).toEqual([
      'russia',
      'western',
      'trans-caspian',
      'eastern',
      'iran',
      'indian-ocean',
    ]);
    expect(DEFAULT_VISIBLE_LAYERS.filter((id) => id.startsWith('energy-'))).toEqual([]);
  });

  it('reads branches from layer ids and ignores other overlays', () => {
    expect(visibleBranches(['corridor-comparator', 'energy-lng', 'corridor-western'])).toEqual([
      'western',
      'comparator',
    ]);
    expect(OVERLAY_LAYERS.map((layer) => layer.id)).toContain('corridor-comparator');
  });

  it('gives every layer id once', () => {
    const ids = OVERLAY_LAYERS.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
