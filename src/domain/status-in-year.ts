/** A dated status, as in a feature's `statusHistory`. */
export interface DatedStatus {
  status: string;
  since: string;
}

/**
 * The status a feature had in a year, from its dated history: the last entry whose `since` year is
 * at most that year. `undefined` when the history starts after that year (the feature did not exist
 * yet). With no history, or for the current year and later, the current status.
 *
 * @deprecated Use `statusAt` (`src/domain/status-at.ts`) with `yearMoment(year)` and
 * `presentOfYear(currentYear)`: the one status rule, which the router uses too. This copy ignores
 * `expectedOpen` and orders the history as strings, so it can disagree with the router.
 */
export function statusInYear(
  currentStatus: string,
  history: readonly DatedStatus[],
  year: number,
  currentYear: number,
): string | undefined {
  if (history.length === 0 || year >= currentYear) return currentStatus;
  const ordered = [...history].sort((a, b) => a.since.localeCompare(b.since));
  let status: string | undefined;
  for (const entry of ordered) {
    if (Number(entry.since.slice(0, 4)) <= year) status = entry.status;
  }
  return status;
}
