import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/**
 * The import suffix that asks for a language's catalogue as parsed messages: `import en from
 * './messages/en?catalogue'` reads every `*.json` file of the folder `messages/en` (one per area of
 * the interface, so that areas are translated and reviewed apart) and merges them.
 */
const CATALOGUE_SUFFIX = '?catalogue';

/**
 * The messages of a catalogue folder, merged: each file is a flat JSON object of id → message; an
 * id in two files stops the build (the ids are one namespace).
 */
export function readCatalogueFolder(folder: string): { messages: Record<string, string>; files: string[] } {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
  const messages: Record<string, string> = {};
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const source: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof source !== 'object' || source === null || Array.isArray(source)) {
      throw new Error(`${file}: a catalogue is a JSON object of message ids and messages`);
    }
    for (const [id, message] of Object.entries(source)) {
      const earlier = fileOf.get(id);
      if (earlier) throw new Error(`${file}: message "${id}" is also in ${earlier}`);
      if (typeof message !== 'string') throw new Error(`${file}: message "${id}" is not a string`);
      fileOf.set(id, file);
      messages[id] = message;
    }
  }
  return { messages, files };
}

/**
 * Parses every ICU MessageFormat message of a catalogue (a flat JSON object of id → message) into
 * the syntax tree the runtime formats from, so that the browser carries no message parser (issue
 * 16 §1). A message that does not parse stops the build, naming the file, the id and the reason.
 */
export function compileCatalogue(source: unknown, file: string): Record<string, MessageFormatElement[]> {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) {
    throw new Error(`${file}: a catalogue is a JSON object of message ids and messages`);
  }
  const compiled: Record<string, MessageFormatElement[]> = {};
  for (const [id, message] of Object.entries(source)) {
    if (typeof message !== 'string') throw new Error(`${file}: message "${id}" is not a string`);
    try {
      compiled[id] = parse(message, { shouldParseSkeletons: true });
    } catch (error) {
      throw new Error(`${file}: message "${id}" is not valid ICU MessageFormat (${(error as Error).message})`);
    }
  }
  return compiled;
}

/**
 * Serves `<folder>?catalogue` imports as a module of the folder's compiled catalogue, each file
 * watched like any source file in the dev server.
 */
export function icuCatalogues(): Plugin {
  return {
    name: 'instc-icu-catalogues',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(CATALOGUE_SUFFIX) || importer === undefined) return null;
      return `${resolve(dirname(importer.split('?')[0] ?? importer), source.slice(0, -CATALOGUE_SUFFIX.length))}${CATALOGUE_SUFFIX}`;
    },
    load(id) {
      if (!id.endsWith(CATALOGUE_SUFFIX)) return null;
      const folder = id.slice(0, -CATALOGUE_SUFFIX.length);
      const { messages, files } = readCatalogueFolder(folder);
      for (const file of files) this.addWatchFile(file);
      const compiled = compileCatalogue(messages, folder);
      // JSON is a JavaScript expression: the module is the compiled catalogue as an object literal.
      return { code: `export default ${JSON.stringify(compiled)};`, moduleType: 'js' };
    },
  };
}
