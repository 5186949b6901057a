import { energyTheme } from '../../src/overlays/energy/energy-style';
import { countColourNear, currentHash, expect, pagePointOf, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

test.describe('energy overlays', () => {
  test('are off by default and turned on from the legend, with their key', async ({ page }) => {
    const camera = { zoom: 5, latitude: 36.4, longitude: 55.3 };
    await page.goto(`/#map=${camera.zoom}/${camera.latitude}/${camera.longitude}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    // An isolated vertex of the North–Northeast gas trunkline.
    const trunkline = await pagePointOf(page, camera, 55.3133, 36.4142);
    await page.mouse.move(10, 10);
    expect(await countColourNear(page, trunkline, energyTheme.gas, 8, 30)).toBe(0);
    await page.getByRole('tab', { name: 'Energy' }).click();
    await expect(page.getByRole('checkbox', { name: 'Gas pipelines and flows' })).toBeVisible();
    await expect(page.getByTestId('energy-key')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Gas pipelines and flows' }).check();
    await expect.poll(() => currentHash(page)).toContain('energy-gas-pipelines');
    await expect(page.getByTestId('energy-key')).toContainText('Gas (width: capacity in bcm/yr');
    await expect(page.getByTestId('energy-key')).toContainText('virtual connector');
    await expect.poll(() => countColourNear(page, trunkline, energyTheme.gas, 8, 30)).toBeGreaterThan(5);
  });

  test('a link turns them on, and clicking a pipeline opens its panel with sources', async ({ page }) => {
    const camera = { zoom: 5.5, latitude: 33.3, longitude: 48.04 };
    const link = `v=1&map=${camera.zoom}/${camera.latitude}/${camera.longitude}&layers=corridor-russia,corridor-western,corridor-trans-caspian,corridor-eastern,corridor-iran,corridor-indian-ocean,energy-gas-pipelines,energy-oil-pipelines,energy-lng,energy-swaps&dv=${DATA_VERSION}&tab=energy`;
    await page.goto(`/#${link}`);
    await waitForMapReady(page);
    expect(await currentHash(page)).toBe(link);
    await expect(page.getByTestId('energy-key')).toContainText('LNG project');
    // IGAT-9 (under construction) runs alone through this point.
    const point = await pagePointOf(page, camera, 48.0444, 33.2982);
    await page.mouse.click(point.x, point.y);
    await page.getByTestId('map-card').getByRole('button', { name: 'Details' }).click();
    const details = page.getByTestId('energy-details');
    await expect(details.getByRole('heading', { level: 3 })).toContainText('IGAT');
    await expect(details).toContainText('Under construction');
    expect(await details.locator('.sources a').count()).toBeGreaterThan(0);
    expect(await currentHash(page)).toContain('&sel=igat-9&');
  });

  test('a swap opens from a link and explains where the molecules do not travel', async ({ page }) => {
    await page.goto(`/#layers=energy-swaps&sel=tm-ir-az-gas-swap&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const details = page.getByTestId('energy-details');
    await expect(details).toContainText('virtual');
    await expect(details).toContainText('Pipelines used');
  });
});
