/**
 * One dated status of a feature (contracts §2 and §7). `since` and `until` are partial dates
 * (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source): `since` begins on the first day of
 * its period, `until` ends on the last day of its period (inclusive). An entry without `until` is
 * lasting: it holds until a later lasting entry begins. An entry with `until` is temporary: it holds
 * over its interval only, on top of the lasting status. `event` names the event behind the change.
 */
export interface StatusEntry {
  readonly status: string;
  readonly since: string;
  readonly until?: string | undefined;
  readonly event?: string | undefined;
}

/** What `statusAt` reads of a feature: a corridor segment, a passage or an energy feature fits it. */
export interface StatusFacts {
  /**
   * The lasting status at the data's as-of date: the status of the last lasting history entry when
   * there is one (the geodata check holds the two equal).
   */
  status: string;
  /** Dated statuses. */
  statusHistory: readonly StatusEntry[];
  /** The year the feature is expected to open, when it is not open yet. */
  expectedOpen?: number | undefined;
}

/** A feature's status at a moment and the history entry it comes from (none: the `status` field). */
export interface StatusRecord {
  readonly status: string;
  readonly entry?: StatusEntry | undefined;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day of a partial date's period (`2019` → `2019-01-01`), or undefined when it is not one. */
export function firstDayOf(partial: string): string | undefined {
  const match = PARTIAL_DATE.exec(partial);
  if (!match) return undefined;
  const [, year, month = '01', day = '01'] = match;
  return `${year}-${month}-${day}`;
}

/** The last day of a partial date's period (`2019` → `2019-12-31`, `2024-02` → `2024-02-29`), or undefined. */
export function lastDayOf(partial: string): string | undefined {
  const match = PARTIAL_DATE.exec(partial);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day !== undefined) return partial;
  if (month === undefined) return `${year}-12-31`;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, '0')}`;
}

function yearOf(date: string): number {
  return Number.parseInt(date.slice(0, 4), 10);
}

interface DatedEntry {
  readonly entry: StatusEntry;
  readonly start: string;
  readonly end: string | undefined;
  readonly order: number;
}

function datedEntries(history: readonly StatusEntry[]): DatedEntry[] {
  const dated: DatedEntry[] = [];
  history.forEach((entry, order) => {
    const start = firstDayOf(entry.since);
    if (start === undefined) return;
    if (entry.until === undefined) {
      dated.push({ entry, start, end: undefined, order });
      return;
    }
    const end = lastDayOf(entry.until);
    if (end !== undefined) dated.push({ entry, start, end, order });
  });
  return dated;
}

/** The entry of `candidates` that began last (ties: the one listed last). */
function latest(candidates: readonly DatedEntry[]): DatedEntry | undefined {
  let found: DatedEntry | undefined;
  for (const candidate of candidates) {
    if (!found || candidate.start > found.start || (candidate.start === found.start && candidate.order > found.order)) {
      found = candidate;
    }
  }
  return found;
}

/**
 * The status a feature had, has or will have on the day `at` (`YYYY-MM-DD`), seen from `present`
 * (`YYYY-MM-DD`, the data's as-of date), with the history entry it comes from. The one status rule
 * of the domain: the router, the corridor map, the energy overlays, the tables, the situation list
 * and the exports read it.
 *
 * 1. A temporary entry (with `until`) whose interval holds `at` decides; when several do, the one
 *    that began last.
 * 2. From `present` on: the `status` field (with the last lasting entry, when it has that status,
 *    to say since when); a feature not operational whose `expectedOpen` year has come by the year
 *    of `at` counts as `operational`, in a later year than the present one only (the data is the
 *    truth for its own year).
 * 3. Before `present`: the last lasting entry that had begun by `at`; the `status` field when the
 *    history has no lasting entry; when every lasting entry begins after `at`: `operational` if the
 *    first of them is due to an event (a disruption of something in service), else `undefined`
 *    (the feature did not exist yet). An entry whose dates are not partial dates never counts.
 */
export function statusRecordAt(feature: StatusFacts, at: string, present: string): StatusRecord | undefined {
  const dated = datedEntries(feature.statusHistory);
  const temporary = latest(dated.filter((item) => item.end !== undefined && item.start <= at && at <= item.end));
  if (temporary) return { status: temporary.entry.status, entry: temporary.entry };
  const lasting = dated.filter((item) => item.end === undefined);
  if (at >= present) {
    const { status, expectedOpen } = feature;
    const year = yearOf(at);
    if (status !== 'operational' && expectedOpen !== undefined && expectedOpen <= year && year > yearOf(present)) {
      return { status: 'operational' };
    }
    const last = latest(lasting);
    return last && last.entry.status === status ? { status, entry: last.entry } : { status };
  }
  if (!feature.statusHistory.some((entry) => entry.until === undefined)) return { status: feature.status };
  const found = latest(lasting.filter((item) => item.start <= at));
  if (found) return { status: found.entry.status, entry: found.entry };
  // Before a disruption that is the first thing the history records, the feature was in service.
  const first = lasting.reduce<DatedEntry | undefined>(
    (earliest, item) => (!earliest || item.start < earliest.start ? item : earliest),
    undefined,
  );
  return first?.entry.event !== undefined ? { status: 'operational' } : undefined;
}

/** The status of `feature` on the day `at`, seen from `present` (see `statusRecordAt`). */
export function statusAt(feature: StatusFacts, at: string, present: string): string | undefined {
  return statusRecordAt(feature, at, present)?.status;
}

/** The moment a year scenario asks about: the network as open at the end of `year` (`YYYY-12-31`). */
export function yearMoment(year: number): string {
  return `${year}-12-31`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is not). */
export function isCalendarDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The present moment when only the data's year is known (`YYYY-01-01`).
 * @deprecated the present is the data's as-of date (`geodata/version.json`); callers move to it.
 */
export function presentOfYear(currentYear: number): string {
  return `${currentYear}-01-01`;
}
