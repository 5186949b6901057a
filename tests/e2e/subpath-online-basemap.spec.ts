import { currentHash, expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

// This build is served from /instc/ (BASE_PATH) and configured with an online basemap on another
// origin (VITE_BASEMAP_STYLE_URL) that this test blocks: the embedded basemap must take over.
test.use({ baseURL: 'http://127.0.0.1:4174/instc/' });

test('from a subpath, a failing online basemap falls back to the embedded one and says so', async ({ page, watch }) => {
  watch.allowConsoleErrors(/Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/);
  await page.goto('/instc/#map=4/40/50');
  await waitForMapReady(page);
  await expect(page.getByTestId('notices')).toContainText('online basemap is unavailable');
  expect(watch.foreignRequests).toEqual(['http://127.0.0.1:4175/style.json']);
  expect(await currentHash(page)).toBe(`v=1&map=4/40/50&dv=${DATA_VERSION}`);
});
