import { readFile } from 'node:fs/promises';
import { basemapTheme } from '../../src/cartography/theme';
import { countColours, currentHash, expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

/** The data version as a regular expression. */
const DV = DATA_VERSION.replaceAll('.', '\\.');

test.describe('share, embed, cite and export', () => {
  test('a link copied from the UI opens the same state, with the same hash, in a fresh page', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/#dv=${DATA_VERSION}`);
    await waitForMapReady(page);
    // Set a state through the UI: a route by time, comparators on, a segment compared.
    await page.getByRole('tab', { name: 'Route' }).click();
    await page.getByRole('combobox', { name: 'From' }).fill('Moscow');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'To' }).fill('Mumbai');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Time' }).check();
    const summary = await page.getByTestId('route-summary').textContent();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('checkbox', { name: 'All-sea comparators (Suez, Cape)' }).check();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('combobox', { name: 'Add' }).fill('Rasht – Qazvin');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Share & cite' }).click();
    const hash = await currentHash(page);
    expect(hash).toContain('route=moscow~mumbai&by=time');
    expect(hash).toContain('cmp=rasht--qazvin');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`#${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

    const fresh = await browser.newPage();
    await fresh.goto(copied);
    await waitForMapReady(fresh);
    expect(await currentHash(fresh)).toBe(hash);
    // The link was copied on the Share tab; with a route it opens on the Route tab.
    await expect(fresh.getByRole('tab', { name: 'Route' })).toHaveAttribute('aria-selected', 'true');
    await expect(fresh.getByTestId('route-summary')).toHaveText(summary ?? '');
    await fresh.getByRole('tab', { name: 'Compare' }).click();
    await expect(fresh.getByTestId('segment-comparison').locator('tbody tr')).toHaveCount(1);
    await fresh.getByRole('tab', { name: 'Overview' }).click();
    await expect(fresh.getByRole('checkbox', { name: 'All-sea comparators (Suez, Cape)' })).toBeChecked();
    await fresh.close();
  });

  test('where the clipboard is refused, the link is offered as selectable text', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await page.goto(`/#map=4/40/50&dv=${DATA_VERSION}&tab=share`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const text = page.getByRole('textbox', { name: 'Link to this view' });
    await expect(text).toHaveValue(new RegExp(`#v=1&map=4/40/50&dv=${DV}$`));
  });

  test('the embed snippet uses bbox and embed=1, and embed mode shows the map with a way to the full view', async ({
    page,
  }) => {
    await page.goto(`/#map=5/38/50&sel=astara-ir--rasht&dv=${DATA_VERSION}&tab=share`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="http://127\\.0\\.0\\.1:4173/#v=1&bbox=[-\\d.]+,[-\\d.]+,[-\\d.]+,[-\\d.]+&sel=astara-ir--rasht&dv=${DV}&embed=1"`,
      ),
    );
    const source = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    await page.goto(source);
    await waitForMapReady(page);
    await expect(page.getByRole('heading', { name: 'INSTC Explorer' })).toHaveCount(0);
    const fullView = page.getByRole('link', { name: 'Open the full view in INSTC Explorer' });
    await expect(fullView).toHaveAttribute('href', new RegExp(`^#v=1&bbox=.*&sel=astara-ir--rasht&dv=${DV}$`));
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
    expect(await currentHash(page)).toBe(source.split('#')[1]);
  });

  test('cite this view gives APA, Chicago, BibTeX and RIS with names, the permalink, versions and access date', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/#route=tehran~bandar-abbas&dv=${DATA_VERSION}&tab=share`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const bibtex = await page.getByTestId('citation-bibtex').inputValue();
    expect(bibtex).toMatch(/^@misc\{instc-explorer-\d{8},/);
    expect(bibtex).toContain(`\\url{http://127.0.0.1:4173/#v=1&route=tehran~bandar-abbas&dv=${DATA_VERSION}}`);
    expect(bibtex).toContain(`data version ${DATA_VERSION}`);
    expect(bibtex).toContain(
      'title = {{INSTC Explorer}: Route from Tehran to Bandar Abbas (Shahid Rajaee port), best by distance}',
    );
    const apa = await page.getByTestId('citation-apa').inputValue();
    expect(apa).toMatch(
      new RegExp(
        `^INSTC Explorer contributors\\. \\(\\d{4}\\)\\. Route from Tehran to Bandar Abbas \\(Shahid Rajaee port\\), best by distance \\[Interactive map; app version \\d+\\.\\d+\\.\\d+, data version ${DV}, network as on \\d{4}-\\d{2}-\\d{2}\\]\\. INSTC Explorer\\. Retrieved [A-Z][a-z]+ \\d{1,2}, \\d{4}, from http://127\\.0\\.0\\.1:4173/#v=1&route=tehran~bandar-abbas&dv=${DV}$`,
      ),
    );
    await expect(page.getByTestId('citation-chicago')).toHaveValue(
      /^INSTC Explorer contributors\. “Route from Tehran to Bandar Abbas \(Shahid Rajaee port\), best by distance\.” INSTC Explorer, /,
    );
    const ris = await page.getByTestId('citation-ris').inputValue();
    expect(ris.split(/\r?\n/)).toEqual(
      expect.arrayContaining([
        'TY  - ELEC',
        'TI  - Route from Tehran to Bandar Abbas (Shahid Rajaee port), best by distance',
        'ER  - ',
      ]),
    );
    await page.getByRole('button', { name: 'Copy RIS' }).click();
    await expect(page.getByText('RIS (Zotero, EndNote, Mendeley) citation copied.')).toBeVisible();
    // The clipboard keeps RIS's CRLF line ends; the text box shows them as LF.
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('\r\n');
    expect(copied.replaceAll('\r\n', '\n')).toBe(ris);
  });

  test('an A4 150 dpi export is exactly 1754 × 1240 px and shows the map', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/#dv=${DATA_VERSION}&tab=share`);
    await waitForMapReady(page);
    await page.getByLabel('Image size').selectOption('a4-150');
    const downloadPromise = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Export image (PNG)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^instc-map-\d{4}-\d{2}-\d{2}-a4-150\.png$/);
    const png = await readFile((await download.path()) ?? '');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1754, 1240]);
    const { total, counts } = await countColours(page, png, { sea: basemapTheme.sea, land: basemapTheme.land });
    expect(total).toBe(1754 * 1240);
    expect(counts.sea ?? 0).toBeGreaterThan(total * 0.05);
    expect(counts.land ?? 0).toBeGreaterThan(total * 0.2);
  });

  test('an export works with the network cut off after the map is ready, and for a link too long for a QR code', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Every assumption key of the data, each set to its own value: a valid link of about 3,500 characters.
    const assumptions = JSON.parse(await readFile('geodata/assumptions.json', 'utf8')) as {
      assumptions: Array<{ key: string; central: number }>;
    };
    const asm = assumptions.assumptions.map(({ key, central }) => `${key}:${central}`).join(',');
    await page.goto(`/#asm=${asm}&dv=${DATA_VERSION}&tab=share`);
    await waitForMapReady(page);
    expect((await currentHash(page)).length).toBeGreaterThan(2_300);
    // Once the page says the export code is in, no more code can be fetched: the QR code and PDF
    // chunks must already be here. (Fonts are left alone: offline, the browser's cache serves
    // them, but Playwright's routing turns that cache off.)
    await expect(page.locator('html')).toHaveAttribute('data-export-ready', 'true', { timeout: 30_000 });
    await page.route(/\.m?js$/, (route) => route.abort('internetdisconnected'));
    await page.getByLabel('Image size').selectOption('a4-150');
    const downloadPromise = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Export image (PNG)' }).click();
    const download = await downloadPromise;
    const png = await readFile((await download.path()) ?? '');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1754, 1240]);
    // The PDF's code (jsPDF) was fetched with the page too.
    const pdfDownload = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const pdf = await readFile((await (await pdfDownload).path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
