import { corridorTheme } from '../../src/overlays/corridor/corridor-theme';
import { countColours, currentHash, expect, pagePointOf, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** A vertex of the Moscow–St Petersburg railway, which nothing else shares, and a camera on it. */
const RAILWAY = { camera: { zoom: 6, latitude: 57.6, longitude: 35 }, point: [34.95, 57.58] as const };
/**
 * A vertex south of Talesh shared by three features: the Astara (IR)–Rasht missing link, the
 * Astara–Rasht road and the Astara–Bandar Abbas through-road drawn over the same alignment.
 */
const OVERLAP = { camera: { zoom: 6.5, latitude: 37.8, longitude: 48.9 }, point: [49.14, 37.55] as const };

const at = (camera: { zoom: number; latitude: number; longitude: number }) =>
  `map=${camera.zoom}/${camera.latitude}/${camera.longitude}`;

/** Pixels of the missing link's red on the whole map canvas. */
async function missingLinkPixels(page: import('@playwright/test').Page): Promise<number> {
  const screenshot = await page.locator('canvas.maplibregl-canvas').screenshot();
  const { counts } = await countColours(page, screenshot, { gap: corridorTheme.gapColour }, 24);
  return counts.gap ?? 0;
}

test.describe('the map answers where and in what state', () => {
  test('a floating key on the map lists what is drawn, and folds away by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/#route=moscow~mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const legend = page.getByRole('region', { name: 'Map key' });
    await expect(legend).toBeVisible();
    // It floats on the map, inside the map's area.
    const map = await page.getByTestId('map').boundingBox();
    const box = await legend.boundingBox();
    expect(map && box && box.x >= map.x && box.x + box.width <= map.x + map.width).toBe(true);
    await expect(legend).toContainText('Chosen route');
    await expect(legend).toContainText('Rail');
    await expect(legend).toContainText('Missing rail link');
    await expect(legend).toContainText('Seaport');
    await expect(legend).toContainText('Branches shown:');
    await expect(legend).not.toContainText('bcm/yr');
    const toggle = legend.getByRole('button', { name: 'Map key' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(legend.getByText('Chosen route')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(legend.getByText('Chosen route')).toBeVisible();
  });

  test('the key starts folded on a narrow map, and gives the energy layers their width scale', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`/#layers=corridor-western,energy-gas-pipelines&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const legend = page.getByRole('region', { name: 'Map key' });
    const toggle = legend.getByRole('button', { name: 'Map key' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(legend.getByText('Gas: 40 bcm/yr')).toBeHidden();
    await toggle.click();
    await expect(legend).toContainText('Gas: 40 bcm/yr');
    await expect(legend).toContainText('Gas: 110 bcm/yr');
    await expect(legend).not.toContainText('Chosen route');
  });

  test('hovering a line shows its name, mode, status on the day and both lengths', async ({ page }) => {
    await page.goto(`/#${at(RAILWAY.camera)}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toHaveCount(0);
    const point = await pagePointOf(page, RAILWAY.camera, ...RAILWAY.point);
    await page.mouse.move(point.x, point.y);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Moscow – St Petersburg');
    await expect(tooltip).toContainText('Rail');
    await expect(tooltip).toContainText('Operational');
    await expect(tooltip).toContainText(/\d km published · \d[\d,]* km computed/);
    // Away from every feature, it goes.
    await page.mouse.move(point.x + 200, point.y - 150);
    await expect(tooltip).toHaveCount(0);
  });

  test('a click opens a card on the map with status, lengths and actions; Compare adds to the comparison', async ({
    page,
  }) => {
    await page.goto(`/#${at(RAILWAY.camera)}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const point = await pagePointOf(page, RAILWAY.camera, ...RAILWAY.point);
    await page.mouse.click(point.x, point.y);
    const card = page.getByTestId('map-card');
    await expect(card.getByRole('heading', { name: 'Moscow – St Petersburg' })).toBeVisible();
    await expect(card.getByTestId('map-card-status')).toHaveText('Operational');
    await expect(card.getByTestId('map-card-length')).toContainText('km published');
    await expect(card.getByTestId('map-card-length')).toContainText('km computed');
    // The card is beside the click, on the map.
    const box = await card.boundingBox();
    expect(box && Math.abs(box.x - point.x) < box.width + 40).toBe(true);
    expect(await currentHash(page)).toContain('sel=moscow--st-petersburg');
    await card.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => currentHash(page)).toContain('cmp=moscow--st-petersburg');
    await expect(card.getByRole('button', { name: 'In the comparison' })).toHaveAttribute('aria-pressed', 'true');
    await card.getByRole('button', { name: 'Details' }).click();
    await expect(page.locator('#details-pane-heading')).toBeFocused();
    await expect(page.locator('#feature-details-title')).toBeVisible();
    // Escape, with focus in the card, closes it.
    await card.getByRole('button', { name: 'Details' }).focus();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
  });

  test('a click where features overlap offers each of them; choosing one selects it', async ({ page }) => {
    await page.goto(`/#${at(OVERLAP.camera)}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const point = await pagePointOf(page, OVERLAP.camera, ...OVERLAP.point);
    await page.mouse.click(point.x, point.y);
    const chooser = page.getByTestId('map-chooser');
    await expect(chooser).toBeVisible();
    const gap = chooser.getByRole('button', { name: /^Astara \(IR\) – Rasht Missing rail link/ });
    const road = chooser.getByRole('button', { name: /^Astara \(IR\) – Bandar Abbas \(Shahid Rajaee port\) \(road\)/ });
    await expect(gap).toBeVisible();
    await expect(road).toBeVisible();
    // Nothing is selected until the reader chooses.
    expect(await currentHash(page)).not.toContain('sel=');
    await gap.click();
    await expect.poll(() => currentHash(page)).toContain('sel=astara-ir--rasht&');
    const card = page.getByTestId('map-card');
    await expect(card.getByRole('heading', { name: 'Astara (IR) – Rasht' })).toBeFocused();
    await expect(card).toContainText('Missing rail link');
    // The panel names the selection (its details open from the card's or the bar's Details).
    await expect(page.getByTestId('selection-bar')).toContainText('Selected: Astara (IR) – Rasht');
  });

  test('a sel= link without a camera fits the feature and opens its card; with a camera, keeps it', async ({
    page,
  }) => {
    await page.goto(`/#v=1&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const overview = await missingLinkPixels(page);
    await page.goto('about:blank');
    await page.goto(`/#v=1&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const card = page.getByTestId('map-card');
    await expect(card.getByRole('heading', { name: 'Astara (IR) – Rasht' })).toBeVisible();
    await expect(card.getByTestId('map-card-length')).toContainText('162 km published');
    // Fitted: the missing link is drawn many times larger than on the overview.
    expect(await missingLinkPixels(page)).toBeGreaterThan(overview * 4);
    // The link is a public API: fitting writes no camera into it.
    expect(await currentHash(page)).toBe(`v=1&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
    await page.goto('about:blank');
    await page.goto(`/#v=1&map=4/40/50&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('map-card').getByRole('heading', { name: 'Astara (IR) – Rasht' })).toBeVisible();
    expect(await currentHash(page)).toBe(`v=1&map=4/40/50&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
  });
});

test('a feature selected in the network table is brought into view on the map with its card', async ({ page }) => {
  await page.goto(`/#map=6/57.6/35&dv=${DATA_VERSION}`);
  await waitForMapReady(page);
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByTestId('network-table');
  await table.getByRole('button', { name: 'Astara (IR) – Rasht', exact: true }).click();
  // The details open in the panel; back from them, the map has its width again, at the feature.
  await page.getByRole('button', { name: 'Back to Table' }).click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  const card = page.getByTestId('map-card');
  await expect(card.getByRole('heading', { name: 'Astara (IR) – Rasht' })).toBeVisible();
  // The map moved from Russia to the missing link, and the link records where it went.
  await expect.poll(() => currentHash(page)).toMatch(/bbox=[\d.,-]+&sel=astara-ir--rasht/);
  await expect.poll(() => missingLinkPixels(page)).toBeGreaterThan(200);
});

test("a place card's “Route from here” fills the route question's origin, and the destination completes the route", async ({
  page,
}) => {
  await page.goto(`/#v=1&sel=moscow&dv=${DATA_VERSION}`);
  await waitForMapReady(page);
  const card = page.getByTestId('map-card');
  await card.getByRole('button', { name: 'Route from here' }).click();
  // One end alone is not a route: nothing in the link yet, but the form shows it.
  expect(await currentHash(page)).not.toContain('route=');
  await page.getByRole('tab', { name: 'Route' }).click();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('Moscow');
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('');
  await page.getByRole('combobox', { name: 'To' }).fill('Mumbai');
  await page.keyboard.press('Enter');
  await expect.poll(() => currentHash(page)).toContain('route=moscow~mumbai');
});
