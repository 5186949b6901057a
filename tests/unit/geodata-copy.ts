import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project directory (two levels above this file). */
export const projectDirectory = fileURLToPath(new URL('../..', import.meta.url));

/** The ways a geodata file is broken in the tests of issue 11 #8. */
export const BREAKAGES = {
  truncated: (text: string) => text.slice(0, Math.floor(text.length / 2)),
  NaN: (text: string) => {
    const broken = text.replace(/"km": [0-9.]+/, '"km": NaN');
    if (broken === text) throw new Error('no "km": number to replace');
    return broken;
  },
  empty: () => '',
} as const satisfies Record<string, (text: string) => string>;

/** A temporary project directory holding a copy of `geodata/`; `remove` deletes it. */
export function copyOfGeodata(): {
  directory: string;
  /** Rewrites a file under the copy's `geodata/`. */
  rewrite: (path: string, change: (text: string) => string) => void;
  remove: () => void;
} {
  const directory = mkdtempSync(join(tmpdir(), 'instc-geodata-'));
  cpSync(join(projectDirectory, 'geodata'), join(directory, 'geodata'), { recursive: true });
  return {
    directory,
    rewrite: (path, change) => {
      const file = join(directory, 'geodata', path);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    },
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
