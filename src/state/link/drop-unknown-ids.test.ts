import { describe, expect, it } from 'vitest';
import { dropUnknownIds } from './drop-unknown-ids';

const catalog = {
  placeIds: new Set(['moscow', 'baku', 'mumbai']),
  segmentIds: new Set(['astara-ir--rasht', 'rasht--qazvin']),
  layerIds: new Set(['corridor-western', 'corridor-comparator']),
};

describe('dropUnknownIds', () => {
  it('keeps a selection it does not know while other data is still to load, and drops it once all is in', () => {
    const pending = dropUnknownIds({ selection: 'igat-1' }, { ...catalog, featuresPending: true });
    expect(pending).toEqual({ state: { selection: 'igat-1' }, notices: [] });
    const loaded = dropUnknownIds({ selection: 'igat-1' }, { ...catalog, featuresPending: false });
    expect(loaded.state).toEqual({});
    expect(loaded.notices).toEqual([
      { key: 'sel', value: 'igat-1', reason: 'unknown feature id; ignored', code: 'unknown-feature', parameters: {} },
    ]);
  });

  it('keeps known ids and drops unknown ones with a notice naming each', () => {
    const { state, notices } = dropUnknownIds(
      {
        route: ['moscow', 'atlantis', 'mumbai'],
        comparedSegments: ['astara-ir--rasht', 'nowhere--never'],
        layers: ['corridor-western', 'unicorns'],
        selection: 'rasht--qazvin',
      },
      catalog,
    );
    expect(state).toEqual({
      route: ['moscow', 'mumbai'],
      comparedSegments: ['astara-ir--rasht'],
      layers: ['corridor-western'],
      selection: 'rasht--qazvin',
    });
    expect(notices.map((notice) => [notice.key, notice.value])).toEqual([
      ['route', 'atlantis'],
      ['cmp', 'nowhere--never'],
      ['layers', 'unicorns'],
    ]);
  });

  it('drops a route left with fewer than two places and an unknown selection', () => {
    const { state, notices } = dropUnknownIds({ route: ['moscow', 'atlantis'], selection: 'atlantis' }, catalog);
    expect(state.route).toBeUndefined();
    expect(state.selection).toBeUndefined();
    expect(notices.map((notice) => notice.key)).toEqual(['route', 'route', 'sel']);
  });

  it('keeps an explicitly empty layer list (every overlay hidden)', () => {
    expect(dropUnknownIds({ layers: [] }, catalog).state.layers).toEqual([]);
  });
});
