/**
 * One finding about the data, the same shape for every file and every check: the corridor rules,
 * the energy, routing and basemap files, the bibliographies, a file that cannot be read, and the
 * router's coverage notes. `error`: the data breaks a rule (`npm run check:geodata` fails; the
 * message says when the item was left out); `warning`: worth a look, nothing is left out.
 */
export interface DataProblem {
  /** The file or dataset, e.g. `segments`, `energy pipelines`, `corridor/segments.geojson`. */
  dataset: string;
  /** The feature's id when it has one, its position in the file (`#3`), or `(file)`. */
  feature: string;
  severity: 'error' | 'warning';
  /** The id of the rule that found it, where there is one (the corridor rules of `CORRIDOR_RULES`, `json`, …). */
  rule?: string | undefined;
  /** Plain English, specific, with units. */
  message: string;
}

/** A problem as one line of text: `<dataset> <feature>: <message>`. */
export function describeProblem(problem: DataProblem): string {
  return `${problem.dataset} ${problem.feature}: ${problem.message}`;
}

/** The problems of severity `error`. */
export function errorsOf(problems: readonly DataProblem[]): DataProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}
