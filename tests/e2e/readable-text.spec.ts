import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/**
 * Names, never ids, in text a person reads (issue 14, point 4): the panel's visible text is scanned
 * for segment ids, place ids, and branch, mode and status ids used as words.
 */

const LINK = `#v=1&route=moscow~mumbai&by=time&sel=astara-ir--rasht&dv=${DATA_VERSION}`;

/** A segment id: kebab-case words, `--`, more words ("astara-ir--rasht"). */
const SEGMENT_ID = /\b[a-z]+(?:-[a-z]+)*--[a-z][a-z-]*/g;

/**
 * Branch ids used as words, precisely: the ids no English sentence writes in lower case
 * (`russia`, `trans-caspian`, `indian-ocean`, `comparator` alone, not "comparators"), and
 * `eastern`/`western` only in a list of branch ids ("on russia, western, iran") — "the western
 * shore" and "All-sea comparator" are English.
 */

const BRANCH_ID_WORDS = [
  /(?<![\w-])(?:russia|trans-caspian|indian-ocean)(?![\w-])/g,
  /(?<![\w-]|[Aa]ll-sea )comparator(?![\w-]| port)/g,
  /(?<![\w-])(?:russia|iran|eastern|western|trans-caspian|comparator|indian-ocean), (?:russia|iran|eastern|western|trans-caspian|comparator|indian-ocean)(?![\w-])/g,
];

/** The kebab-case place ids of the data ("st-petersburg", "bandar-abbas"), which read as ids. */
const PLACE_IDS: string[] = (
  JSON.parse(readFileSync(new URL('../../geodata/corridor/nodes.geojson', import.meta.url), 'utf8')) as {
    features: { properties: { id: string } }[];
  }
).features
  .map((feature) => feature.properties.id)
  .filter((id) => id.includes('-'));
const PLACE_ID = new RegExp(`(?<![\\w-])(?:${PLACE_IDS.join('|')})(?![\\w-])`, 'g');

/** Status and mode ids as whole table cells ("under-construction", "rail"). */
const ID_CELLS = new Set([
  'rail',
  'road',
  'sea',
  'river',
  'operational',
  'restricted',
  'under-construction',
  'planned',
  'proposed',
  'suspended',
  'closed',
  'russia',
  'western',
  'eastern',
  'iran',
  'trans-caspian',
  'indian-ocean',
  'comparator',
  'swap',
  'gas',
  'oil',
]);

/** Every id found in a text, with a little context, so a failure says where. */
function idsIn(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [SEGMENT_ID, PLACE_ID, ...BRANCH_ID_WORDS]) {
    for (const match of text.matchAll(pattern)) {
      const start = Math.max(0, match.index - 40);
      found.push(`${match[0]} in “…${text.slice(start, match.index + match[0].length + 20).replace(/\s+/g, ' ')}…”`);
    }
  }
  return found;
}

/** The ids in a region's visible text and in its table cells. */
async function idsShownIn(region: Locator): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads (closed details and hidden parts left out)
  const text = await region.innerText();
  const cells = await region.locator('td, th').allInnerTexts();
  return [
    ...idsIn(text),
    ...cells.filter((cell) => ID_CELLS.has(cell.trim())).map((cell) => `table cell “${cell.trim()}”`),
  ];
}

async function openWideView(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/${LINK}`);
  await waitForMapReady(page);
  await expect(page.getByTestId('map-card')).toBeVisible();
}

test.describe('names, never ids, in what a person reads', () => {
  test('the selected feature, the tables, the situation, the timeline and the map card name what they show', async ({
    page,
  }) => {
    await openWideView(page);
    // The parts built with the readable helpers: the map card, the details, the situation and the
    // timeline, then both tables.
    const found = await idsShownIn(page.getByTestId('map-card'));
    await page.getByTestId('selection-bar').getByRole('button', { name: 'Details' }).click();
    await page.getByText('change day, situation').click();
    await page.getByText(/^The situation on this day/).click();
    const regions = [page.getByTestId('segment-details'), page.getByTestId('situation'), page.getByTestId('view-day')];
    for (const region of regions) await expect(region.first()).toBeVisible();
    for (const region of regions) found.push(...(await idsShownIn(region.first())));
    await page.getByRole('button', { name: /Back to Route/ }).click();
    await page.getByRole('tab', { name: 'Table' }).click();
    for (const table of ['network-table', 'energy-table']) {
      await expect(page.getByTestId(table)).toBeVisible();
      found.push(...(await idsShownIn(page.getByTestId(table))));
    }
    expect(found).toEqual([]);
    // The scan can fail: the network table's branch cells are names ("Western"), not ids.
    await expect(
      page
        .getByTestId('network-table')
        .locator('td', { hasText: /^Western$/ })
        .first(),
    ).toBeVisible();
  });

  test('the scan finds ids where they are', () => {
    expect(idsIn('3 legs on russia, comparator: 9,538 km')).toHaveLength(3);
    expect(idsIn('Branch: trans-caspian')).toHaveLength(1);
    expect(idsIn('All sea via Suez (by land to st-petersburg)')).toHaveLength(1);
    expect(idsIn('astrakhan--anzali: months 12, 1, 2, 3')).toHaveLength(1);
    expect(
      idsIn('3 legs on the Russian network and the all-sea route; the western shore; All-sea comparators'),
    ).toEqual([]);
  });

  test('at 1440×900, no raw id appears anywhere in the visible page text', async ({ page }) => {
    await openWideView(page);
    const found = await idsShownIn(page.locator('body'));
    expect(found).toEqual([]);
    // The route answer is on the page the scan read: its summary names the branches in words.
    await expect(page.getByTestId('route-summary')).toContainText(/legs? on the /);
  });
});
