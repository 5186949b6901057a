import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ROUTE_PREVIEW_COLOUR } from '../../src/map/route-preview';
import { countColours, currentHash, expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** The cells of a CSV (RFC 4180, quoted fields included). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += character;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** Pixels of the map canvas drawn in the preview's violet. */
async function previewPixels(page: Page): Promise<number> {
  const screenshot = await page.locator('canvas.maplibregl-canvas').screenshot();
  const { counts } = await countColours(page, screenshot, { preview: ROUTE_PREVIEW_COLOUR }, 24);
  return counts.preview ?? 0;
}

const LINK = `v=1&route=moscow~mumbai&by=time&dv=${DATA_VERSION}`;

test.describe('the route options (issue 14 §3)', () => {
  test('the best route is one of the cards, and the comparators are named by their port of departure', async ({
    page,
  }) => {
    await page.goto(`/#${LINK}`);
    await waitForMapReady(page);
    const cards = page.getByTestId('route-option');
    await expect(cards.first()).toBeVisible();
    const titles = await page.getByTestId('route-option-title').allTextContents();
    // The best route sails from Novorossiysk; the Suez comparator from St Petersburg, the port nearest by land.
    expect(titles[0]).toBe('All sea via Suez from Novorossiysk');
    expect(titles).toContain('All sea via Suez from St Petersburg');
    expect(titles).toContain('Western branch (via Azerbaijan)');
    // One card per route: no title twice, so no route is shown with two sets of figures.
    expect(new Set(titles).size).toBe(titles.length);
    const best = cards.first();
    await expect(best).toContainText('Best by time');
    await expect(best).toContainText('Fastest');
    await expect(page.locator('.route-option__badge--best')).toHaveCount(1);
    // The best card's figures are the route's: the legs table's total days, to the same precision.
    const bestDays = (await best.getByTestId('option-days').textContent()) ?? '';
    expect(bestDays).toMatch(/\d/);
    await expect(page.getByTestId('legs-table').locator('tfoot')).toContainText(bestDays);
    await expect(page.getByTestId('route-summary')).toContainText(`${bestDays} days`);
    // Each card says why its figures differ: the criterion, the port, the path.
    const suez = cards.filter({ hasText: 'All sea via Suez from St Petersburg' });
    await expect(suez.getByTestId('route-option-why')).toContainText(
      'the comparator port nearest Moscow by land; path Moscow → St Petersburg →',
    );
    await expect(best.getByTestId('route-option-why')).toContainText('sails from Novorossiysk');
    expect(await suez.getByTestId('option-days').textContent()).not.toBe(bestDays);
    // Every card has a range bar for each figure.
    expect(await page.getByTestId('range-bar').count()).toBe(titles.length * 3);
    // No raw ids in the cards.
    const text = (await page.getByTestId('route-options').textContent()) ?? '';
    expect(text).not.toMatch(/[a-z]--[a-z]|\b(?:st-petersburg|trans-caspian|all-sea-suez|western|eastern)\b/);
    expect(await currentHash(page)).toBe(LINK);
  });

  test('hovering a card draws its route on the map; leaving it clears the preview', async ({ page }) => {
    await page.goto(`/#${LINK}`);
    await waitForMapReady(page);
    expect(await previewPixels(page)).toBe(0);
    const western = page.getByTestId('route-option').filter({ hasText: 'Western branch (via Azerbaijan)' });
    await western.hover();
    await expect.poll(() => previewPixels(page), { timeout: 10_000 }).toBeGreaterThan(200);
    await page.getByRole('heading', { name: 'Options, side by side' }).hover();
    await expect.poll(() => previewPixels(page), { timeout: 10_000 }).toBe(0);
    // Keyboard focus previews too.
    await western.getByRole('button', { name: /Make this the route/ }).focus();
    await expect.poll(() => previewPixels(page), { timeout: 10_000 }).toBeGreaterThan(200);
  });

  test('making a card the route forces its branch in the link, and the best route stays a card', async ({ page }) => {
    await page.goto(`/#${LINK}`);
    await waitForMapReady(page);
    const western = page.getByTestId('route-option').filter({ hasText: 'Western branch (via Azerbaijan)' });
    await western.getByRole('button', { name: /Make this the route/ }).click();
    await expect
      .poll(() => currentHash(page))
      .toBe(`v=1&route=moscow~mumbai&by=time&dv=${DATA_VERSION}&branch=western`);
    await expect(page.getByTestId('route-summary')).toContainText('with the Western branch (via Azerbaijan) forced');
    const first = page.getByTestId('route-option').first();
    await expect(first.getByTestId('route-option-title')).toHaveText('Western branch (via Azerbaijan)');
    await expect(first).toContainText('The route shown');
    const best = page.getByTestId('route-option').filter({ hasText: 'Best by time' });
    await expect(best.getByTestId('route-option-title')).toHaveText('All sea via Suez from Novorossiysk');
    await best.getByRole('button', { name: /Back to the best route/ }).click();
    await expect.poll(() => currentHash(page)).toBe(LINK);
    await page.goBack();
    await expect.poll(() => currentHash(page)).toContain('branch=western');
  });

  test('the options download as CSV, one row per card, names and ids in separate columns', async ({ page }) => {
    await page.goto(`/#${LINK}`);
    await waitForMapReady(page);
    const cards = await page.getByTestId('route-option-title').allTextContents();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the options (CSV)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^instc-route-options-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header = [], ...rows] = parseCsv(await readFile((await download.path()) ?? '', 'utf8'));
    expect(header.slice(0, 5)).toEqual(['option', 'option_id', 'route_answer', 'origin_port', 'origin_port_id']);
    expect(rows.map((row) => row[0])).toEqual(cards);
    const column = (name: string) => header.indexOf(name);
    const best = rows[0] ?? [];
    expect([best[column('origin_port')], best[column('origin_port_id')]]).toEqual(['Novorossiysk', 'novorossiysk']);
    expect(best[column('route_answer')]).toBe('yes');
    expect(Number(best[column('days_low')])).toBeLessThan(Number(best[column('days')]));
    expect(best[column('data_version')]).toBe(DATA_VERSION);
  });

  test('the assumptions name their sources by title, filter to those the route uses, and list changes as chips', async ({
    page,
  }) => {
    const link = `v=1&route=bandar-abbas~mumbai&by=time&dv=${DATA_VERSION}`;
    await page.goto(`/#${link}`);
    await waitForMapReady(page);
    await page.getByText(/^Assumptions \(/).click();
    const rows = page.locator('.assumptions__table tbody tr');
    const all = await rows.count();
    // Sources are linked titles from the bibliography, never slugs.
    const sourceLinks = page.locator('.assumptions__sources a');
    expect(await sourceLinks.count()).toBeGreaterThan(0);
    for (const text of await sourceLinks.allTextContents()) expect(text).not.toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
    await expect(page.locator('.assumptions')).not.toContainText('geodata/assumptions.json');
    // One sailing: the route uses a handful of the assumptions.
    await page.getByRole('checkbox', { name: /Only those used by this route/ }).check();
    const used = await rows.count();
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(all / 2);
    await expect(rows.filter({ hasText: 'Sailing speed of deep-sea container ships' })).toHaveCount(1);
    // A changed value becomes a chip; its reset takes it back out of the link.
    await page.getByRole('spinbutton', { name: /Sailing speed of deep-sea container ships/ }).fill('8');
    const chip = page.getByTestId('assumption-chip');
    await expect(chip).toHaveCount(1);
    await expect(chip).toContainText(/^Sailing speed of deep-sea container ships.*: 8 knots \(default [\d.]+\)/);
    expect(await currentHash(page)).toContain('asm=speed.sea.deep-sea-container:8');
    await chip.getByRole('button', { name: /^Reset Sailing speed/ }).click();
    await expect(chip).toHaveCount(0);
    expect(await currentHash(page)).toBe(link);
  });
});
