import type { FeatureCollection, LineString } from 'geojson';
import type { RouteResult } from '../routing/route-result';
import { EXPORT_GENERATOR } from './export-generator';

/** What the route-legs GeoJSON reads of a routing `RouteResult` (the totals are written when given). */
export type RouteQueryForExport = Pick<RouteResult, 'from' | 'to' | 'by' | 'cargo' | 'scenario' | 'dataVersion'> &
  Partial<Pick<RouteResult, 'via' | 'year' | 'date' | 'dateBasis' | 'month' | 'avoid' | 'modes' | 'branch' | 'totals'>>;

/** The query a route or a comparison answers, as written into the export. */
interface ExportedRouteQuery {
  from: string;
  to: string;
  via: string[];
  by: string;
  cargo: string;
  scenario: string[];
  year: number | null;
  /** The day the figures are for (contracts §7). */
  date: string | null;
  /** How the day was named: `date`, `year` or `as-of`. */
  dateBasis: string | null;
  month: number | null;
  avoid: string[];
  modes: string[] | null;
  branch: string | null;
}

/** What the route-legs GeoJSON carries besides the route. */
export interface RouteLegsGeoJsonOptions {
  /** The export date, `YYYY-MM-DD` (UTC). */
  exportedOn: string;
  /** What made the file; `EXPORT_GENERATOR` when not given. */
  generator?: string | undefined;
  /** The licence of the data, e.g. `CC BY 4.0`; left out when not given. */
  licence?: string | undefined;
}

/** The legs FeatureCollection with foreign members saying which query and data it answers. */
export type RouteLegsGeoJson<Properties> = FeatureCollection<LineString, Properties> & {
  dataVersion: string;
  exportedOn: string;
  generator: string;
  query: ExportedRouteQuery;
  totals?: RouteResult['totals'];
  licence?: string;
};

/** The query fields of a route (or a comparison: no via, modes or branch), copied, with empty values for what is not given. */
export function exportedQuery(route: RouteQueryForExport): ExportedRouteQuery {
  return {
    from: route.from,
    to: route.to,
    via: [...(route.via ?? [])],
    by: route.by,
    cargo: route.cargo,
    scenario: [...route.scenario],
    year: route.year ?? null,
    date: route.date ?? null,
    dateBasis: route.dateBasis ?? null,
    month: route.month ?? null,
    avoid: [...(route.avoid ?? [])],
    modes: route.modes ? [...route.modes] : null,
    branch: route.branch ?? null,
  };
}

/**
 * The legs of a route as GeoJSON: the leg FeatureCollection (`routeLegFeatures`, geometry in travel
 * direction, leg figures as properties), deep-copied, with the data version, the export date, the
 * generator, the query and (when the route has them) the totals as top-level foreign members
 * (RFC 7946 §6.1).
 */
export function routeLegsToGeoJson<Properties>(
  route: RouteQueryForExport,
  legs: FeatureCollection<LineString, Properties>,
  options: RouteLegsGeoJsonOptions,
): RouteLegsGeoJson<Properties> {
  const copy = structuredClone(legs);
  return {
    ...copy,
    type: 'FeatureCollection',
    dataVersion: route.dataVersion,
    exportedOn: options.exportedOn,
    generator: options.generator ?? EXPORT_GENERATOR,
    query: exportedQuery(route),
    ...(route.totals === undefined ? {} : { totals: structuredClone(route.totals) }),
    ...(options.licence === undefined ? {} : { licence: options.licence }),
  };
}
