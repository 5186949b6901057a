import { describe, expect, it } from 'vitest';
import { describeCapacity, describeMode, type SegmentRowInput, segmentRow } from './segment-rows';

const olya: SegmentRowInput = Object.freeze({
  properties: {
    id: 'astrakhan--olya',
    name: 'Astrakhan – Port of Olya',
    from: 'astrakhan',
    to: 'olya',
    mode: 'river',
    vessel: 'caspian-river-sea',
    branch: 'russia',
    status: 'operational',
    statusHistory: [
      { status: 'operational', since: '1997', sources: ['history-a'] },
      { status: 'suspended', since: '2001', sources: ['history-b'] },
      { status: 'operational', since: '1997-06-03', sources: ['wikipedia-port-of-olya'] },
    ],
    publishedLengths: [
      { km: 120, sources: ['wikipedia-port-of-olya'], note: 'about 120 km' },
      { km: 100, sources: ['tass-2021-olya'], note: '100 km south', preferred: true },
      { km: 300, sources: ['odd-source'], note: 'misprint', outlier: true },
    ],
    capacity: [{ value: 5, unit: 'Mt/yr', basis: 'design', year: 2010, sources: ['capacity-source'], note: 'x' }],
    passages: ['volga-caspian-canal'],
    seasonal: {
      closedMonths: [12, 1, 2, 3],
      note: 'Restricted, not closed',
      sources: ['ice-source', 'tass-2021-olya'],
    },
    countries: ['RU'],
    note: 'Down the Volga, "Bakhtemir" arm',
    lengthNote: 'Meanders not traced',
    sources: ['rosmorport', 'wikipedia-port-of-olya'],
    asOf: '2026-11-28',
    precision: 'approximate',
    verified: true,
  },
});

const rashtAstara: SegmentRowInput = {
  properties: {
    id: 'astara-ir--rasht',
    name: 'Rasht – Astara',
    from: 'astara-ir',
    to: 'rasht',
    mode: 'rail',
    gaugeMillimetres: 1435,
    traction: 'diesel',
    branch: 'western',
    status: 'under-construction',
    statusHistory: [{ status: 'planned', since: '2016', sources: ['mrud'] }],
    expectedOpen: 2028,
    gap: true,
    publishedLengths: [],
    capacity: [],
    passages: [],
    countries: ['IR'],
    sources: ['mrud'],
    asOf: '2026-11-28',
    precision: 'approximate',
    verified: false,
  },
};

describe('segmentRow', () => {
  it('gives a river leg its drawn length in kilometres and nautical miles', () => {
    const row = segmentRow(olya, 74.08);
    expect(row.computedKilometers).toBe(74.08);
    expect(row.computedNauticalMiles).toBeCloseTo(40, 10);
  });

  it('gives a rail leg no nautical miles', () => {
    expect(segmentRow(rashtAstara, 162).computedNauticalMiles).toBeUndefined();
  });

  it('takes the status date from the latest history entry with the current status', () => {
    expect(segmentRow(olya, 74).statusSince).toBe('1997-06-03');
  });

  it('leaves the status date out when no history entry has the current status', () => {
    expect(segmentRow(rashtAstara, 162).statusSince).toBeUndefined();
  });

  it('separates the preferred published length from the others, keeping outlier flags', () => {
    const row = segmentRow(olya, 74);
    expect(row.preferredPublishedKilometers).toBe(100);
    expect(row.preferredPublishedSources).toEqual(['tass-2021-olya']);
    expect(row.otherPublishedLengths).toEqual([
      { km: 120, sources: ['wikipedia-port-of-olya'], outlier: false },
      { km: 300, sources: ['odd-source'], outlier: true },
    ]);
  });

  it('handles a segment with no published length, capacity, season or history (the gap)', () => {
    const row = segmentRow(rashtAstara, 162);
    expect(row).toMatchObject({
      gap: true,
      expectedOpen: 2028,
      preferredPublishedKilometers: undefined,
      preferredPublishedSources: [],
      otherPublishedLengths: [],
      capacities: [],
      seasonalClosedMonths: [],
      seasonalNote: undefined,
    });
  });

  it('marks segments without a gap field as no gap', () => {
    expect(segmentRow(olya, 74).gap).toBe(false);
  });

  it('counts each source cited anywhere in the feature once', () => {
    const row = segmentRow(olya, 74);
    expect(row.sourceIds).toEqual([
      'rosmorport',
      'wikipedia-port-of-olya',
      'history-a',
      'history-b',
      'tass-2021-olya',
      'odd-source',
      'capacity-source',
      'ice-source',
    ]);
    expect(row.sourceCount).toBe(8);
  });

  it('keeps capacities without their sources and notes, and the seasonal months in data order', () => {
    const row = segmentRow(olya, 74);
    expect(row.capacities).toEqual([{ value: 5, unit: 'Mt/yr', basis: 'design', year: 2010 }]);
    expect(row.seasonalClosedMonths).toEqual([12, 1, 2, 3]);
  });

  it('copies lists so that changing the row leaves the segment as it was', () => {
    const row = segmentRow(olya, 74);
    row.countries.push('KZ');
    row.seasonalClosedMonths.push(4);
    expect(olya.properties.countries).toEqual(['RU']);
    expect(olya.properties.seasonal?.closedMonths).toEqual([12, 1, 2, 3]);
  });
});

describe('describeCapacity', () => {
  it('writes value, unit, basis and year where known, separated by semicolons', () => {
    expect(
      describeCapacity([
        { value: 6, unit: 'Mt/yr', basis: 'design', year: null },
        { value: 4.7, unit: 'Mt/yr', basis: 'target', year: 2026 },
      ]),
    ).toBe('6 Mt/yr (design); 4.7 Mt/yr (target, 2026)');
  });

  it('is empty for no capacity', () => {
    expect(describeCapacity([])).toBe('');
  });
});

describe('describeMode', () => {
  it('names the vessel class of a sea leg', () => {
    expect(describeMode({ mode: 'sea', vessel: 'caspian-river-sea' })).toBe('Sea (Caspian river–sea)');
  });

  it('names the gauge and traction of a rail leg', () => {
    expect(describeMode(segmentRow(rashtAstara, 162))).toBe('Rail (1435 mm, diesel)');
  });

  it('turns the hyphens of an unknown vessel class into spaces', () => {
    expect(describeMode({ mode: 'river', vessel: 'push-tow' })).toBe('River / canal (push tow)');
  });

  it('gives a road leg the mode alone', () => {
    expect(describeMode({ mode: 'road' })).toBe('Road');
  });
});
