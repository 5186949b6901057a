import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { currentHash, expect, test, waitForMapReady } from './support';

/**
 * The interface's languages (issue 16, first step): the `lang` link key, the reader's browser
 * language when a link has none, the switch, the page's `lang` and `dir`, and notices worded in
 * the language shown.
 */

/** The tab strip's words, in the order of the tabs. */
const tabWords = (page: Page) => page.getByRole('tab').allTextContents();

/** The page's language and direction as a reader's browser and assistive technology see them. */
const pageLanguage = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: getComputedStyle(document.querySelector('.side-panel') ?? document.body).direction,
  }));

test('a link with lang=fa opens in Persian, right to left, with the panel on the right', async ({ page }) => {
  await page.goto('/#v=1&lang=fa&route=moscow~mumbai');
  await waitForMapReady(page);
  expect(await pageLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' });
  expect(await tabWords(page)).toEqual(['نمای کلی', 'مسیر', 'مقایسه', 'انرژی', 'جدول', 'اشتراک و استناد']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('کاوشگر کریدور شمال–جنوب');
  const panel = await page.locator('.side-panel').boundingBox();
  const map = await page.locator('#map-region').boundingBox();
  expect(panel && map && panel.x > map.x).toBe(true);
  // The data version in the footer is written with Persian digits only where the catalogue formats
  // numbers; the version itself is an identifier and stays as it is.
  await expect(page.getByTestId('data-version')).toHaveText(/^\d{4}\.\d{2}\.\d+$/);
  expect(await currentHash(page)).toContain('lang=fa');
  // The day: Solar Hijri in Persian digits, with the Gregorian date beside it.
  await expect(page.getByTestId('when-bar').locator('summary').first()).toContainText(
    /^شبکه در [۰-۹]+ \S+ [۰-۹]{4} \([۰-۹]+ \S+ [۰-۹]{4}\)/,
  );
  await expect(page.getByTestId('map-legend').getByRole('button').first()).toHaveText('راهنمای نقشه');
  // MapLibre's own controls in Persian: the zoom buttons' names, the scale bars' units, the map's name.
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'بزرگ‌نمایی');
  const scales = page.locator('.maplibregl-ctrl-scale');
  await expect(scales.filter({ hasText: /^[۰-۹0-9٬,]+\s*کیلومتر$/ })).toHaveCount(1);
  await expect(scales.filter({ hasText: /^[۰-۹0-9٬,]+\s*مایل\s*دریایی$/ })).toHaveCount(1);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', 'نقشه');
  // Back to English by the switch: the controls follow.
  await page.locator('.language-switch select').selectOption('en');
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'Zoom in');
  await expect(scales.filter({ hasText: /^\d+\s*km$/ })).toHaveCount(1);
  await expect(scales.filter({ hasText: /^\d+\s*nm$/ })).toHaveCount(1);
});

for (const [language, overview, direction] of [
  ['ru', 'Обзор', 'ltr'],
  ['hi', 'अवलोकन', 'ltr'],
] as const) {
  test(`a link with lang=${language} opens in that language`, async ({ page }) => {
    await page.goto(`/#v=1&lang=${language}&route=moscow~mumbai`);
    await waitForMapReady(page);
    expect(await pageLanguage(page)).toEqual({ lang: language, dir: direction });
    expect((await tabWords(page))[0]).toBe(overview);
  });
}

test.describe('a reader whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('gets Russian from a link without lang, and the link stays without it', async ({ page }) => {
    await page.goto('/#v=1&route=moscow~mumbai');
    await waitForMapReady(page);
    expect(await pageLanguage(page)).toEqual({ lang: 'ru', dir: 'ltr' });
    expect((await tabWords(page))[1]).toBe('Маршрут');
    expect(await currentHash(page)).not.toContain('lang=');
  });
  test('gets English from a link with lang=en', async ({ page }) => {
    await page.goto('/#v=1&lang=en');
    await waitForMapReady(page);
    expect((await tabWords(page))[0]).toBe('Overview');
  });
});

test('the switch changes the language in place, writes lang, and Back returns to the language before', async ({
  page,
}) => {
  await page.goto('/#v=1&route=moscow~mumbai');
  await waitForMapReady(page);
  expect((await tabWords(page))[0]).toBe('Overview');
  await page.getByLabel('Language').selectOption('hi');
  await expect(page.getByRole('tab').first()).toHaveText('अवलोकन');
  expect(await pageLanguage(page)).toEqual({ lang: 'hi', dir: 'ltr' });
  expect(await currentHash(page)).toContain('lang=hi');
  await page.getByLabel('भाषा').selectOption('fa');
  await expect(page.getByRole('tab').first()).toHaveText('نمای کلی');
  expect(await pageLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' });
  await page.goBack();
  await expect(page.getByRole('tab').first()).toHaveText('अवलोकन');
  expect(await currentHash(page)).toContain('lang=hi');
});

test("a link's notices are worded in the language shown, with the link's own values kept as they are", async ({
  page,
}) => {
  await page.goto('/#v=1&lang=ru&by=fastest&month=13');
  await waitForMapReady(page);
  const notices = page.getByTestId('notices');
  await expect(notices.getByRole('heading')).toHaveText('Часть ссылки не использована');
  await expect(notices.locator('[data-notice-key="by"]')).toContainText(
    'допустимые значения: distance, time, cost, co2',
  );
  await expect(notices.locator('[data-notice-key="by"]')).toContainText('fastest');
  await expect(notices.locator('[data-notice-key="month"]')).toContainText('месяц: вне допустимого диапазона');
});

test('Persian notices write their numbers in Persian digits', async ({ page }) => {
  await page.goto('/#v=1&lang=fa&month=13');
  await waitForMapReady(page);
  await expect(page.getByTestId('notices').locator('[data-notice-key="month"]')).toContainText('۱۲');
});

for (const language of ['en', 'ru', 'fa', 'hi'] as const) {
  test(`axe finds no serious or critical violation in ${language}`, async ({ page }) => {
    await page.goto(`/#v=1&lang=${language}&route=moscow~mumbai`);
    await waitForMapReady(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('.maplibregl-canvas')
      .analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  });
}

test("the map's names follow the language: a switch redraws the labels in place, and back", async ({ page }) => {
  await page.goto('/#v=1&map=5.5/35.7/51.4');
  await waitForMapReady(page);
  const map = page.locator('.maplibregl-canvas');
  const settle = () =>
    page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 1500))));
  await settle();
  const english = await map.screenshot();
  await page.getByLabel('Language').selectOption('fa');
  await expect(page.getByRole('tab').first()).toHaveText('نمای کلی');
  await settle();
  const persian = await map.screenshot();
  // Same camera, same lines: only the names differ (Tehran is تهران), so the pictures do.
  expect(persian.equals(english)).toBe(false);
  await page.goBack();
  await expect(page.getByRole('tab').first()).toHaveText('Overview');
  await settle();
  // English again (label placement may differ from the first picture's, so not compared to it).
  expect((await map.screenshot()).equals(persian)).toBe(false);
});
