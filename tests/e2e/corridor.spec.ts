import { corridorTheme } from '../../src/overlays/corridor/corridor-theme';
import { countColourNear, currentHash, expect, pagePointOf, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** `top` drawn at `opacity` over `bottom`, as a hex colour. */
function blend(top: string, bottom: string, opacity: number): string {
  const channels = (hex: string) => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  const [a, b] = [channels(top), channels(bottom)];
  return `#${a
    .map((value, index) =>
      Math.round(value * opacity + (b[index] ?? 0) * (1 - opacity))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

test.describe('the corridor network on the map', () => {
  test('a link with sel= opens the missing link with every attribute and its sources', async ({ page }) => {
    await page.goto(`/#sel=astara-ir--rasht&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const details = page.getByTestId('segment-details');
    await expect(details.getByRole('heading', { name: 'Astara (IR) – Rasht' })).toBeVisible();
    await expect(details).toContainText('Missing link');
    await expect(details).toContainText('expected to open');
    await expect(details.getByRole('button', { name: 'Astara (IR) – Rasht (road)' })).toBeVisible();
    await expect(details).toContainText('162 km (preferred)');
    await expect(details).toContainText('1435 mm gauge');
    await expect(details.getByTestId('computed-length')).toContainText('km');
    expect(await details.locator('.sources a').count()).toBeGreaterThan(0);
    expect(await currentHash(page)).toBe(`v=1&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
  });

  test('the missing link is drawn in red where the sources put it', async ({ page }) => {
    const camera = { zoom: 6.5, latitude: 37.8, longitude: 48.9 };
    await page.goto(`/#map=${camera.zoom}/${camera.latitude}/${camera.longitude}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    // A vertex of astara-ir--rasht south of Talesh (its middle vertex carries the markers of the
    // Rasht–Astara events).
    const point = await pagePointOf(page, camera, 49.14, 37.55);
    expect(await countColourNear(page, point, corridorTheme.gapColour)).toBeGreaterThan(10);
  });

  test('clicking a segment selects it as a history step; back clears it', async ({ page }) => {
    const camera = { zoom: 6, latitude: 57.6, longitude: 35 };
    await page.goto(`/#map=${camera.zoom}/${camera.latitude}/${camera.longitude}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const before = await page.evaluate(() => history.length);
    const point = await pagePointOf(page, camera, 34.95, 57.58);
    await page.mouse.click(point.x, point.y);
    // A click selects the segment and opens its card on the map; the card's Details opens the panel's.
    await expect(page.getByTestId('map-card')).toContainText('Moscow – St Petersburg');
    await page.getByTestId('map-card').getByRole('button', { name: 'Details' }).click();
    await expect(page.getByTestId('segment-details').getByRole('heading', { level: 3 })).toHaveText(
      'Moscow – St Petersburg',
    );
    expect(await currentHash(page)).toBe(`v=1&map=6/57.6/35&sel=moscow--st-petersburg&dv=${DATA_VERSION}`);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect(page.getByTestId('segment-details')).toHaveCount(0);
    expect(await currentHash(page)).toBe(`v=1&map=6/57.6/35&dv=${DATA_VERSION}`);
  });

  test('the map draws the network as open in the link year: no Kazakhstan–Turkmenistan–Iran railway in 2010', async ({
    page,
  }) => {
    // A vertex of bereket--etrek, part of the railway inaugurated on 3 December 2014.
    const camera = { zoom: 6, latitude: 38.5, longitude: 55.1 };
    const view = `map=${camera.zoom}/${camera.latitude}/${camera.longitude}`;
    await page.goto(`/#${view}&year=2010&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const point = await pagePointOf(page, camera, 55.1, 38.5);
    // Approximate alignments are drawn at 82 % opacity over their white casing (corridor-style.ts).
    const drawnRail = blend(corridorTheme.modeColours.rail, '#ffffff', 0.82);
    const railNear = () => countColourNear(page, point, drawnRail);
    expect(await railNear()).toBeLessThan(3);
    // The same view without the year (the network as the data describes it now) draws it.
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `${view}&dv=${DATA_VERSION}`);
    await expect.poll(railNear, { timeout: 10_000 }).toBeGreaterThan(10);
  });

  test('the all-sea comparators are off by default and a switch shows them', async ({ page }) => {
    const camera = { zoom: 5, latitude: 20, longitude: 38.5 };
    await page.goto(`/#map=${camera.zoom}/${camera.latitude}/${camera.longitude}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const comparators = page.getByRole('checkbox', { name: 'All-sea comparators (Suez, Cape)' });
    await expect(comparators).not.toBeChecked();
    // The Suez comparators run down the middle of the Red Sea here.
    const before = await findColour(page, camera);
    expect(before).toBeLessThan(5);
    await comparators.check();
    await expect.poll(() => currentHash(page)).toContain('layers=corridor-russia,');
    expect(await currentHash(page)).toContain('corridor-comparator');
    await expect.poll(() => findColour(page, camera)).toBeGreaterThan(before + 30);
  });

  test('an unknown selection is dropped with a notice, and the rest of the link applies', async ({ page }) => {
    await page.goto(`/#map=4/40/50&sel=atlantis--nowhere&layers=corridor-western,unicorns&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('atlantis--nowhere');
    await expect(notices).toContainText('unicorns');
    expect(await currentHash(page)).toBe(`v=1&map=4/40/50&layers=corridor-western&dv=${DATA_VERSION}`);
  });
});

/** Comparator-coloured pixels around the Red Sea lane (18.5–21.5° N, 38.2–40° E). */
async function findColour(
  page: import('@playwright/test').Page,
  camera: { zoom: number; latitude: number; longitude: number },
) {
  let total = 0;
  for (const [longitude, latitude] of [
    [38.9, 21],
    [39.4, 20],
    [39.9, 19],
  ] as const) {
    const point = await pagePointOf(page, camera, longitude, latitude);
    total += await countColourNear(page, point, corridorTheme.comparatorColour, 30, 20);
  }
  return total;
}
