import { statusAt } from '../domain/status-at';
import { FORCIBLE_BRANCHES, type ForcibleBranch, type SegmentStatus } from '../domain/vocabulary/vocabulary';

/** What the overview reads of a corridor segment (a validated `CorridorSegment` fits it). */
interface OverviewSegment {
  properties: {
    id: string;
    name: string;
    branch: string;
    status: SegmentStatus;
    statusHistory: readonly { status: string; since: string; until?: string | undefined }[];
    expectedOpen?: number | undefined;
    gap?: boolean | undefined;
    seasonal?: { closedMonths: readonly number[]; restrictedMonths?: readonly number[] | undefined } | undefined;
  };
}

/** What the overview reads of an observation (a `RoutingObservation` fits it). */
interface OverviewObservation {
  id: string;
  title: string;
  date: string;
  branch: string;
  reported: { days?: { low: number; high: number } | undefined };
}

/** One branch's card: its segments by status on the day, its key gap, its seasonal limit, its latest observed transit. */
export interface BranchOverview {
  branch: ForcibleBranch;
  segmentCount: number;
  /** Segments by status on the day, most segments first. */
  statusCounts: Array<{ status: SegmentStatus; count: number }>;
  /** The segment that most limits the branch on the day: a missing link, else one not open, else one restricted. */
  keyGap: { id: string; name: string; status: SegmentStatus; expectedOpen?: number | undefined } | undefined;
  /** Segments that close or slow in some months. */
  seasonal: { count: number; months: number[] };
  /** The latest documented shipment or service on the branch. */
  latestObservation: { id: string; title: string; date: string; days?: { low: number; high: number } } | undefined;
}

/** How much a status limits a branch, for choosing its key gap (higher limits more). */
const LIMIT_RANK: Record<SegmentStatus, number> = {
  operational: 0,
  restricted: 1,
  suspended: 2,
  'under-construction': 3,
  planned: 4,
  proposed: 4,
  closed: 5,
};

/**
 * The overview's card of each of the three forcible branches (western, trans-Caspian, eastern) on
 * the view's `day`, seen from the data's as-of date `present`, by the one status rule.
 */
export function selectBranchOverview(
  segments: readonly OverviewSegment[],
  observations: readonly OverviewObservation[],
  day: string,
  present: string,
): BranchOverview[] {
  return FORCIBLE_BRANCHES.map((branch) => {
    const onBranch = segments.filter((segment) => segment.properties.branch === branch);
    const counts = new Map<SegmentStatus, number>();
    let keyGap: BranchOverview['keyGap'];
    let keyRank = 0;
    for (const { properties } of onBranch) {
      const status = statusAt(properties, day, present) as SegmentStatus | undefined;
      if (status === undefined) continue;
      counts.set(status, (counts.get(status) ?? 0) + 1);
      // A missing link (`gap`) outranks everything of its own status.
      const rank = LIMIT_RANK[status] * 2 + (properties.gap && status !== 'operational' ? 1 : 0);
      if (rank > keyRank) {
        keyRank = rank;
        keyGap = { id: properties.id, name: properties.name, status, expectedOpen: properties.expectedOpen };
      }
    }
    const seasonalSegments = onBranch.filter(
      ({ properties: { seasonal } }) =>
        seasonal !== undefined && (seasonal.closedMonths.length > 0 || (seasonal.restrictedMonths ?? []).length > 0),
    );
    const months = [
      ...new Set(
        seasonalSegments.flatMap(({ properties: { seasonal } }) => [
          ...(seasonal?.closedMonths ?? []),
          ...(seasonal?.restrictedMonths ?? []),
        ]),
      ),
    ].sort((a, b) => a - b);
    const latest = observations
      .filter((observation) => observation.branch === branch && observation.date <= day)
      .reduce<OverviewObservation | undefined>(
        (best, observation) => (!best || observation.date > best.date ? observation : best),
        undefined,
      );
    return {
      branch,
      segmentCount: [...counts.values()].reduce((sum, count) => sum + count, 0),
      statusCounts: [...counts].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count),
      keyGap,
      seasonal: { count: seasonalSegments.length, months },
      latestObservation: latest && {
        id: latest.id,
        title: latest.title,
        date: latest.date,
        ...(latest.reported.days ? { days: latest.reported.days } : {}),
      },
    };
  });
}
