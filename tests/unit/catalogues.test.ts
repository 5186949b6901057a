import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import { LANGUAGES } from '../../src/domain/vocabulary/vocabulary';

/**
 * The interface's catalogues (issue 16 §3): every language has every message of the English one
 * and no other, each message takes the same placeholders (name and kind) in every language, and
 * every message is used somewhere in the source.
 */
const catalogueOf = (language: string): Record<string, string> =>
  readCatalogueFolder(new URL(`../../src/i18n/messages/${language}`, import.meta.url).pathname).messages;

/** The area files of a language's catalogue folder (`frame.json`, `route.json`…). */
const areasOf = (language: string): string[] =>
  readdirSync(new URL(`../../src/i18n/messages/${language}`, import.meta.url)).sort();

/** The placeholders of a message, as `name:kind`, through plurals and selects. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`${element.value}:tag`);
      placeholders(element.children, into);
      continue;
    }
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

const english = catalogueOf('en');

describe('the catalogues', () => {
  for (const language of LANGUAGES) {
    describe(language, () => {
      const catalogue = catalogueOf(language);
      it('has the area files of the English catalogue, each with the same messages', () => {
        expect(areasOf(language)).toEqual(areasOf('en'));
        for (const area of areasOf('en')) {
          const path = (of: string) => new URL(`../../src/i18n/messages/${of}/${area}`, import.meta.url);
          const ids = (of: string) => Object.keys(JSON.parse(readFileSync(path(of), 'utf8'))).sort();
          expect({ area, ids: ids(language) }).toEqual({ area, ids: ids('en') });
        }
      });
      it('has exactly the messages of the English catalogue', () => {
        expect(Object.keys(catalogue).filter((id) => !(id in english))).toEqual([]);
        expect(Object.keys(english).filter((id) => !(id in catalogue))).toEqual([]);
      });
      it('gives each message the placeholders it has in English, and a plural its `other` case', () => {
        const mismatched = Object.entries(catalogue).flatMap(([id, message]) => {
          const source = english[id];
          if (source === undefined) return [];
          const mine = [...placeholders(parse(message))].sort();
          const theirs = [...placeholders(parse(source))].sort();
          return mine.join() === theirs.join() ? [] : [`${id}: ${mine.join(', ')} ≠ ${theirs.join(', ')}`];
        });
        expect(mismatched).toEqual([]);
        const pluralsWithoutOther = Object.entries(catalogue).filter(([, message]) =>
          parse(message).some((element) => element.type === TYPE.plural && !('other' in element.options)),
        );
        expect(pluralsWithoutOther.map(([id]) => id)).toEqual([]);
      });
      if (language !== 'en') {
        it('is translated: no message is left as the English text, except names and codes', () => {
          const untranslated = Object.entries(catalogue).filter(
            ([id, message]) => message === english[id] && /[a-z]{4}/.test(message.replace(/\{[^{}]*\}/g, '')),
          );
          expect(untranslated.map(([id]) => id)).toEqual([]);
        });
      }
    });
  }
});

/** Every TypeScript source file under a directory. */
function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the messages in use', () => {
  const code = sources(new URL('../../src', import.meta.url).pathname)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  it('finds an id where it is used (the check can fail)', () => {
    expect(code.includes("'tabs.overview'")).toBe(true);
    expect(code.includes("'tabs.no-such-tab'")).toBe(false);
  });
  it('uses every message of the catalogues, named in full in the source', () => {
    const unused = Object.keys(english).filter((id) => !code.includes(`'${id}'`) && !code.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });
});
