import type { Page } from '@playwright/test';
import { expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** What has the focus: its tag, role and name, or `body`. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `${element.tagName.toLowerCase()}[${element.getAttribute('role') ?? ''}] ${name}`;
  });
}

/** Presses Tab until `done` holds, failing if the focus ever falls to `<body>` on the way. */
async function tabUntil(page: Page, done: () => Promise<boolean>, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await done()) return;
    await page.keyboard.press('Tab');
    expect(await focused(page), `focus after ${presses + 1} Tab presses`).not.toBe('body');
  }
  throw new Error(`not reached in ${limit} Tab presses; focus on ${await focused(page)}`);
}

test('keyboard only: from the place boxes to a route, to a leg, to its details and back, focus never on <body>', async ({
  page,
}) => {
  await page.goto(`/#v=1&tab=route&dv=${DATA_VERSION}`);
  await waitForMapReady(page);
  const from = page.getByRole('combobox', { name: 'From' });
  const to = page.getByRole('combobox', { name: 'To' });
  // From the top of the page, Tab reaches the first place box.
  await page.locator('body').press('Tab');
  await tabUntil(page, () => from.evaluate((element) => element === document.activeElement));
  await page.keyboard.type('Moscow');
  await page.keyboard.press('Enter');
  await expect(from).toHaveValue('Moscow');
  await tabUntil(page, () => to.evaluate((element) => element === document.activeElement));
  await page.keyboard.type('Mumbai');
  await page.keyboard.press('Enter');
  await expect(to).toHaveValue(/Mumbai/);
  await expect(page.getByTestId('route-summary')).toContainText('Moscow to Mumbai');
  // On through the results to the first leg's segment button.
  const leg = page.getByTestId('legs-table').locator('tbody button').first();
  await tabUntil(page, () => leg.evaluate((element) => element === document.activeElement), 120);
  await page.keyboard.press('Enter');
  // Its details replace the tab, the focus on their heading.
  const heading = page.getByTestId('details-pane').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  const name = ((await heading.textContent()) ?? '').replace(/^Details: /, '');
  expect(name).not.toBe('');
  expect(name).not.toBe('the selected feature');
  await expect(page.getByTestId('selection-announcement')).toHaveText(`Selected: ${name}`);
  // Back (the next stop after the heading is before it: Shift+Tab) returns to the Route tab.
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).not.toBe('body');
  await expect(page.getByRole('button', { name: 'Back to Route' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Route' })).toBeFocused();
  await expect(page.getByTestId('route-summary')).toContainText('Moscow to Mumbai');
});

test('the skip links reach the route results, the map and the tables', async ({ page }) => {
  await page.goto(`/#v=1&route=moscow~mumbai&dv=${DATA_VERSION}`);
  await waitForMapReady(page);
  await page.locator('body').press('Tab');
  const skipResults = page.getByRole('button', { name: 'Skip to the route results' });
  await expect(skipResults).toBeFocused();
  await expect(skipResults).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#route-results-region')).toBeFocused();
  await page.getByRole('button', { name: 'Skip to the map' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#map-region')).toBeFocused();
  await page.getByRole('button', { name: 'Skip to the tables' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#network-table-region')).toBeFocused();
});
