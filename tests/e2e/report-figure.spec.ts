import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { routeTheme } from '../../src/cartography/theme';
import { readPngText } from '../../src/domain/figure/png-text';
import type { FigureLayout } from '../../src/map/render-map-image';
import { expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** The route, opened on the Share & cite tab, where the figure is made. */
const ROUTE_LINK = `/#route=st-petersburg~mumbai&dv=${DATA_VERSION}&tab=share`;

/** Pixels of a colour within `radius` of each point of a PNG, decoded in the page. */
async function colourNear(
  page: Page,
  png: Buffer,
  points: readonly { x: number; y: number }[],
  colour: string,
  radius: number,
  tolerance = 40,
): Promise<number[]> {
  return page.evaluate(
    async ({ base64, points, colour, radius, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      const [r = 0, g = 0, b = 0] = [1, 3, 5].map((offset) => Number.parseInt(colour.slice(offset, offset + 2), 16));
      return points.map((point) => {
        const { data } = context.getImageData(point.x - radius, point.y - radius, radius * 2, radius * 2);
        let count = 0;
        for (let index = 0; index < data.length; index += 4) {
          if (
            Math.abs((data[index] ?? 0) - r) <= tolerance &&
            Math.abs((data[index + 1] ?? 0) - g) <= tolerance &&
            Math.abs((data[index + 2] ?? 0) - b) <= tolerance
          )
            count += 1;
        }
        return count;
      });
    },
    { base64: png.toString('base64'), points, colour, radius, tolerance },
  );
}

function inside(point: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

test.describe('the report figure', () => {
  test('the A4 export of St Petersburg → Mumbai frames both ends of the route clear of its overlays, and its legend lists the route', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto(ROUTE_LINK);
    await waitForMapReady(page);
    await page.getByLabel('Image size').selectOption('a4-150');
    const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export image (PNG)' }).click();
    const download = await downloadPromise;
    const png = await readFile((await download.path()) ?? '');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1754, 1240]);
    const text = readPngText(new Uint8Array(png));
    expect(text.Title).toBe('Route from St Petersburg to Mumbai (JNPT / Nhava Sheva), best by distance');
    expect(text.Description).toMatch(/days, US\$ .* per TEU and .* kg CO.e per TEU/);
    expect(text.Source).toContain('#v=1&route=st-petersburg~mumbai');
    const layout = JSON.parse(text['instc:figure'] ?? '{}') as FigureLayout;
    expect(layout.framed).toBe('content');
    expect(layout.legend.labels).toContain('Chosen route');
    // The map area no overlay covers lies inside the image, clear of the legend.
    const { mapArea, legend } = layout;
    expect(mapArea.width * mapArea.height).toBeGreaterThan(1754 * 1240 * 0.3);
    const legendOverlaps =
      mapArea.x < legend.box.x + legend.box.width &&
      legend.box.x < mapArea.x + mapArea.width &&
      mapArea.y < legend.box.y + legend.box.height &&
      legend.box.y < mapArea.y + mapArea.height;
    expect(legendOverlaps).toBe(false);
    // Both ends, where the map drew them, are in the unobstructed map area…
    expect(layout.marks.map((mark) => mark.label)).toEqual(['St Petersburg', 'Mumbai (JNPT / Nhava Sheva)']);
    for (const mark of layout.marks) expect(inside(mark, mapArea), `${mark.label} at ${mark.x}, ${mark.y}`).toBe(true);
    // …and the route's band is really drawn there in the image.
    const counts = await colourNear(page, png, layout.marks, routeTheme.colour, 24);
    for (const count of counts) expect(count).toBeGreaterThan(10);
  });

  test('a live preview shows the figure before download and follows the orientation', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(ROUTE_LINK);
    await waitForMapReady(page);
    const preview = page.getByTestId('figure-preview');
    await expect(preview).toHaveCount(0);
    const toggle = page.getByRole('button', { name: 'Show a live preview' });
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    await expect(preview).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('figure-preview-legend')).toContainText('Chosen route');
    const size = () =>
      preview.evaluate((image: HTMLImageElement) => ({ width: image.naturalWidth, height: image.naturalHeight }));
    await expect.poll(size, { timeout: 30_000 }).toEqual({ width: 640, height: 452 });
    await page.getByLabel('Orientation').selectOption('portrait');
    await expect.poll(size, { timeout: 60_000 }).toEqual({ width: 452, height: 640 });
    await page.getByRole('button', { name: 'Hide the preview' }).click();
    await expect(preview).toHaveCount(0);
  });

  test('the PDF export downloads a PDF of the figure with its title', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto(ROUTE_LINK);
    await waitForMapReady(page);
    const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^instc-report-\d{4}-\d{2}-\d{2}-a4-150\.pdf$/);
    const pdf = await readFile((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Title (Route from St Petersburg to Mumbai \\(JNPT / Nhava Sheva\\), best by distance)');
    // The figure page and at least one page of summary, legs and sources.
    expect((raw.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(raw).toContain('/Subtype /Image');
    await expect(page.getByTestId('export-status')).toContainText('Exported the PDF');
  });

  test('an export shows its step and can be cancelled: nothing is downloaded, and the next export works', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto(ROUTE_LINK);
    await waitForMapReady(page);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.getByLabel('Image size').selectOption('a3-300');
    // Export, then Cancel within the same task (microtasks only): the map cannot have finished a
    // frame in between, so the cancel always lands during the export.
    const shown = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Export image (PNG)');
      button?.click();
      for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
      const progress = document.querySelector('[data-testid="export-progress"]');
      const text = progress?.textContent ?? '';
      const bar = progress?.querySelector('progress');
      const cancel = [...(progress?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Cancel');
      const disabled = button instanceof HTMLButtonElement && button.disabled;
      cancel?.click();
      return { text, max: bar?.max, disabled };
    });
    expect(shown.text).toMatch(/^Making the image \(4961 × 3508 px\): step 1 of 3, drawing the map…/);
    expect(shown.max).toBe(3);
    expect(shown.disabled).toBe(true);
    await expect(page.getByTestId('export-status')).toHaveText('Export cancelled; nothing was downloaded.');
    await expect(page.getByTestId('export-progress')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export image (PNG)' })).toBeEnabled();
    // The next export is not held up by the cancelled one.
    await page.getByLabel('Image size').selectOption('a4-150');
    const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export image (PNG)' }).click();
    await downloadPromise;
    await expect(page.getByTestId('export-status')).toHaveText('Exported 1754 × 1240 px.');
    expect(downloads).toEqual([expect.stringMatching(/-a4-150\.png$/)]);
  });

  test('print shows the map as an image, the summary, the legs and the sources, without form controls', async ({
    page,
  }) => {
    await page.goto(ROUTE_LINK);
    await waitForMapReady(page);
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('print-report');
    await expect(report).toBeVisible();
    await expect(report.getByRole('heading', { level: 1 })).toHaveText(
      'Route from St Petersburg to Mumbai (JNPT / Nhava Sheva), best by distance',
    );
    // The map image is drawn, not transparent.
    const map = report.getByRole('img', { name: /^Map: Route from St Petersburg/ });
    await expect(map).toBeVisible();
    const opaque = await map.evaluate(async (image: HTMLImageElement) => {
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      context?.drawImage(image, 0, 0);
      const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let count = 0;
      for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 250) count += 1;
      return count / Math.max(1, data.length / 4);
    });
    expect(opaque).toBeGreaterThan(0.9);
    await expect(report.getByRole('region', { name: 'Summary' })).toContainText(/days, US\$ .* per TEU/);
    await expect(report.getByRole('table')).toContainText('St Petersburg');
    await expect(report.getByRole('region', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.locator('button, input, select, textarea').filter({ visible: true })).toHaveCount(0);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeHidden();
    const printed = await page.pdf({ format: 'A4' });
    const pages = (printed.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await expect(report).toHaveCount(0);
  });
});

test('“Print…” prints the framed figure in place of the live map', async ({ page }) => {
  test.setTimeout(150_000);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(ROUTE_LINK);
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), { timeout: 120_000 })
    .toBe(1);
  await page.emulateMedia({ media: 'print' });
  const map = page.getByTestId('print-report').getByRole('img', { name: /^Map: Route from St Petersburg/ });
  await expect(map).toHaveAttribute('src', /^blob:/);
  expect(await map.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([
    1754, 1240,
  ]);
});
