import { describe, expect, it } from 'vitest';
import { selectBranchOverview } from './select-branch-overview';

const segment = (
  id: string,
  branch: string,
  status: 'operational' | 'planned' | 'restricted',
  extra: { gap?: boolean; expectedOpen?: number; closedMonths?: number[]; since?: string } = {},
) => ({
  properties: {
    id,
    name: `Name of ${id}`,
    branch,
    status,
    statusHistory: extra.since ? [{ status, since: extra.since }] : [],
    expectedOpen: extra.expectedOpen,
    gap: extra.gap,
    seasonal: extra.closedMonths ? { closedMonths: extra.closedMonths } : undefined,
  },
});

const observation = (id: string, branch: string, date: string, days?: { low: number; high: number }) => ({
  id,
  title: `Shipment ${id}`,
  date,
  branch,
  reported: days ? { days } : {},
});

describe('selectBranchOverview', () => {
  const segments = [
    segment('a--b', 'western', 'operational'),
    segment('b--c', 'western', 'restricted'),
    segment('c--d', 'western', 'planned', { gap: true, expectedOpen: 2029 }),
    segment('e--f', 'western', 'planned'),
    segment('s--t', 'trans-caspian', 'operational', { closedMonths: [1, 2] }),
    segment('x--y', 'iran', 'planned'),
  ];
  const observations = [
    observation('old', 'western', '2014-08'),
    observation('new', 'western', '2025-05', { low: 20, high: 25 }),
    observation('future', 'western', '2027-01'),
    observation('any', 'corridor', '2026-01'),
  ];

  it('gives the three forcible branches, each with its segments by status on the day', () => {
    const cards = selectBranchOverview(segments, observations, '2026-12-01', '2026-12-01');
    expect(cards.map((card) => card.branch)).toEqual(['western', 'trans-caspian', 'eastern']);
    const western = cards[0];
    expect(western?.segmentCount).toBe(4);
    expect(western?.statusCounts).toEqual([
      { status: 'planned', count: 2 },
      { status: 'operational', count: 1 },
      { status: 'restricted', count: 1 },
    ]);
    expect(cards[2]?.segmentCount).toBe(0);
  });

  it('names the missing link as the key gap, before another planned segment', () => {
    const western = selectBranchOverview(segments, observations, '2026-12-01', '2026-12-01')[0];
    expect(western?.keyGap).toEqual({ id: 'c--d', name: 'Name of c--d', status: 'planned', expectedOpen: 2029 });
  });

  it('reads statuses on the day: the gap open by its expected year leaves the other planned one as the gap', () => {
    const western = selectBranchOverview(segments, observations, '2029-12-31', '2026-12-01')[0];
    expect(western?.keyGap?.id).toBe('e--f');
  });

  it('has no key gap when everything is open', () => {
    const transCaspian = selectBranchOverview(segments, observations, '2026-12-01', '2026-12-01')[1];
    expect(transCaspian?.keyGap).toBeUndefined();
    expect(transCaspian?.seasonal).toEqual({ count: 1, months: [1, 2] });
  });

  it('gives the latest observation of the branch by the day, with its reported days', () => {
    const [western] = selectBranchOverview(segments, observations, '2026-12-01', '2026-12-01');
    expect(western?.latestObservation).toEqual({
      id: 'new',
      title: 'Shipment new',
      date: '2025-05',
      days: { low: 20, high: 25 },
    });
    const earlier = selectBranchOverview(segments, observations, '2020-01-01', '2026-12-01')[0];
    expect(earlier?.latestObservation?.id).toBe('old');
    expect(earlier?.latestObservation).not.toHaveProperty('days');
  });
});
