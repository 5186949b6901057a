import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
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
 * The compiled catalogue as a JavaScript module, written compactly: most messages are one literal
 * or a literal with plain arguments, so literal and argument elements are built by two one-letter
 * functions (`l("Overview")` for `{"type":0,"value":"Overview"}`) instead of spelling out each
 * object; everything else is JSON (a JavaScript expression). The English catalogue is in the first
 * view's script, so its size counts (issue 16 acceptance).
 */
export function catalogueModule(compiled: Record<string, MessageFormatElement[]>): string {
  const element = (node: MessageFormatElement): string => {
    if (node.type === TYPE.literal) return `l(${JSON.stringify(node.value)})`;
    if (node.type === TYPE.argument) return `a(${JSON.stringify(node.value)})`;
    if (node.type === TYPE.plural || node.type === TYPE.select) {
      const options = Object.entries(node.options).map(
        ([key, option]) => `${JSON.stringify(key)}:{value:${elements(option.value)}}`,
      );
      const { options: _, ...rest } = node;
      const fields = Object.entries(rest).map(([key, value]) => `${key}:${JSON.stringify(value)}`);
      return `{${[...fields, `options:{${options.join(',')}}`].join(',')}}`;
    }
    if (node.type === TYPE.tag) {
      const { children: _, ...rest } = node;
      const fields = Object.entries(rest).map(([key, value]) => `${key}:${JSON.stringify(value)}`);
      return `{${[...fields, `children:${elements(node.children)}`].join(',')}}`;
    }
    return JSON.stringify(node);
  };
  const elements = (nodes: MessageFormatElement[]) => `[${nodes.map(element).join(',')}]`;
  const entries = Object.entries(compiled).map(([id, nodes]) => `${JSON.stringify(id)}:${elements(nodes)}`);
  return [
    `const l=(value)=>({type:${TYPE.literal},value});`,
    `const a=(value)=>({type:${TYPE.argument},value});`,
    `export default {${entries.join(',')}};`,
  ].join('\n');
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
      return { code: catalogueModule(compiled), moduleType: 'js' };
    },
  };
}
