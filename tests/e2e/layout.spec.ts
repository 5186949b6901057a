import type { Page } from '@playwright/test';
import { currentHash, expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** Whether an element's box lies within the window (seen without scrolling the page or the panel). */
async function inViewport(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const box = element.getBoundingClientRect();
    // The panel scrolls on its own: the element must also be within the panel's visible part.
    const panel = element.closest('.side-panel')?.getBoundingClientRect();
    const bottom = Math.min(window.innerHeight, panel?.bottom ?? window.innerHeight);
    return box.height > 0 && box.top >= 0 && box.top < bottom - 20 && box.left >= 0 && box.left < window.innerWidth;
  });
}

test.describe('the panel of tabs', () => {
  test('opens on the Overview, with a card per branch; the tab is written to the link and read back', async ({
    page,
  }) => {
    await page.goto(`/#v=1&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    for (const branch of ['western', 'trans-caspian', 'eastern']) {
      await expect(page.getByTestId(`branch-card-${branch}`)).toContainText('Latest observed transit:');
    }
    // The western branch's key gap is the Rasht–Astara missing link.
    await expect(page.getByTestId('branch-card-western')).toContainText('Key gap: Astara (IR) – Rasht, planned');
    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('Compare segments');
    expect(await currentHash(page)).toBe(`v=1&dv=${DATA_VERSION}&tab=compare`);
    // The arrow keys move between tabs.
    await page.getByRole('tab', { name: 'Compare' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Energy' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Energy' })).toHaveAttribute('aria-selected', 'true');
    await page.reload();
    await waitForMapReady(page);
    await expect(page.getByRole('tab', { name: 'Energy' })).toHaveAttribute('aria-selected', 'true');
  });

  test("a branch card's button fits the map to the branch", async ({ page }) => {
    await page.goto(`/#v=1&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Show the eastern branch on the map' }).click();
    await expect.poll(() => currentHash(page)).toMatch(/(map|bbox)=/);
  });

  test('a route link lands on the Route tab, a sel= link on the details pane; Back returns to the tab', async ({
    page,
  }) => {
    await page.goto(`/#v=1&route=moscow~mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByRole('tab', { name: 'Route' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('route-summary')).toBeVisible();

    await page.goto(`/#v=1&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const pane = page.getByTestId('details-pane');
    await expect(pane.getByRole('heading', { name: 'Details: Astara (IR) – Rasht' })).toBeVisible();
    expect(await inViewport(page, 'details-pane')).toBe(true);
    await pane.getByRole('button', { name: 'Back to Overview' }).click();
    await expect(pane).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Overview' })).toBeFocused();
    // The selection stays, named at the top of the panel, and its details open again from there.
    await expect(page.getByTestId('selection-bar')).toContainText('Selected: Astara (IR) – Rasht');
    await page.getByTestId('selection-bar').getByRole('button', { name: 'Details' }).click();
    await expect(page.getByRole('heading', { name: 'Details: Astara (IR) – Rasht' })).toBeFocused();
    await expect(page.getByTestId('selection-announcement')).toHaveText('Selected: Astara (IR) – Rasht');
  });

  test("at 1440×900 a route link with a selection shows the answer, its option cards, the key and the selection's card without scrolling", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/#v=1&route=moscow~mumbai&by=time&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByRole('tab', { name: 'Route' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('selection-bar')).toContainText('Astara (IR) – Rasht');
    // The answer's headline and the option cards, the map key and the selection's card: all on the first screen.
    await expect(page.getByTestId('route-headline')).toBeVisible();
    expect(await inViewport(page, 'route-headline')).toBe(true);
    const cards = page.getByTestId('route-option');
    await expect(cards.first()).toBeVisible();
    expect(await cards.first().evaluate((card) => card.getBoundingClientRect().bottom <= window.innerHeight)).toBe(
      true,
    );
    await expect(page.getByTestId('map-legend')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('map-card')).toBeInViewport({ ratio: 1 });
    // The card and the key do not hide each other.
    const key = await page.getByTestId('map-legend').boundingBox();
    const card = await page.getByTestId('map-card').boundingBox();
    const apart =
      !key ||
      !card ||
      card.x >= key.x + key.width ||
      card.x + card.width <= key.x ||
      card.y >= key.y + key.height ||
      card.y + card.height <= key.y;
    expect(apart).toBe(true);
  });

  test('the Table tab gives the tables the width, and a row chosen there flies the map and opens its details', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/#v=1&map=3/40/50&tab=table&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const map = await page.locator('.map-area').boundingBox();
    expect(map?.width ?? 0).toBeLessThan(400);
    const table = page.getByTestId('network-table');
    await expect(table).toBeVisible();
    expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(900);
    await table.getByRole('button', { name: 'Astara (IR) – Rasht', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Details: Astara (IR) – Rasht' })).toBeFocused();
    // The camera left the link's map=3/40/50 for a box around the segment.
    await expect.poll(() => currentHash(page)).toContain('bbox=');
    await page.getByRole('button', { name: 'Back to Table' }).click();
    await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  });

  test('the About / Method dialog opens, is modal, and closes back to its button', async ({ page }) => {
    await page.goto(`/#v=1&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const opener = page.getByRole('button', { name: 'About / Method' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'About INSTC Explorer and its method' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('How routes are computed');
    await expect(dialog).toContainText('docs/routing.md');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('the avoid-countries control is a multi-select with country names', async ({ page }) => {
    await page.goto(`/#v=1&route=moscow~mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    // A route opened from a link folds its question to one line; one click opens it.
    await expect(page.getByRole('combobox', { name: 'From' })).toBeHidden();
    await page.getByText(/^Question: Moscow to Mumbai/).click();
    await page.getByText('Scenario, year, month and countries to avoid').click();
    await page.getByLabel('Add a country to avoid').selectOption({ label: 'Azerbaijan' });
    await expect(page.getByRole('list', { name: 'Countries avoided' })).toContainText('Azerbaijan');
    await expect.poll(() => currentHash(page)).toContain('avoid=AZ');
    await page.getByRole('button', { name: 'Stop avoiding Azerbaijan' }).click();
    await expect.poll(() => currentHash(page)).not.toContain('avoid=');
  });
});

test.describe('the phone layout (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the map fills the screen behind a sheet whose first screen shows the route summary', async ({ page }) => {
    await page.goto(`/#v=1&route=moscow~mumbai&by=time&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const map = await page.locator('.map-area').boundingBox();
    expect(map).toMatchObject({ width: 390, height: 844 });
    await expect(page.getByTestId('route-headline')).toBeVisible();
    expect(await inViewport(page, 'route-headline')).toBe(true);
    await expect(page.getByTestId('route-headline')).toContainText(/days, US\$ .* per TEU/);
    // The lowered sheet still says the answer in one line.
    const handle = page.locator('.sheet-handle__button');
    await expect(handle).toContainText(/Moscow to Mumbai.*about \d+ \(\d+–\d+\) days/);
    await handle.click();
    await expect(page.locator('.side-panel')).toHaveClass(/side-panel--sheet-full/);
  });

  test('no table is wider than the screen, in the Route and the Table tabs', async ({ page }) => {
    for (const tab of ['route', 'table']) {
      await page.goto(`/#v=1&route=moscow~mumbai&by=time&tab=${tab}&dv=${DATA_VERSION}`);
      await waitForMapReady(page);
      await expect(page.locator('.side-panel table').first()).toBeAttached();
      const widths = await page
        .locator('.side-panel table')
        .evaluateAll((tables) => tables.map((table) => Math.round(table.getBoundingClientRect().width)));
      expect(widths.length).toBeGreaterThan(0);
      for (const width of widths) expect(width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });
});
