// Screenshots of the layout for docs/screenshots/, against a running build (`npm start`, or
// `node scripts/static-server.mjs dist 4173`), in Debian's Chromium:
//   node scripts/screenshots.mjs [BASE_URL] [OUT_DIR]
// Each view waits for the map's readiness signal (`data-map-ready`) before it is taken.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const [baseUrl = 'http://127.0.0.1:4173/', outDir = 'docs/screenshots'] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** File name, window size and link of each screenshot. */
const SHOTS = [
  ['desktop-overview.png', DESKTOP, '#v=1'],
  ['desktop-route.png', DESKTOP, '#v=1&route=moscow~mumbai&by=time&sel=astara-ir--rasht'],
  ['desktop-details.png', DESKTOP, '#v=1&sel=astara-ir--rasht'],
  ['desktop-table.png', DESKTOP, '#v=1&tab=table'],
  ['phone-overview.png', PHONE, '#v=1'],
  ['phone-route.png', PHONE, '#v=1&route=moscow~mumbai&by=time'],
];

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
try {
  for (const [file, viewport, hash] of SHOTS) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(new URL(hash, baseUrl).href);
    await page.waitForFunction(() => document.documentElement.dataset.mapReady !== undefined, undefined, {
      timeout: 90_000,
    });
    // Let the panels that wait for the routes settle.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(outDir, file) });
    await page.close();
    console.log(`wrote ${join(outDir, file)}`);
  }
} finally {
  await browser.close();
}
