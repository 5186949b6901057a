import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueModule, compileCatalogue, readCatalogueFolder } from '../../scripts/icu-catalogues';
import { LANGUAGES } from '../../src/domain/vocabulary/vocabulary';

/** A module's default export, evaluated as the browser would. */
async function evaluate(code: string): Promise<unknown> {
  const module = await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.default;
}

/** A catalogue folder of the given files, in a temporary directory. */
function folderOf(files: Record<string, object>): string {
  const folder = mkdtempSync(join(tmpdir(), 'catalogue-'));
  for (const [name, messages] of Object.entries(files)) writeFileSync(join(folder, name), JSON.stringify(messages));
  return folder;
}

describe('the catalogue plugin', () => {
  for (const language of LANGUAGES) {
    it(`writes the ${language} catalogue as a module that evaluates to exactly its parsed messages`, async () => {
      const folder = new URL(`../../src/i18n/messages/${language}`, import.meta.url).pathname;
      const compiled = compileCatalogue(readCatalogueFolder(folder).messages, folder);
      const code = catalogueModule(compiled);
      expect(await evaluate(code)).toEqual(compiled);
      expect(code.length).toBeLessThan(JSON.stringify(compiled).length);
    });
  }
  it('keeps plurals, selects, tags and number skeletons intact', async () => {
    const compiled = compileCatalogue(
      {
        plural: '{n, plural, one {# leg} other {# legs}} to {place}',
        select: '{side, select, west {W} other {E}}',
        tag: 'See <b>{what}</b>',
        skeleton: '{value, number, ::percent}',
      },
      'sample',
    );
    expect(await evaluate(catalogueModule(compiled))).toEqual(compiled);
  });
  it('stops on an id in two files and on a message that does not parse', () => {
    expect(() => readCatalogueFolder(folderOf({ 'a.json': { x: 'A' }, 'b.json': { x: 'B' } }))).toThrow(
      /message "x" is also in/,
    );
    expect(() => compileCatalogue({ broken: 'Hello {name' }, 'sample')).toThrow(/"broken" is not valid ICU/);
  });
});
