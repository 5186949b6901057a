import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AssembledBasemap, assembleBasemap } from './assemble-basemap';
import { type AssembledCorridor, assembleCorridor } from './assemble-corridor';
import { type AssembledEnergy, assembleEnergy, energyFeatureIds } from './assemble-energy';
import { type AssembledRouting, assembleRouting } from './assemble-routing';
import type { DataProblem } from './data-problem';
import {
  GEODATA_FILES,
  type GeodataFileId,
  LOAD_UNITS,
  type LoadUnit,
  NATURAL_EARTH_COUNTRIES,
  PLACE_ALIASES,
  type UnitFiles,
} from './geodata-manifest';
import { naturalEarthLand } from './natural-earth';
import { parseJsonText } from './parse-json-text';

/** The project this module belongs to: its `geodata/` is read unless another directory is given. */
const PROJECT_DIRECTORY = fileURLToPath(new URL('../..', import.meta.url));

/** Where to read: a project directory holding `geodata/` (this project's by default). */
export interface ReadOptions {
  projectDirectory?: string | undefined;
}

/** A file's parsed JSON (`undefined` when it could not be read), and the problem that stopped it. */
interface ReadFile {
  value: unknown;
  problem?: DataProblem | undefined;
}

/** The rules of the problems `readJsonFile` gives: a file that cannot be read, text that is not JSON. */
const UNREADABLE_FILE_RULES: ReadonlySet<string | undefined> = new Set(['file', 'json']);

/** The problems of files that could not be read or are not JSON (the others are about their content). */
export function unreadableFileProblems(problems: readonly DataProblem[]): DataProblem[] {
  return problems.filter((problem) => UNREADABLE_FILE_RULES.has(problem.rule));
}

/** Reads and parses one JSON file; `name` is how problems call it (a path relative to the project). */
function readJsonFile(path: string, name: string): ReadFile {
  const problem = (rule: string, message: string): ReadFile => ({
    value: undefined,
    problem: { dataset: name, feature: '(file)', severity: 'error', rule, message: `${name}: ${message}` },
  });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem('file', code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  const parsed = parseJsonText(text);
  return parsed.ok ? { value: parsed.value } : problem('json', parsed.message);
}

/**
 * Reads one geodata file of the manifest with node:fs. A missing file or text that is not JSON (a
 * truncated file, `NaN`, an empty file) gives `undefined` and a problem naming the file, with the
 * line and column; a byte order mark is accepted, as in the browser. Never throws.
 */
export function readGeodataFile(file: GeodataFileId, options: ReadOptions = {}): ReadFile {
  const path = `geodata/${GEODATA_FILES[file].path}`;
  return readJsonFile(join(options.projectDirectory ?? PROJECT_DIRECTORY, path), path);
}

/** Reads the files of a load unit: each file's parsed JSON (`undefined` where it failed) and the problems. */
export function readLoadUnit<Unit extends LoadUnit>(
  unit: Unit,
  options: ReadOptions = {},
): { files: UnitFiles<Unit>; problems: DataProblem[] } {
  const ids: readonly GeodataFileId[] = LOAD_UNITS[unit];
  const read = ids.map((file) => [file, readGeodataFile(file, options)] as const);
  return {
    files: Object.fromEntries(read.map(([file, { value }]) => [file, value])) as UnitFiles<Unit>,
    problems: read.flatMap(([, { problem }]) => (problem ? [problem] : [])),
  };
}

/** The Natural Earth countries TopoJSON of the `world-atlas` package (resolved from this module), parsed. */
function readNaturalEarth(): ReadFile {
  return readJsonFile(createRequire(import.meta.url).resolve(NATURAL_EARTH_COUNTRIES), NATURAL_EARTH_COUNTRIES);
}

/** Runs a conversion of the Natural Earth file; what it throws becomes a problem naming the file. */
function fromNaturalEarth<T>(convert: (topology: unknown) => T): { value: T | undefined; problems: DataProblem[] } {
  const read = readNaturalEarth();
  if (read.problem) return { value: undefined, problems: [read.problem] };
  try {
    return { value: convert(read.value), problems: [] };
  } catch (error) {
    const message = `${NATURAL_EARTH_COUNTRIES}: ${error instanceof Error ? error.message : String(error)}`;
    return {
      value: undefined,
      problems: [{ dataset: NATURAL_EARTH_COUNTRIES, feature: '(file)', severity: 'error', rule: 'schema', message }],
    };
  }
}

/** The corridor assembled from the files under a project directory, with every problem (files' first). */
export function readCorridor(options: ReadOptions & { withLandChecks?: boolean } = {}): {
  corridor: AssembledCorridor;
  problems: DataProblem[];
} {
  const { files, problems } = readLoadUnit('corridor', options);
  const land = options.withLandChecks ? fromNaturalEarth(naturalEarthLand) : { value: undefined, problems: [] };
  // The energy features events may affect; the energy files' own problems are the energy reader's to report.
  const energyFiles = Object.fromEntries(
    (['pipelines', 'lng', 'swaps', 'swapFlows'] as const).map((file) => [file, readGeodataFile(file, options).value]),
  ) as Parameters<typeof energyFeatureIds>[0];
  const corridor = assembleCorridor(files, {
    land: land.value,
    aliases: PLACE_ALIASES,
    otherFeatureIds: energyFeatureIds(energyFiles),
  });
  return { corridor, problems: [...problems, ...land.problems, ...corridor.report] };
}

/**
 * The router over the corridor, assembled from the files under a project directory, with every
 * problem of both (files' first). `currentYear` is the default scenario year.
 */
export function readRouting(options: ReadOptions & { currentYear: number }): {
  corridor: AssembledCorridor;
  routing: AssembledRouting;
  problems: DataProblem[];
} {
  const corridor = readCorridor(options);
  const { files, problems } = readLoadUnit('routing', options);
  const routing = assembleRouting(corridor.corridor, files, { currentYear: options.currentYear });
  return {
    corridor: corridor.corridor,
    routing,
    problems: [...corridor.problems, ...problems, ...routing.problems],
  };
}

/** The energy overlays assembled from the files under a project directory, with every problem. */
export function readEnergy(options: ReadOptions = {}): { energy: AssembledEnergy; problems: DataProblem[] } {
  const { files, problems } = readLoadUnit('energy', options);
  const energy = assembleEnergy(files);
  return { energy, problems: [...problems, ...energy.problems] };
}

/**
 * The basemap labels and the Natural Earth land and borders, assembled from the files under a
 * project directory as the app assembles them, with every problem; `basemap` is undefined when
 * Natural Earth cannot be read.
 */
export function readBasemap(options: ReadOptions = {}): {
  basemap: AssembledBasemap | undefined;
  problems: DataProblem[];
} {
  const { files, problems } = readLoadUnit('basemap', options);
  const basemap = fromNaturalEarth((naturalEarth) => assembleBasemap({ ...files, naturalEarth }));
  return { basemap: basemap.value, problems: [...problems, ...basemap.problems, ...(basemap.value?.problems ?? [])] };
}
