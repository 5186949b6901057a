import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assembleRouting } from '../src/data/assemble-routing';
import { type DataProblem, errorsOf } from '../src/data/data-problem';
import { CHECKED_ONLY_FILES, GEODATA_FILES } from '../src/data/geodata-manifest';
import {
  type ReadOptions,
  readBasemap,
  readCorridor,
  readEnergy,
  readGeodataFile,
  readLoadUnit,
} from '../src/data/read-geodata-node';
import {
  LENGTH_REPORT_RULES,
  SOURCE_NOT_OPENED_RULE,
  unopenedSources,
  validateBibliography,
} from '../src/data/validate-corridor';

/** Exit codes of `npm run check:geodata` (docs/cli.md). */
const EXIT = { clean: 0, errorsFound: 1 } as const;

/**
 * Every check of every geodata file under a project directory, with the validators the app uses:
 * the corridor (with the land and water checks against Natural Earth 1:50m) and its events (every
 * affected feature checked against the corridor and the energy overlays), the routing files, the
 * energy overlays, the basemap labels and every bibliography (`sources.json`,
 * `sources-routing.json`, `energy/sources.json`, `basemap/sources.json`), each with the one
 * bibliography schema. A file that cannot be read or is not JSON is reported and the others are
 * still checked.
 */
function checkGeodata(options: ReadOptions): { problems: DataProblem[]; counts: string[] } {
  const corridor = readCorridor({ ...options, withLandChecks: true });
  const routingFiles = readLoadUnit('routing', options);
  const routing = assembleRouting(corridor.corridor, routingFiles.files, {
    currentYear: new Date().getUTCFullYear(),
  });
  const energy = readEnergy(options);
  const basemap = readBasemap(options);
  // Bibliographies no load unit reads are checked with the same schema as the others.
  const checkedOnly = CHECKED_ONLY_FILES.flatMap((file) => {
    const read = readGeodataFile(file, options);
    if (read.problem) return [read.problem];
    return validateBibliography(GEODATA_FILES[file].path, read.value).problems;
  });
  // Entries never opened (dateAccessed null), in every bibliography: a check-only warning (issue 13 §5).
  const bibliographies = {
    sources: 'sources',
    routingSources: 'routing sources',
    energySources: 'energy sources',
    basemapSources: GEODATA_FILES.basemapSources.path,
  } as const;
  const filesById = new Map<string, string[]>();
  const notOpened = Object.entries(bibliographies).flatMap(([file, dataset]) => {
    const read = readGeodataFile(file as keyof typeof bibliographies, options);
    // sources.json and sources-routing.json are read as one bibliography by the router.
    if ((file === 'sources' || file === 'routingSources') && Array.isArray(read.value)) {
      for (const entry of read.value as unknown[]) {
        const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
        if (typeof id === 'string') filesById.set(id, [...(filesById.get(id) ?? []), dataset]);
      }
    }
    return read.problem ? [] : unopenedSources(dataset, read.value);
  });
  // One entry per id in the corridor and routing bibliographies: a citation must name one page.
  const duplicated: DataProblem[] = [...filesById]
    .filter(([, files]) => files.length > 1)
    .map(([id, files]) => ({
      dataset: files[0] ?? 'sources',
      feature: id,
      severity: 'warning',
      rule: 'source-id-repeated',
      message: `the id is in more than one bibliography (${files.join(', ')}); keep one entry`,
    }));
  const { nodes, segments, passages, events, sourceById } = corridor.corridor;
  return {
    problems: [
      ...corridor.problems,
      ...routingFiles.problems,
      ...routing.problems,
      ...energy.problems,
      ...basemap.problems,
      ...checkedOnly,
      ...notOpened,
      ...duplicated,
    ],
    counts: [
      `nodes ${nodes.length}`,
      `segments ${segments.length}`,
      `passages ${passages.length}`,
      `events ${events.length}`,
      `sources ${sourceById.size}`,
      `pipelines ${energy.energy.pipelines.length}`,
      `LNG projects ${energy.energy.lngProjects.length}`,
      `basemap labels ${(basemap.basemap?.places.features.length ?? 0) + (basemap.basemap?.labels.features.length ?? 0)}`,
    ],
  };
}

/**
 * Runs the check on its arguments (`[DIRECTORY]`, a project directory holding `geodata/`; this
 * project by default), printing the report line by line; returns the exit code.
 */
export function runCheckGeodata(argv: readonly string[], print: (line: string) => void): number {
  const started = performance.now();
  const projectDirectory = argv[0] === undefined ? undefined : resolve(argv[0]);
  const { problems, counts } = checkGeodata({ projectDirectory });
  const elapsedSeconds = (performance.now() - started) / 1000;
  const errors = errorsOf(problems);
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of [...errors, ...warnings]) {
    print([problem.severity, problem.dataset, problem.feature, problem.rule ?? '-', problem.message].join('  '));
  }
  // Segments whose drawn and preferred published lengths differ by more than 15% (issue 13 §1).
  const lengthRules = new Set<string>(LENGTH_REPORT_RULES);
  const lengthsApart = new Set(
    warnings.filter((problem) => lengthRules.has(problem.rule ?? '')).map((problem) => problem.feature),
  );
  // Assumptions that cite no source: editorial estimates (issue 13 §5), each a `sourced` warning.
  const unsourced = warnings.filter((problem) => problem.dataset === 'assumptions' && problem.rule === 'sourced');
  // Bibliography entries, in every bibliography, that were never opened (issue 13 §5).
  const notOpened = warnings.filter((problem) => problem.rule === SOURCE_NOT_OPENED_RULE).length;
  const summary = [
    ...counts,
    `assumptions without a source ${unsourced.length}`,
    `segments drawn >15% off their published length ${lengthsApart.size}`,
    `sources never opened ${notOpened}`,
    `errors ${errors.length}`,
    `warnings ${warnings.length}`,
  ];
  print(`${summary.join(', ')} (checked in ${elapsedSeconds.toFixed(1)} s)`);
  return errors.length > 0 ? EXIT.errorsFound : EXIT.clean;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runCheckGeodata(process.argv.slice(2), (line) => console.log(line));
}
