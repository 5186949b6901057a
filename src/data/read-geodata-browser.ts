import naturalEarthUrl from 'world-atlas/countries-50m.json?url';
import { type CompiledParts, type CompiledUnitName, compiledUnitName, readCompiledUnit } from './compiled-unit';
import type { DataProblem } from './data-problem';
import { fetchJson } from './fetch-json';
import basemapUrl from './generated/basemap.json?url&no-inline';
import bibliographyUrl from './generated/bibliography.json?url&no-inline';
import corridorUrl from './generated/corridor.json?url&no-inline';
import energyUrl from './generated/energy.json?url&no-inline';
import routingUrl from './generated/routing.json?url&no-inline';

/**
 * The built URL of each compiled load unit (written by the build from geodata/, issue 15 §2).
 * `no-inline`: even a small file stays a file of the app's own origin, never a `data:` URL (which a
 * strict `connect-src 'self'` policy would refuse to fetch).
 */
const COMPILED_URLS: Record<CompiledUnitName, string> = {
  corridor: corridorUrl,
  bibliography: bibliographyUrl,
  routing: routingUrl,
  energy: energyUrl,
  basemap: basemapUrl,
};

/**
 * Wraps a loader so that it runs once and every caller shares its promise, until that promise
 * rejects: a failed load is forgotten, and the next call loads again (a transient HTTP 503 does not
 * break the panels until a reload).
 */
export function cacheUntilRejected<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = load().catch((error: unknown) => {
        if (pending === attempt) pending = undefined;
        throw error;
      });
      pending = attempt;
    }
    return pending;
  };
}

const unitLoaders = new Map<CompiledUnitName, () => Promise<{ parts: unknown; problems: DataProblem[] }>>();

/**
 * One compiled load unit, fetched from the app's own origin once (until a load fails), its shape
 * checked: the parts kept, and what was dropped as problems. Rejects, naming the file, when it
 * cannot be loaded, is not JSON, or is not a unit of this build.
 */
export function fetchCompiledUnit<Unit extends CompiledUnitName>(
  unit: Unit,
): Promise<{ parts: CompiledParts[Unit]; problems: DataProblem[] }> {
  let loader = unitLoaders.get(unit);
  if (!loader) {
    loader = cacheUntilRejected(async () =>
      readCompiledUnit(unit, await fetchJson(COMPILED_URLS[unit], compiledUnitName(unit))),
    );
    unitLoaders.set(unit, loader);
  }
  return loader() as Promise<{ parts: CompiledParts[Unit]; problems: DataProblem[] }>;
}

/** The Natural Earth countries TopoJSON (`world-atlas`), fetched from the app's own origin. */
export function fetchNaturalEarth(): Promise<unknown> {
  return fetchJson(naturalEarthUrl, 'world-atlas/countries-50m.json');
}
