import { type AssembledBasemap, assembleBasemap } from './assemble-basemap';
import { type DataProblem, errorsOf } from './data-problem';
import { cacheUntilRejected, fetchGeodataFile, fetchNaturalEarth } from './read-geodata-browser';

/** The embedded basemap, ready to draw, with the problems found while reading it. */
export interface BasemapData extends Omit<AssembledBasemap, 'problems'> {
  /** Labels left out (errors), and why. The map says of each that it is not shown. */
  problems: DataProblem[];
  /** What was kept but is worth a look (e.g. text a spreadsheet would run as a formula). */
  warnings: DataProblem[];
}

/**
 * The embedded basemap, loaded once from the app's own origin and shared by the map and the panels
 * (the map draws it, the panels show the names of a clicked city). Labels that cannot be loaded are
 * reported and left out; a missing or unreadable Natural Earth file rejects (there is no map
 * without it), and the next call loads again.
 */
export const getBasemap: () => Promise<BasemapData> = cacheUntilRejected(async () => {
  const [naturalEarth, places, labels] = await Promise.all([
    fetchNaturalEarth(),
    fetchGeodataFile('places').catch(() => undefined),
    fetchGeodataFile('labels').catch(() => undefined),
  ]);
  const basemap = assembleBasemap({ naturalEarth, places, labels });
  return {
    ...basemap,
    problems: errorsOf(basemap.problems),
    warnings: basemap.problems.filter((problem) => problem.severity === 'warning'),
  };
});
