import { routeTheme } from '../../src/cartography/theme';
import { countColourNear, countColours, currentHash, expect, pagePointOf, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

test.describe('the route explorer', () => {
  test('a route link opens the route, its legs, the option cards and the observations', async ({ page }) => {
    const link = `v=1&route=moscow~mumbai&by=time&dv=${DATA_VERSION}`;
    await page.goto(`/#${link}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('route-summary')).toContainText('Moscow to Mumbai (JNPT / Nhava Sheva)');
    await expect(page.getByTestId('route-summary')).toContainText('best by time');
    expect(await page.getByTestId('legs-table').locator('tbody tr').count()).toBeGreaterThan(1);
    // Totals are printed to the precision their range supports: "about 3,300 (1,600–5,900)".
    await expect(page.getByTestId('legs-table').locator('tfoot')).toContainText(/about [\d,]+ \([\d,]+–[\d,]+\)/);
    // The comparison is the option cards now (tests/e2e/route-options.spec.ts).
    const options = page.getByTestId('route-options');
    await expect(options.getByRole('heading', { name: 'Options, side by side' })).toBeVisible();
    await expect(options).toContainText('All sea via Suez from St Petersburg');
    expect(await currentHash(page)).toBe(link);
  });

  test('the route is drawn on the map, fitted when the link gives no camera, never refitted when it does', async ({
    page,
  }) => {
    const routeShare = async () => {
      const screenshot = await page.locator('canvas.maplibregl-canvas').screenshot();
      const { total, counts } = await countColours(page, screenshot, { route: routeTheme.colour }, 40);
      return (counts.route ?? 0) / total;
    };
    // A short route (Tehran to Qom and on to Kashan) fills much of the canvas once fitted...
    await page.goto(`/#route=tehran~kashan&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const fitted = await routeShare();
    expect(fitted).toBeGreaterThan(0.002);
    expect(await currentHash(page)).toBe(`v=1&route=tehran~kashan&dv=${DATA_VERSION}`);
    // ...and is a sliver at the camera a link gives, which is kept as given.
    await page.goto(`/#map=3/40/50&route=tehran~kashan&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const unfitted = await routeShare();
    expect(unfitted).toBeLessThan(fitted / 4);
    expect(unfitted).toBeGreaterThan(0);
    expect(await currentHash(page)).toBe(`v=1&map=3/40/50&route=tehran~kashan&dv=${DATA_VERSION}`);
    // Where it passes Qom, the band is drawn on the line.
    const camera = { zoom: 6, latitude: 35.2, longitude: 51 };
    await page.goto(
      `/#map=${camera.zoom}/${camera.latitude}/${camera.longitude}&route=tehran~kashan&dv=${DATA_VERSION}`,
    );
    await waitForMapReady(page);
    const qom = await pagePointOf(page, camera, 50.88, 34.64);
    expect(await countColourNear(page, qom, routeTheme.colour, 25, 40)).toBeGreaterThan(20);
  });

  test('places are chosen with the keyboard, by a local name; choosing is a history step', async ({ page }) => {
    await page.goto(`/#dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const before = await page.evaluate(() => history.length);
    // Opening a tab replaces the history entry; a tab the link would open anyway is not written.
    await page.getByRole('tab', { name: 'Route' }).click();
    const from = page.getByRole('combobox', { name: 'From' });
    await from.focus();
    await page.keyboard.type('Москва');
    await expect(page.getByRole('option', { name: /Moscow/ })).toBeVisible();
    await page.keyboard.press('Enter');
    const to = page.getByRole('combobox', { name: 'To' });
    await to.focus();
    await page.keyboard.type('شهید رجایی');
    await expect(page.getByRole('option', { name: /Shahid Rajaee/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('route-summary')).toContainText('Moscow to Bandar Abbas (Shahid Rajaee port)');
    expect(await currentHash(page)).toBe(`v=1&route=moscow~bandar-abbas&dv=${DATA_VERSION}`);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  test('editing an assumption updates the route at once, replaces the history entry, and resets', async ({ page }) => {
    // One deep-sea leg, so its sailing speed drives the transit time.
    await page.goto(`/#route=bandar-abbas~mumbai&by=time&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const summary = page.getByTestId('route-summary');
    const original = await summary.textContent();
    const before = await page.evaluate(() => history.length);
    await page.getByText(/^Assumptions \(/).click();
    const speed = page.getByRole('spinbutton', { name: /Sailing speed of deep-sea container ships/ });
    await speed.fill('8');
    await expect(summary).not.toHaveText(original ?? '');
    expect(await currentHash(page)).toMatch(/&asm=speed\.sea\.deep-sea-container:8&/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.getByRole('button', { name: 'Reset all assumptions' }).click();
    await expect(summary).toHaveText(original ?? '');
    expect(await currentHash(page)).toBe(`v=1&route=bandar-abbas~mumbai&by=time&dv=${DATA_VERSION}`);
  });

  test('a question with no answer says why', async ({ page }) => {
    await page.goto(`/#route=moscow~mumbai&avoid=IR,KZ,AZ&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByText(/^No route/).first()).toBeVisible();
  });
});
