import { readFile } from 'node:fs/promises';
import { corridorTheme } from '../../src/overlays/corridor/corridor-theme';
import { countColourNear, currentHash, expect, pagePointOf, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** Splits RFC 4180 CSV into rows of cells (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += character;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

test.describe('comparing segments and the network table', () => {
  test('three segments added by clicking the map are compared, highlighted and exported with the lengths shown', async ({
    page,
  }) => {
    const camera = { zoom: 6.5, latitude: 35.9, longitude: 52.4 };
    await page.goto(`/#map=${camera.zoom}/${camera.latitude}/${camera.longitude}&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('button', { name: 'Add segments by clicking the map' }).click();
    // Midpoints of tehran--behshahr, nowshahr--tehran--road and behshahr--gorgan, each at least
    // 15 km from any other segment or node, so the click can only hit that segment.
    const table = page.getByTestId('segment-comparison');
    let added = 0;
    for (const [longitude, latitude] of [
      [52.545, 35.485],
      [51.25, 36.325],
      [53.6768, 36.7262],
    ] as const) {
      const point = await pagePointOf(page, camera, longitude, latitude);
      await page.mouse.click(point.x, point.y);
      added += 1;
      await expect(table.locator('tbody tr')).toHaveCount(added);
    }
    await expect(table.locator('caption')).toHaveText('Segment comparison');
    await expect(table.locator('tbody tr')).toHaveCount(3);
    const ids = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-segment-id')));
    expect(ids).toEqual(['tehran--behshahr', 'nowshahr--tehran--road', 'behshahr--gorgan']);
    expect(await currentHash(page)).toContain(`cmp=${ids.join(',')}`);
    // The compared segments are highlighted on the map (the magenta halo).
    const behshahrGorgan = await pagePointOf(page, camera, 53.6768, 36.7262);
    await page.mouse.move(10, 10);
    await expect
      .poll(() => countColourNear(page, behshahrGorgan, corridorTheme.comparedColour, 14, 40))
      .toBeGreaterThan(10);
    // Adding one twice does nothing.
    const first = await pagePointOf(page, camera, 52.545, 35.485);
    await page.mouse.click(first.x, first.y);
    await expect(table.locator('tbody tr')).toHaveCount(3);

    const shownKilometres = await table
      .getByTestId('compared-length')
      .evaluateAll((cells) =>
        cells.map((cell) => Number((cell.textContent ?? '').replace(/[^\d].*$/s, '').replace(/,/g, ''))),
      );
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the comparison (CSV)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^instc-segments-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(await readFile((await download.path()) ?? '', 'utf8'));
    const header = csv[0] ?? [];
    const idColumn = header.indexOf('id');
    const lengthColumn = header.indexOf('computed_length_km');
    const versionColumn = header.indexOf('data_version');
    expect(header).toContain('sources');
    const body = csv.slice(1).filter((row) => row.length > 1);
    expect(body.map((row) => row[idColumn])).toEqual(ids);
    expect(body.map((row) => Math.round(Number(row[lengthColumn])))).toEqual(shownKilometres);
    expect(body.every((row) => row[versionColumn] === DATA_VERSION)).toBe(true);
  });

  test('a link with cmp= opens the comparison and the GeoJSON export carries every property', async ({ page }) => {
    await page.goto(`/#cmp=astara-ir--rasht,rasht--qazvin&dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await expect(page.getByTestId('segment-comparison').locator('tbody tr')).toHaveCount(2);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the compared segments (GeoJSON)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^instc-segments-\d{4}-\d{2}-\d{2}\.geojson$/);
    const geojson = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    expect(geojson.dataVersion).toBe(DATA_VERSION);
    expect(geojson.features.map((feature: { properties: { id: string } }) => feature.properties.id)).toEqual([
      'astara-ir--rasht',
      'rasht--qazvin',
    ]);
    expect(geojson.features[0].properties.publishedLengths.length).toBeGreaterThan(1);
    expect(geojson.features[0].properties.gap).toBe(true);
  });

  test('the network table sorts and filters, and works with the keyboard alone', async ({ page }) => {
    await page.goto(`/#dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByTestId('network-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    const total = await table.locator('tbody tr').count();
    expect(total).toBeGreaterThan(50);

    // Sort by computed length with the keyboard: focus the header button, Enter, Enter again.
    const header = table.getByRole('button', { name: 'Computed km' });
    await header.focus();
    await page.keyboard.press('Enter');
    await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/Computed km/);
    const kilometres = async () =>
      table
        .locator('tbody tr td:nth-child(5)')
        .evaluateAll((cells) => cells.map((cell) => Number((cell.textContent ?? '').replace(/,/g, ''))));
    const ascending = await kilometres();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/Computed km/);
    const descending = await kilometres();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    // Filter to sea legs.
    await page.getByRole('group', { name: 'Filter the network table' }).getByLabel('Mode').selectOption('sea');
    const modes = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(modes.length).toBeGreaterThan(5);
    expect(modes.length).toBeLessThan(total);
    expect(modes.every((mode) => mode.startsWith('Sea'))).toBe(true);

    // Choose a row with the keyboard: it becomes the selection (and the map's highlight).
    const firstRowButton = table.locator('tbody tr th button').first();
    const name = (await firstRowButton.textContent()) ?? '';
    await firstRowButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('segment-details').getByRole('heading', { level: 3 })).toHaveText(name);
    expect(await currentHash(page)).toMatch(/&sel=[a-z0-9-]+&/);
    // Back returns to the table as it was left (filtered), the row marked.
    await page.getByRole('button', { name: 'Back to Table' }).press('Enter');
    await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
    await expect(table.locator('tbody tr td:nth-child(3)')).toHaveCount(modes.length);
    await expect(table.locator('tbody tr[aria-selected="true"]')).toHaveCount(1);

    // Compare from the table with the keyboard, then remove from the comparison table.
    const compare = table.getByRole('button', { name: /^Compare / }).first();
    await compare.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Compare' }).press('Enter');
    const comparison = page.getByTestId('segment-comparison');
    await expect(comparison.locator('tbody tr')).toHaveCount(1);
    await comparison.getByRole('button', { name: /^Remove / }).focus();
    await page.keyboard.press('Enter');
    await expect(comparison).toHaveCount(0);
  });
});
