import { describe, expect, it } from 'vitest';
import type { AssumptionRanges } from '../../domain/read-assumption-override';
import { checkLinkAgainstData, dropOutOfRangeAssumptions } from './check-link-against-data';
import { formatLink } from './format-link';
import { parseLink } from './parse-link';

const RANGES: AssumptionRanges = new Map([
  ['speed.rail.electric', { range: { min: 0, max: 120, minExclusive: true }, unit: 'km/h' }],
  ['cost.road.bulk.usd-per-tonne-km', { range: { min: 0, max: 2 }, unit: 'USD per tonne-km' }],
  ['teuTonnes', { range: { min: 0, max: 30, minExclusive: true }, unit: 't per TEU' }],
]);

const catalog = { placeIds: new Set(['moscow', 'mumbai']), segmentIds: new Set<string>(), layerIds: new Set<string>() };

describe('dropOutOfRangeAssumptions', () => {
  it('drops values outside their range with a notice naming the range, and keeps the rest', () => {
    const { state } = parseLink(
      '#asm=speed.rail.electric:0,cost.road.bulk.usd-per-tonne-km:-5,teuTonnes:12,no.such:-1',
    );
    const { state: checked, notices } = dropOutOfRangeAssumptions(state, RANGES);
    expect(checked.assumptions).toEqual([
      ['no.such', -1],
      ['teuTonnes', 12],
    ]);
    expect(notices).toEqual([
      {
        key: 'asm',
        value: 'cost.road.bulk.usd-per-tonne-km:-5',
        reason: 'cost.road.bulk.usd-per-tonne-km must be at least 0 and at most 2 USD per tonne-km; got -5; ignored',
        code: 'bad-assumption',
        parameters: {
          detail: 'cost.road.bulk.usd-per-tonne-km must be at least 0 and at most 2 USD per tonne-km; got -5',
        },
      },
      {
        key: 'asm',
        value: 'speed.rail.electric:0',
        reason: 'speed.rail.electric must be more than 0 and at most 120 km/h; got 0; ignored',
        code: 'bad-assumption',
        parameters: { detail: 'speed.rail.electric must be more than 0 and at most 120 km/h; got 0' },
      },
    ]);
    // What is left is written and read back as itself.
    expect(parseLink(formatLink(checked, '2026.11.1')).state.assumptions).toEqual(checked.assumptions);
  });

  it('leaves a link without out-of-range values as it is, and removes asm when nothing is left', () => {
    const state = { assumptions: [['speed.rail.electric', 50]] as Array<[string, number]> };
    expect(dropOutOfRangeAssumptions(state, RANGES)).toEqual({ state, notices: [] });
    expect(dropOutOfRangeAssumptions({ assumptions: [['teuTonnes', 0]] }, RANGES).state).toEqual({});
  });
});

describe('checkLinkAgainstData', () => {
  it('drops unknown ids, and out-of-range assumptions once the ranges are known', () => {
    const state = {
      route: ['moscow', 'atlantis', 'mumbai'],
      assumptions: [['teuTonnes', 40]] as Array<[string, number]>,
    };
    const idsOnly = checkLinkAgainstData(state, catalog);
    expect(idsOnly.state).toEqual({ route: ['moscow', 'mumbai'], assumptions: [['teuTonnes', 40]] });
    const both = checkLinkAgainstData(state, catalog, RANGES);
    expect(both.state).toEqual({ route: ['moscow', 'mumbai'] });
    expect(both.notices.map((notice) => notice.reason)).toEqual([
      'unknown place id; ignored',
      'teuTonnes must be more than 0 and at most 30 t per TEU; got 40; ignored',
    ]);
  });
});
