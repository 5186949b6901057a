import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

const TABS = ['overview', 'route', 'compare', 'energy', 'table', 'share'] as const;

/** The serious and critical violations axe finds on the page (WCAG 2.1 A and AA rules), as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // The map canvas is a picture drawn by WebGL; axe cannot read colours in it.
    .exclude('.maplibregl-canvas')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

for (const [size, viewport] of [
  ['1440×900', { width: 1440, height: 900 }],
  ['390×844', { width: 390, height: 844 }],
] as const) {
  test.describe(`axe at ${size}`, () => {
    test.use({ viewport });
    for (const tab of TABS) {
      test(`no serious or critical violation in the ${tab} tab`, async ({ page }) => {
        await page.goto(`/#v=1&route=moscow~mumbai&by=time&cmp=astara-ir--rasht&tab=${tab}&dv=${DATA_VERSION}`);
        await waitForMapReady(page);
        await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('id', `tab-${tab}`);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test('no serious or critical violation with the details pane open', async ({ page }) => {
      await page.goto(`/#v=1&sel=astara-ir--rasht&dv=${DATA_VERSION}`);
      await waitForMapReady(page);
      await expect(page.getByTestId('details-pane')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
