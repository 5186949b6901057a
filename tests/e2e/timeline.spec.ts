import { corridorTheme } from '../../src/overlays/corridor/corridor-theme';
import { countColourNear, currentHash, expect, pagePointOf, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

test.describe('the corridor over time', () => {
  test('a date link names the Hormuz closure as what keeps routes away from it, and round-trips', async ({ page }) => {
    const link = `v=1&route=moscow~mumbai&by=time&date=2026-03-15&dv=${DATA_VERSION}`;
    await page.goto(`/#${link}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('view-day')).toContainText('on 15 March 2026');
    await expect(page.getByTestId('route-summary')).toContainText('for the network on 2026-03-15');
    const closed = page.getByTestId('route-day-closed');
    await expect(closed).toContainText('Strait of Hormuz: closed, 2026-02-28 – 2026-04-07');
    await expect(closed.getByRole('button', { name: 'IRGC closes the Strait of Hormuz' })).toBeVisible();
    expect(await closed.locator('a').count()).toBeGreaterThan(0);
    // No leg of the route sails from Bandar Abbas.
    await expect(page.locator('.route-results table').first()).not.toContainText('Bandar Abbas');
    expect(await currentHash(page)).toBe(link);
  });

  test('without a date the page says the figures are for the data as-of date', async ({ page }) => {
    await page.goto(`/#route=astrakhan~mumbai&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('view-day')).toContainText('as of 1 December 2026');
    await expect(page.getByTestId('view-day')).toContainText(`data ${DATA_VERSION}`);
    await expect(page.getByTestId('route-summary')).toContainText("as of 2026-12-01 (the data's as-of date)");
  });

  test('the slider by keyboard moves the day: the map restricts the Caspian legs and the route leaves Hormuz', async ({
    page,
  }) => {
    const camera = { zoom: 6, latitude: 38.7, longitude: 49.6 };
    await page.goto(
      `/#map=${camera.zoom}/${camera.latitude}/${camera.longitude}&route=astrakhan~mumbai&date=2026-02-27&dv=${DATA_VERSION}`,
    );
    await waitForMapReady(page);
    const summary = page.getByTestId('route-summary');
    const legs = page.locator('.route-results table').first();
    await expect(legs).toContainText('Bandar Abbas');
    const point = await pagePointOf(page, camera, 49.45, 38.7);
    const orange = () => countColourNear(page, point, corridorTheme.restrictedColour);
    const before = await orange();
    // The day control lives in the header's "When" bar; open it.
    await page.getByTestId('when-bar').locator('summary').first().click();
    const slider = page.getByRole('slider', { name: /Day shown/ });
    await expect(slider).toHaveAttribute('aria-valuetext', '27 February 2026');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '28 February 2026');
    await expect.poll(() => currentHash(page)).toContain('date=2026-02-28');
    await expect(summary).toContainText('for the network on 2026-02-28');
    await expect(legs).not.toContainText('Bandar Abbas');
    await expect(page.getByTestId('route-day-detour')).toContainText('IRGC closes the Strait of Hormuz');
    await expect.poll(orange, { timeout: 10_000 }).toBeGreaterThan(before + 10);
    // Page Up moves a month; back in history returns to the day before.
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuetext', '28 March 2026');
    await page.goBack();
    await expect(slider).toHaveAttribute('aria-valuetext', '28 February 2026');
  });

  test('selecting an event opens its panel with dates, effect and sources', async ({ page }) => {
    await page.goto(`/#date=2026-03-15&sel=hormuz-closure-2026-02-28&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    const details = page.getByTestId('event-details');
    await expect(details.getByRole('heading', { name: 'IRGC closes the Strait of Hormuz' })).toBeVisible();
    await expect(details).toContainText('2026-02-28 – 2026-04-07');
    await expect(details.getByTestId('event-in-force')).toContainText('In force on 2026-03-15');
    expect(await details.locator('.sources a').count()).toBeGreaterThan(2);
    // An event named in another feature's history opens the same panel.
    await page.goto(`/#date=2026-03-15&sel=alat--anzali&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await page
      .getByTestId('segment-details')
      .getByRole('button', { name: /Most INSTC cargo through Iran suspended/ })
      .first()
      .click();
    await expect(page.getByTestId('event-details')).toBeVisible();
    await expect.poll(() => currentHash(page)).toContain('sel=instc-iran-cargo-suspended-2026-02-28');
  });

  test('the situation in March 2026 lists the Hormuz closure, and what changed since January', async ({ page }) => {
    await page.goto(`/#date=2026-03-15&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await page.getByTestId('when-bar').locator('summary').first().click();
    await page.getByText('The situation on this day').click();
    const situation = page.getByTestId('situation');
    await expect(situation.getByTestId('situation-closed')).toContainText('Strait of Hormuz');
    await expect(situation.getByTestId('situation-closed')).toContainText('2026-02-28 – 2026-04-07');
    await expect(situation.getByTestId('situation-events')).toContainText('IRGC closes the Strait of Hormuz');
    await situation.getByLabel('Compare with').fill('2026-01-15');
    const changes = situation.getByTestId('situation-changes');
    await expect(changes).toContainText('Strait of Hormuz: Operational → Closed');
    await expect(changes).toContainText('Began: IRGC closes the Strait of Hormuz');
  });
});
