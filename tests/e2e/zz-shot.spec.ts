import { test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

test('shot', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/#v=1&route=moscow~mumbai&by=time&dv=${DATA_VERSION}`);
  await waitForMapReady(page);
  await page.getByTestId('route-options').scrollIntoViewIfNeeded();
  await page.getByTestId('route-option').nth(1).hover();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/routes-shot1.png' });
  await page.getByTestId('route-options').screenshot({ path: '/tmp/routes-shot2.png' });
  const box = await page.getByTestId('route-options').boundingBox();
  console.log('options box', JSON.stringify(box));
  await page.getByText(/^Assumptions \(/).click();
  await page.getByRole('checkbox', { name: /Only those used by this route/ }).check();
  await page.getByRole('spinbutton', { name: /Sailing speed of deep-sea container ships/ }).fill('8');
  await page.locator('.assumptions').screenshot({ path: '/tmp/routes-shot3.png' });
});
