import AxeBuilder from '@axe-core/playwright';
import { basemapTheme } from '../../src/cartography/theme';
import { countColours, currentHash, expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

test.describe('the explorer on its embedded basemap', () => {
  test('reaches ready with every other origin blocked, and asks none', async ({ page, watch }) => {
    await page.goto('/');
    await waitForMapReady(page);
    const marks = await page.evaluate(() => performance.getEntriesByName('instc:map-ready').length);
    expect(marks).toBe(1);
    expect(watch.foreignRequests).toEqual([]);
    await expect(page.getByTestId('data-version')).toHaveText(DATA_VERSION);
    expect(await currentHash(page)).toBe(`v=1&dv=${DATA_VERSION}`);
  });

  test('the map canvas shows sea and land in meaningful amounts', async ({ page }) => {
    await page.goto('/');
    await waitForMapReady(page);
    const screenshot = await page.locator('canvas.maplibregl-canvas').screenshot();
    const { total, counts } = await countColours(page, screenshot, {
      sea: basemapTheme.sea,
      land: basemapTheme.land,
    });
    // The default view (St Petersburg to Mumbai) is roughly half land, with the Caspian, Black Sea,
    // Persian Gulf and Arabian Sea; each colour must cover a real share of the canvas.
    expect(counts.sea ?? 0).toBeGreaterThan(total * 0.1);
    expect(counts.land ?? 0).toBeGreaterThan(total * 0.25);
  });

  test('has zoom and rotate controls, km and nm scale bars, and attribution', async ({ page }) => {
    await page.goto('/');
    await waitForMapReady(page);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Drag to rotate map, click to reset north' })).toBeVisible();
    const scales = page.locator('.maplibregl-ctrl-scale');
    await expect(scales).toHaveCount(2);
    await expect(scales.filter({ hasText: /\d\s*km/ })).toHaveCount(1);
    await expect(scales.filter({ hasText: /\d\s*nm/ })).toHaveCount(1);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toContainText('Natural Earth');
    await expect(attribution).toContainText('MapLibre');
  });

  test('opens the camera of a link exactly and never refits it', async ({ page }) => {
    const link = `v=1&map=5/35.6944/51.4215/0/30&dv=${DATA_VERSION}`;
    await page.goto(`/#${link}`);
    await waitForMapReady(page);
    expect(await currentHash(page)).toBe(link);
  });

  test('opens a bounding-box link and keeps it as given', async ({ page }) => {
    const link = `v=1&bbox=44,36,56,47&dv=${DATA_VERSION}`;
    await page.goto(`/#${link}`);
    await waitForMapReady(page);
    expect(await currentHash(page)).toBe(link);
  });

  test('a malformed link still opens, with a notice naming what was dropped', async ({ page, watch }) => {
    await page.goto('/#map=abc/1/2&foo=%3Cscript%3Ealert(1)%3C/script%3E&bbox=1,2,3&cargo=%E0%A4%A');
    await waitForMapReady(page);
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('map');
    await expect(notices).toContainText('foo');
    await expect(notices).toContainText('bbox');
    await expect(notices).toContainText('cargo');
    expect(await page.locator('script:not([type="module"])').count()).toBe(0);
    expect(await currentHash(page)).toBe(`v=1&dv=${DATA_VERSION}`);
    expect(watch.dialogs).toEqual([]);
  });

  test('a link from another data version opens with a notice that figures may differ', async ({ page }) => {
    await page.goto('/#map=4/40/50&dv=2025.01.1');
    await waitForMapReady(page);
    await expect(page.getByTestId('notices')).toContainText('figures may differ');
  });

  test('moving the map writes the camera and replaces the history entry; back restores', async ({ page }) => {
    const first = `v=1&map=4/40/50&dv=${DATA_VERSION}`;
    await page.goto(`/#${first}`);
    await waitForMapReady(page);
    const lengthBefore = await page.evaluate(() => history.length);
    const canvas = page.locator('canvas.maplibregl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 100, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => currentHash(page)).not.toBe(first);
    const moved = await currentHash(page);
    expect(moved).toMatch(/^v=1&map=4\/\d+(\.\d+)?\/\d+(\.\d+)?&dv=/);
    expect(await page.evaluate(() => history.length)).toBe(lengthBefore);

    // A pasted link is a new entry; back returns to the moved camera.
    await page.evaluate(() => {
      window.location.hash = 'map=3/45/45';
    });
    await expect.poll(() => currentHash(page)).toBe(`v=1&map=3/45/45&dv=${DATA_VERSION}`);
    await page.goBack();
    await expect.poll(() => currentHash(page)).toBe(moved);
  });

  test('"Show the whole corridor" returns to the default view', async ({ page }) => {
    await page.goto(`/#map=5/35/51&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Show the whole corridor' }).click();
    await expect.poll(() => currentHash(page)).toBe(`v=1&dv=${DATA_VERSION}`);
  });

  test('clicking a corridor node shows its local name in Persian script, in a bundled font', async ({ page }) => {
    // Tehran at the centre of the map.
    await page.goto(`/#map=5.5/35.6944/51.4215&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('map-card').getByRole('button', { name: 'Details' }).click();
    const details = page.getByTestId('node-details');
    await expect(details.getByRole('heading', { name: 'Tehran' })).toBeVisible();
    await expect(details.locator('dd[lang="fa"]')).toHaveText('تهران');
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px Vazirmatn', 'تهران'))).toBe(true);
  });

  test('clicking a basemap city shows its names in the local languages', async ({ page }) => {
    // Isfahan (not a corridor node) at the centre of the map.
    await page.goto(`/#map=6/32.6525/51.6746&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const details = page.locator('.place-details');
    await expect(details.getByRole('heading', { name: 'Isfahan' })).toBeVisible();
    await expect(details.locator('dd[lang="fa"]')).toHaveText('اصفهان');
  });

  test('Hindi names are shown in Devanagari with the bundled font', async ({ page }) => {
    await page.goto(`/#sel=mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const hindi = page.getByTestId('node-details').locator('dd[lang="hi"]');
    await expect(hindi).toContainText('न्हावा शेवा');
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Devanagari"', 'न्हावा शेवा')))
      .toBe(true);
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    await page.goto('/');
    await waitForMapReady(page);
    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
    expect(severe.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

test('the built page carries a strict Content-Security-Policy, and the app runs under it', async ({ page, watch }) => {
  watch.allowConsoleErrors(
    /CSP violation: connect-src blocked https:\/\/example\.org/,
    /Connecting to 'https:\/\/example\.org\/' violates the following Content Security Policy/,
    /Fetch API cannot load https:\/\/example\.org\/\. Refused to connect/,
  );
  await page.goto(`/#route=moscow~mumbai&layers=corridor-western,energy-lng&dv=${DATA_VERSION}`);
  await waitForMapReady(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  // A fetch to another origin is refused by the browser itself (and reported, which the watch allows here).
  const refused = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return false;
    } catch {
      return true;
    }
  });
  expect(refused).toBe(true);
});
