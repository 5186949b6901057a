import { test as base, type ConsoleMessage, expect, type Page } from '@playwright/test';

/** What a page did that a test may assert on: console errors, page errors, foreign requests. */
export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the page's own (all blocked). */
  foreignRequests: string[];
  dialogs: string[];
  /** Console error texts (regular expressions) that this test provokes on purpose. */
  allowConsoleErrors: (...patterns: RegExp[]) => void;
}

/**
 * A test that watches the page: every request to another origin is blocked and recorded, and the
 * test fails on any console error or page error it did not allow by name.
 */
export const test = base.extend<{ watch: PageWatch }>({
  // `auto`: every test is watched, whether or not it names the fixture.
  watch: [
    async ({ page, baseURL }, use) => {
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const allowed: RegExp[] = [];
      const watch: PageWatch = {
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        dialogs: [],
        allowConsoleErrors: (...patterns) => allowed.push(...patterns),
      };
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === ownOrigin) {
          return route.continue();
        }
        watch.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
      // A Content-Security-Policy violation is reported as a console error, and so fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('dialog', (dialog) => {
        watch.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await use(watch);
      const unexpected = watch.consoleErrors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, 'console errors').toEqual([]);
      expect(watch.pageErrors, 'page errors').toEqual([]);
      expect(watch.dialogs, 'dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits for the readiness signal of contracts §5 and returns its value. */
export async function waitForMapReady(page: Page, expected: 'true' | 'error' = 'true'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', expected, { timeout: 30_000 });
}

/** The hash of the page without `#`. */
export async function currentHash(page: Page): Promise<string> {
  return page.evaluate(() => window.location.hash.replace(/^#/, ''));
}

/**
 * Counts canvas pixels close to given colours, by decoding a screenshot of the map canvas in the
 * page itself (no image library needed in Node).
 */
export async function countColours(
  page: Page,
  screenshot: Buffer,
  colours: Record<string, string>,
  tolerance = 10,
): Promise<{ total: number; counts: Record<string, number> }> {
  return page.evaluate(
    async ({ base64, colours, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const targets = Object.entries(colours).map(([name, hex]) => ({
        name,
        rgb: [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16)),
      }));
      const counts: Record<string, number> = Object.fromEntries(targets.map((target) => [target.name, 0]));
      for (let index = 0; index < data.length; index += 4) {
        for (const target of targets) {
          const [r = 0, g = 0, b = 0] = target.rgb;
          if (
            Math.abs((data[index] ?? 0) - r) <= tolerance &&
            Math.abs((data[index + 1] ?? 0) - g) <= tolerance &&
            Math.abs((data[index + 2] ?? 0) - b) <= tolerance
          ) {
            counts[target.name] = (counts[target.name] ?? 0) + 1;
          }
        }
      }
      return { total: data.length / 4, counts };
    },
    { base64: screenshot.toString('base64'), colours, tolerance },
  );
}

/**
 * Where a point appears on the map canvas, in page pixels, for a camera with no bearing or pitch
 * (Web Mercator with MapLibre's 512-pixel tiles). Lets a test click a known feature without any
 * test hook into the app.
 */
export async function pagePointOf(
  page: Page,
  camera: { zoom: number; latitude: number; longitude: number },
  longitude: number,
  latitude: number,
): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const worldSize = 512 * 2 ** camera.zoom;
  const project = (lon: number, lat: number) => ({
    x: ((lon + 180) / 360) * worldSize,
    y: ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * worldSize,
  });
  const centre = project(camera.longitude, camera.latitude);
  const point = project(longitude, latitude);
  return { x: box.x + box.width / 2 + point.x - centre.x, y: box.y + box.height / 2 + point.y - centre.y };
}

/** Counts pixels of a colour within a square around a page point, from a screenshot of the page. */
export async function countColourNear(
  page: Page,
  point: { x: number; y: number },
  colour: string,
  radius = 12,
  tolerance = 40,
): Promise<number> {
  const screenshot = await page.screenshot({
    clip: { x: point.x - radius, y: point.y - radius, width: radius * 2, height: radius * 2 },
  });
  const { counts } = await countColours(page, screenshot, { target: colour }, tolerance);
  return counts.target ?? 0;
}
