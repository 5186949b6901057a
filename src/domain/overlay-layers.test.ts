import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_LAYERS, KNOWN_LAYER_IDS, visibleBranches } from './overlay-layers';

describe('overlay layers', () => {
  it('shows every branch but the all-sea comparators by default', () => {
    expect(visibleBranches(DEFAULT_VISIBLE_LAYERS)).toEqual([
      'russia',
      'western',
      'trans-caspian',
      'eastern',
      'iran',
      'indian-ocean',
    ]);
  });

  it('reads branches from layer ids and ignores other overlays', () => {
    expect(visibleBranches(['corridor-comparator', 'pipelines', 'corridor-western'])).toEqual([
      'western',
      'comparator',
    ]);
    expect(KNOWN_LAYER_IDS).toContain('corridor-comparator');
  });
});
