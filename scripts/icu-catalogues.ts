import { readFileSync } from 'node:fs';
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** The import suffix that asks for a catalogue as parsed messages: `import en from './en.json?icu'`. */
const ICU_SUFFIX = '?icu';

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
 * Serves `*.json?icu` imports as a module of their compiled catalogue, watched like any source
 * file in the dev server.
 */
export function icuCatalogues(): Plugin {
  return {
    name: 'instc-icu-catalogues',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(`.json${ICU_SUFFIX}`)) return null;
      const resolved = await this.resolve(source.slice(0, -ICU_SUFFIX.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${ICU_SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(`.json${ICU_SUFFIX}`)) return null;
      const file = id.slice(0, -ICU_SUFFIX.length);
      this.addWatchFile(file);
      const compiled = compileCatalogue(JSON.parse(readFileSync(file, 'utf8')), file);
      // JSON is a JavaScript expression: the module is the compiled catalogue as an object literal.
      return { code: `export default ${JSON.stringify(compiled)};`, moduleType: 'js' };
    },
  };
}
