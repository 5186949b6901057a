import { getBasemap } from '../data/basemap-resource';
import { getBibliography, getCorridor } from '../data/corridor-resource';
import type { DataProblem } from '../data/data-problem';
import { plural } from '../domain/readable';
import type { DataByUnit, DataUnit } from './explorer-data';
import type { ExplorerStore, NoticeProblem } from './explorer-store';

/** How each unit is loaded. */
export type DataLoaders = { [Unit in DataUnit]: () => Promise<DataByUnit[Unit]> };

/**
 * The loader of each unit (src/data: fetch, validate, index; each request is made once). The
 * router and the energy overlays are chunks of their own, fetched with their data when first
 * needed (issue 15 §1), so the first view's script does not carry them.
 */
const LOADERS: DataLoaders = {
  basemap: getBasemap,
  corridor: getCorridor,
  bibliography: getBibliography,
  routing: () => import('../data/routing-resource').then((module) => module.getRouting()),
  energy: () => import('../data/energy-resource').then((module) => module.getEnergy()),
};

/** Each unit's name in plain words, for notices. */
const UNIT_NAMES: Record<DataUnit, string> = {
  basemap: 'The basemap',
  corridor: 'The corridor data',
  bibliography: 'The bibliography',
  routing: 'The route explorer (routing assumptions and observations)',
  energy: 'The energy overlays',
};

/** At most this many problems are listed by name in one notice. */
const LISTED_PROBLEMS = 5;

/** What each unit's data reports: errors (something left out) and warnings (kept, worth a look). */
function problemsOf<Unit extends DataUnit>(unit: Unit, data: DataByUnit[Unit]): readonly DataProblem[] {
  return unit === 'corridor'
    ? (data as DataByUnit['corridor']).report
    : (data as DataByUnit['basemap' | 'bibliography' | 'energy' | 'routing']).problems;
}

/** A problem as a few words: the feature, then the message (a group such as `(network)` is left out). */
function problemText(problem: DataProblem): string {
  return problem.feature.startsWith('(') ? problem.message : `${problem.feature} (${problem.message})`;
}

/** A problem as a notice carries it, for the page to word in the language shown. */
function noticeProblem({ feature, rule, message }: DataProblem): NoticeProblem {
  return { feature, rule, message };
}

/**
 * Says on the page what a loaded unit left out, naming the first few errors; its warnings (kept,
 * such as the router's coverage notes) are counted in a shorter notice of their own.
 */
function reportProblems(store: ExplorerStore, unit: DataUnit, problems: readonly DataProblem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity !== 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, LISTED_PROBLEMS);
    const listed = shown.map(problemText).join('; ');
    const more = errors.length > LISTED_PROBLEMS ? `; and ${errors.length - LISTED_PROBLEMS} more` : '';
    store.getState().addAppNotice({
      id: `${unit}-problems`,
      message: `${UNIT_NAMES[unit]}: ${plural(errors.length, 'problem')} in the data; what they concern is left out: ${listed}${more}.`,
      words: {
        id: 'notices.dataProblems',
        values: { unit, count: errors.length, detail: listed, more: Math.max(0, errors.length - LISTED_PROBLEMS) },
      },
      problems: shown.map(noticeProblem),
    });
  }
  if (warnings.length > 0) {
    const [first] = warnings;
    store.getState().addAppNotice({
      id: `${unit}-notes`,
      kind: 'note',
      message: `${UNIT_NAMES[unit]}: ${plural(warnings.length, 'note')} on the data, kept (first: ${first ? problemText(first) : ''}).`,
      words: {
        id: 'notices.dataNotesOf',
        values: { unit, count: warnings.length, detail: first ? problemText(first) : '' },
      },
      problems: first ? [noticeProblem(first)] : [],
    });
  }
}

/** A unit that could not be loaded; `retry` lets the next request ask for it again. */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly retry: () => void,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

const requests = new WeakMap<ExplorerStore, Map<DataUnit, Promise<unknown>>>();

/**
 * Asks for a unit of data once: the store records its load state (for the map and the panels) and
 * the problems it reports become notices. A failed load says so in a notice and rejects with a
 * `DataLoadError` whose `retry` (the panels' "Try again") lets the next request ask again, so a
 * transient error does not stick. Returns the same promise until then, so React's `use` can wait
 * on it.
 */
export function requestData<Unit extends DataUnit>(
  store: ExplorerStore,
  unit: Unit,
  loaders: DataLoaders = LOADERS,
): Promise<DataByUnit[Unit]> {
  let byUnit = requests.get(store);
  if (!byUnit) {
    byUnit = new Map();
    requests.set(store, byUnit);
  }
  const existing = byUnit.get(unit) as Promise<DataByUnit[Unit]> | undefined;
  if (existing) return existing;
  // Recorded after the current render: a component may ask for data while React renders it.
  queueMicrotask(() => {
    if (store.getState().loaded[unit].status !== 'ready') store.getState().setLoadState(unit, { status: 'loading' });
  });
  const request = loaders[unit]().then(
    (data) => {
      store.getState().setLoadState(unit, { status: 'ready', data });
      reportProblems(store, unit, problemsOf(unit, data));
      return data;
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      const message = `${UNIT_NAMES[unit]} could not be loaded (${detail}).`;
      store.getState().setLoadState(unit, { status: 'error', message });
      store.getState().addAppNotice({
        id: `${unit}-unavailable`,
        message,
        words: { id: 'notices.dataUnavailable', values: { unit, detail } },
      });
      throw new DataLoadError(message, () => {
        if (byUnit.get(unit) === request) byUnit.delete(unit);
      });
    },
  );
  byUnit.set(unit, request);
  return request;
}
