import { expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

test('without WebGL the page says why, signals the error, and the panel still works', async ({ page, watch }) => {
  await page.goto('/#map=4/40/50');
  await waitForMapReady(page, 'error');
  const message = page.getByTestId('map-error');
  await expect(message).toContainText('WebGL');
  await expect(message).toContainText('still work');
  // The panel keeps working: the view button updates the link even without a map.
  await page.getByRole('button', { name: 'Show the whole corridor' }).click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#v=1&dv=${DATA_VERSION}`);
  expect(watch.foreignRequests).toEqual([]);
});
