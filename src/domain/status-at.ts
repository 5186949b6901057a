/** What `statusAt` reads of a feature: a corridor segment or an energy feature fits it. */
export interface StatusFacts {
  /** The status today (at the present moment). */
  status: string;
  /** Dated statuses; `since` is a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  statusHistory: readonly { status: string; since: string }[];
  /** The year the feature is expected to open, when it is not open yet. */
  expectedOpen?: number | undefined;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day of a partial date's period (`2019` → `2019-01-01`), or undefined when it is not one. */
function firstDayOf(since: string): string | undefined {
  const match = PARTIAL_DATE.exec(since);
  if (!match) return undefined;
  const [, year, month = '01', day = '01'] = match;
  return `${year}-${month}-${day}`;
}

function yearOf(date: string): number {
  return Number.parseInt(date.slice(0, 4), 10);
}

/**
 * The status a feature had, has or will have at the moment `at` (`YYYY-MM-DD`), seen from
 * `present` (`YYYY-MM-DD`, the moment the `status` field describes). The one status rule of the
 * domain: the router's year scenario reads it, and the map's overlays are to move to it from the
 * deprecated `statusInYear`.
 *
 * - From `present` on: the current status; but a feature not operational whose `expectedOpen`
 *   year has come by the year of `at` counts as `operational`, in a later year than the present
 *   one only (the data is the truth for its own year).
 * - Before `present`: the current status when there is no history; else the status of the last
 *   history entry that had begun by `at` (a partial `since` begins on the first day of its period;
 *   entries are ordered by that date, ties keeping their listed order), or `undefined` when every
 *   entry begins after `at`: the feature did not exist yet. An entry whose `since` is not a partial
 *   date never counts.
 */
export function statusAt(feature: StatusFacts, at: string, present: string): string | undefined {
  const { status, statusHistory, expectedOpen } = feature;
  if (at >= present) {
    const year = yearOf(at);
    const opened = expectedOpen !== undefined && expectedOpen <= year && year > yearOf(present);
    return status !== 'operational' && opened ? 'operational' : status;
  }
  if (statusHistory.length === 0) return status;
  const dated = statusHistory.flatMap((entry) => {
    const start = firstDayOf(entry.since);
    return start === undefined ? [] : [{ status: entry.status, start }];
  });
  dated.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let found: string | undefined;
  for (const entry of dated) {
    if (entry.start <= at) found = entry.status;
  }
  return found;
}

/** The moment a year scenario asks about: the network as open at the end of `year` (`YYYY-12-31`). */
export function yearMoment(year: number): string {
  return `${year}-12-31`;
}

/**
 * The present moment when only the data's year is known (`YYYY-01-01`): the status fields describe
 * that year, so every moment of it counts as the present.
 */
export function presentOfYear(currentYear: number): string {
  return `${currentYear}-01-01`;
}
