import { jsonEntries } from './json-entries';

/**
 * Property names of `Object.prototype` (`__proto__`, `constructor`, `toString`, `hasOwnProperty`, …):
 * a key named like one can be mistaken for it by any code that looks a key up with `in` or `obj[key]`.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The paths of the properties nested in parsed JSON that are named like an `Object.prototype` member. */
export function reservedNamePaths(value: unknown): string[] {
  const paths: string[] = [];
  for (const entry of jsonEntries(value)) {
    if (typeof entry.key === 'string' && RESERVED_NAMES.has(entry.key)) paths.push(entry.path);
  }
  return paths;
}
