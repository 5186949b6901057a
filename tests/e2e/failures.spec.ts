import { expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

test.describe('failures say what failed, and the rest keeps working', () => {
  test('a map worker that does not load ends in the error state with a message; the panels work', async ({
    page,
    watch,
  }) => {
    watch.allowConsoleErrors(/Failed to load resource/, /maplibre-gl-worker/i, /Worker/);
    await page.route('**/maplibre-gl-worker-*.mjs', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`/#route=moscow~mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page, 'error');
    await expect(page.getByTestId('map-error')).toContainText('map');
    // The route panel works without the map.
    await expect(page.getByTestId('route-summary')).toContainText(/Moscow to Mumbai .* [\d,]+ km/);
  });

  test('a data file that fails once is fetched again by "Try again"', async ({ page, watch }) => {
    watch.allowConsoleErrors(/Failed to load resource: the server responded with a status of 503/);
    let failures = 0;
    await page.route('**/assets/routing-*.json', (route) => {
      if (failures > 0) return route.continue();
      failures += 1;
      return route.fulfill({ status: 503, body: 'busy' });
    });
    await page.goto(`/#route=moscow~mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const routePanel = page.locator('#route-heading').locator('..');
    await expect(routePanel).toContainText('could not be loaded');
    await routePanel.getByRole('button', { name: 'Try again' }).first().click();
    await expect(page.getByTestId('route-summary')).toBeVisible();
    expect(failures).toBe(1);
  });

  test('a link storm (%& fifty thousand times) shows a bounded list of notices', async ({ page }) => {
    await page.goto(`/#${'%&'.repeat(50_000)}`);
    await waitForMapReady(page);
    const items = page.getByTestId('notices').locator('li');
    await expect(items).toHaveCount(8);
    await expect(page.getByTestId('notices').getByRole('button', { name: /^and \d+ more$/ })).toBeVisible();
  });

  test('embed mode shows a compact line when parts of the link were not used', async ({ page }) => {
    await page.goto(`/#embed=1&foo=bar&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('notices')).toContainText(/\d+ notices?:/);
  });

  test('without the observations the route still comes, and a notice says what is missing', async ({ page }) => {
    // The routing unit as served, with its observations damaged (the build never writes this).
    await page.route('**/assets/routing-*.json', async (route) => {
      const unit = await (await route.fetch()).json();
      unit.parts.observations = 'damaged';
      await route.fulfill({ json: unit });
    });
    await page.goto(`/#route=moscow~mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('route-summary')).toBeVisible();
    await expect(page.getByTestId('notices')).toContainText(
      'the observed shipments could not be read; routes are shown without them',
    );
  });
});
