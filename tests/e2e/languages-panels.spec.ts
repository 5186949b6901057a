import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readPngText } from '../../src/domain/figure/png-text';
import { expect, test, waitForMapReady } from './support';
import { catalogue, englishLeftIn } from './support/catalogue-text';

/**
 * The interface in each of its languages (issue 16 acceptance: "e2e in each language: a route, a
 * comparison, the situation/selection panels, and a PNG export whose legend is in that
 * language"). Each view is read as a reader sees it, and fails on any phrase of the English
 * catalogue left in it; names of data features are not in the catalogue and never match.
 */

/** Letters of each language's script (Russian: Cyrillic; Persian: Arabic; Hindi: Devanagari). */
const SCRIPT = { ru: /[А-Яа-яЁё]{3}/, fa: /[\u0600-\u06FF]{3}/, hi: /[\u0900-\u097F]{3}/ } as const;
const LANGUAGES = Object.keys(SCRIPT) as (keyof typeof SCRIPT)[];

/** The text of an element as a reader sees it (hidden parts left out, hence not `textContent`). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
const visibleText = (locator: Locator) => locator.innerText();

/** The text of the side panel as a reader sees it. */
const panelText = (page: Page) => visibleText(page.locator('.side-panel'));

for (const language of LANGUAGES) {
  const words = catalogue(language);
  test.describe(`the explorer in ${language}`, () => {
    test('a route: the question, the answer, the option cards and the assumptions', async ({ page }) => {
      await page.goto(`/#v=1&lang=${language}&route=moscow~mumbai&by=time`);
      await waitForMapReady(page);
      await expect(page.getByTestId('route-options')).toBeVisible();
      await expect(page.getByTestId('route-headline')).toHaveText(SCRIPT[language]);
      await expect(page.getByTestId('route-option').first()).toHaveText(SCRIPT[language]);
      expect(englishLeftIn(await panelText(page), language)).toEqual([]);
    });

    test('a comparison of segments', async ({ page }) => {
      await page.goto(`/#v=1&lang=${language}&cmp=astara-ir--rasht,rasht--qazvin`);
      await waitForMapReady(page);
      const table = page.getByTestId('segment-comparison');
      await expect(table.locator('tbody tr')).toHaveCount(2);
      await expect(table.locator('thead')).toHaveText(SCRIPT[language]);
      expect(englishLeftIn(await panelText(page), language)).toEqual([]);
    });

    test('the situation on a day, and a selection with its details and map card', async ({ page }) => {
      await page.goto(`/#v=1&lang=${language}&date=2026-03-15&sel=astara-ir--rasht`);
      await waitForMapReady(page);
      await expect(page.getByTestId('details-pane')).toHaveText(SCRIPT[language]);
      expect(englishLeftIn(await panelText(page), language)).toEqual([]);
      const card = page.locator('.map-card');
      await expect(card).toBeVisible();
      expect(englishLeftIn(await visibleText(card), language)).toEqual([]);
      await page.getByTestId('when-bar').locator('summary').first().click();
      await page.getByText(words['when.situation'] ?? '', { exact: true }).click();
      const situation = page.getByTestId('situation');
      await expect(situation.getByTestId('situation-closed')).toHaveText(SCRIPT[language]);
      expect(englishLeftIn(await visibleText(situation), language)).toEqual([]);
    });

    test('a PNG export whose legend, title and scale are in the language', async ({ page }) => {
      test.setTimeout(150_000);
      await page.goto(`/#v=1&lang=${language}&route=st-petersburg~mumbai&tab=share`);
      await waitForMapReady(page);
      await page.locator('.figure-options select').first().selectOption('a4-150');
      const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: words['share.export.png'] }).click();
      const png = await readFile((await (await downloadPromise).path()) ?? '');
      const text = readPngText(new Uint8Array(png));
      const layout = JSON.parse(text['instc:figure'] ?? '{}') as { legend: { labels: string[] } };
      // The legend names the route in the language, and no line of it is the English one.
      expect(layout.legend.labels).toContain(words['mapKey.route']);
      const english = catalogue('en');
      const englishLabels = new Set(Object.values(english));
      expect(layout.legend.labels.filter((label) => englishLabels.has(label))).toEqual([]);
      // The machine text stays English; the title in the language is in an iTXt chunk.
      expect(text.Title).toBe('Route from St Petersburg to Mumbai (JNPT / Nhava Sheva), best by distance');
      expect(png.includes(Buffer.from('iTXt'))).toBe(true);
      expect(png.includes(Buffer.from(language))).toBe(true);
    });
  });
}
