import naturalEarthUrl from 'world-atlas/countries-50m.json?url';
import { fetchJson } from './fetch-json';
import { GEODATA_FILES, type GeodataFileId, LOAD_UNITS, type LoadUnit, type UnitFiles } from './geodata-manifest';

/**
 * The built URL of every JSON file under geodata/, by its path relative to this module. `no-inline`:
 * even a small file stays a file of the app's own origin, never a `data:` URL (which a strict
 * `connect-src 'self'` policy would refuse to fetch).
 */
const GEODATA_URLS = import.meta.glob<string>('../../geodata/**/*.{json,geojson}', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

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

const fileLoaders = new Map<GeodataFileId, () => Promise<unknown>>();

/**
 * One geodata file of the manifest, fetched from the app's own origin once and shared by the load
 * units that read it (until a load fails); rejects, naming the file, when it cannot be loaded or is
 * not JSON.
 */
export function fetchGeodataFile(file: GeodataFileId): Promise<unknown> {
  let loader = fileLoaders.get(file);
  if (!loader) {
    const name = `geodata/${GEODATA_FILES[file].path}`;
    loader = cacheUntilRejected(() => {
      const url = GEODATA_URLS[`../../${name}`];
      if (url === undefined) return Promise.reject(new Error(`${name} is not part of the build`));
      return fetchJson(url, name);
    });
    fileLoaders.set(file, loader);
  }
  return loader();
}

/** The parsed files of a load unit (see `LOAD_UNITS`), fetched in parallel; rejects as `fetchGeodataFile`. */
export async function fetchLoadUnit<Unit extends LoadUnit>(unit: Unit): Promise<UnitFiles<Unit>> {
  const files: readonly GeodataFileId[] = LOAD_UNITS[unit];
  const values = await Promise.all(files.map((file) => fetchGeodataFile(file)));
  return Object.fromEntries(files.map((file, index) => [file, values[index]])) as UnitFiles<Unit>;
}

/** The Natural Earth countries TopoJSON (`world-atlas`), fetched from the app's own origin. */
export function fetchNaturalEarth(): Promise<unknown> {
  return fetchJson(naturalEarthUrl, 'world-atlas/countries-50m.json');
}
