import { yearMoment } from '../domain/status-at';
import type { RouteQueryState } from './explorer-store';

/** The day the whole view shows (map, overlays, tables, routes, exports) and how it was named. */
export interface ViewDay {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** `date` (the link's `date=`), `year` (the last day of `year=`), or `as-of` (none: the data's as-of date). */
  readonly basis: 'date' | 'year' | 'as-of';
  /** The data's as-of date. */
  readonly present: string;
}

/**
 * The one day of the view (contracts §7): the `date`, else the last day of the `year`, else the
 * data's as-of date `present`. The router reads the same rule from the same fields.
 */
export function selectDay(query: Pick<RouteQueryState, 'date' | 'year'>, present: string): ViewDay {
  if (query.date !== undefined) return { day: query.date, basis: 'date', present };
  if (query.year !== undefined) return { day: yearMoment(query.year), basis: 'year', present };
  return { day: present, basis: 'as-of', present };
}
