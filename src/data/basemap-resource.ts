import { type DataProblem, errorsOf } from './data-problem';
import { type AssembledBasemap, indexBasemap } from './index-basemap';
import { cacheUntilRejected, fetchCompiledUnit, fetchNaturalEarth } from './read-geodata-browser';

/** The embedded basemap, with its problems split into errors (labels left out) and warnings. */
export interface BasemapData extends Omit<AssembledBasemap, 'problems'> {
  problems: DataProblem[];
  warnings: DataProblem[];
}

const NO_LABELS = { type: 'FeatureCollection', features: [] } as const;

/**
 * The embedded basemap: Natural Earth's land and borders (without which there is no map: a failure
 * rejects) and the build's compiled labels (without which the map is drawn unlabelled, and a
 * problem says so). A failed load is not kept: the next call fetches again.
 */
export const getBasemap: () => Promise<BasemapData> = cacheUntilRejected(async () => {
  const [naturalEarth, labels] = await Promise.all([
    fetchNaturalEarth(),
    fetchCompiledUnit('basemap').catch((error: unknown) => ({
      parts: { places: { ...NO_LABELS, features: [] }, labels: { ...NO_LABELS, features: [] }, problems: [] },
      problems: [
        {
          dataset: 'basemap labels',
          feature: '(file)',
          severity: 'error',
          rule: 'file',
          message: `the basemap's labels could not be loaded (${error instanceof Error ? error.message : String(error)}); the map is drawn without them`,
        } satisfies DataProblem,
      ],
    })),
  ]);
  const basemap = indexBasemap(labels.parts, naturalEarth);
  const all = [...labels.problems, ...basemap.problems];
  return {
    ...basemap,
    problems: errorsOf(all),
    warnings: all.filter((problem) => problem.severity === 'warning'),
  };
});
