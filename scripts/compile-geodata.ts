import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileGeodata } from '../src/data/compile-geodata';
import { describeProblem } from '../src/data/data-problem';
import { runCheckGeodata } from './check-geodata';

/** Where the build's compiled units go (ignored by git), relative to the project. */
export const COMPILED_DIRECTORY = 'src/data/generated';

/**
 * Runs every check of `npm run check:geodata` on the project's geodata and, when none fails,
 * writes the browser's compiled load units (`src/data/compile-geodata.ts`) into
 * `COMPILED_DIRECTORY`, one file per unit; a file whose content is unchanged is not rewritten.
 * Prints the check's summary line (and its errors); returns the exit code (1 on any error).
 */
export function runCompileGeodata(projectDirectory: string, print: (line: string) => void): number {
  const lines: string[] = [];
  const code = runCheckGeodata([projectDirectory], (line) => lines.push(line));
  for (const line of lines.filter((line) => line.startsWith('error'))) print(line);
  print(`geodata: ${lines.at(-1) ?? ''}`);
  if (code !== 0) {
    print('geodata: the build stops here; fix the errors above (npm run check:geodata lists them with warnings)');
    return 1;
  }
  const { units, problems } = compileGeodata({ projectDirectory });
  if (problems.length > 0) {
    for (const problem of problems) print(`error  ${describeProblem(problem)}`);
    return 1;
  }
  const directory = join(projectDirectory, COMPILED_DIRECTORY);
  mkdirSync(directory, { recursive: true });
  const written: string[] = [];
  for (const [name, unit] of Object.entries(units)) {
    const path = join(directory, `${name}.json`);
    const text = JSON.stringify(unit);
    let previous: string | undefined;
    try {
      previous = readFileSync(path, 'utf8');
    } catch {
      previous = undefined;
    }
    if (previous !== text) writeFileSync(path, text);
    written.push(`${name} ${Math.round(text.length / 1024)} KB`);
  }
  print(`geodata: compiled units for the browser: ${written.join(', ')}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runCompileGeodata(resolve(process.argv[2] ?? '.'), (line) => console.log(line));
}
