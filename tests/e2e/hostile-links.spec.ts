import { LINK_KEYS } from '../../src/state/link/link-keys';
import { expect, test, waitForMapReady } from './support';
import { DATA_VERSION } from './support/data-version';

const script = encodeURIComponent('<script>window.__pwned=1</script>');
const markup = encodeURIComponent('"><img src=x onerror="window.__pwned=1">');
const manyIds = Array.from({ length: 2000 }, (_, index) => `segment-${index}--x`).join(',');

/** Links a hostile page could hand a researcher (contracts §4: untrusted input). */
const HOSTILE_LINKS: Array<[string, string]> = [
  ['script in every key', LINK_KEYS.map(({ key }) => `${key}=${script}`).join('&')],
  [
    'markup in every key',
    ['map', 'route', 'sel', 'cmp', 'layers', 'asm', 'dv'].map((key) => `${key}=${markup}`).join('&'),
  ],
  ['prototype-polluting keys', '__proto__=1&constructor=x&prototype=y&__proto__[polluted]=1&toString=1&map=4/40/50'],
  [
    'huge and malformed numbers',
    'map=1e309/NaN/Infinity&bbox=-1e400,1e400,0x10,--5&year=99999999999999999999&month=-0&asm=speed.rail.electric:1e999',
  ],
  [
    'unknown ids',
    'route=atlantis~el-dorado~mumbai&sel=nowhere&cmp=a--b,c--d&layers=unicorns,energy-gas-pipelines&avoid=XX,ZZ',
  ],
  ['very long lists', `cmp=${manyIds}&layers=${manyIds}`],
  ['broken percent-encoding', 'map=%E0%A4%A&sel=%&route=%ZZ~%C0%80&asm=%FF:1&dv=%'],
  ['javascript: and data: values', `sel=javascript:alert(1)&route=data:text/html,${script}~mumbai`],
];

test.describe('hostile links', () => {
  for (const [name, link] of HOSTILE_LINKS) {
    test(name, async ({ page, watch }) => {
      await page.goto(`/#${link}`);
      await waitForMapReady(page);
      await expect(page.getByTestId('notices')).toContainText(/ignored|clamped|unknown|cut|version/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'polluted'))).toBe(false);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.dialogs).toEqual([]);
      const hash = await page.evaluate(() => window.location.hash);
      expect(hash.length).toBeLessThanOrEqual(4001);
      expect(hash).not.toMatch(/[<>"]/);
    });
  }
});

test('an assumption value outside the range the data gives it is dropped with a notice naming the range', async ({
  page,
}) => {
  await page.goto(`/#route=moscow~mumbai&asm=speed.rail.electric:0,teuTonnes:12&dv=${DATA_VERSION}`);
  await waitForMapReady(page);
  await expect(page.getByTestId('notices')).toContainText(
    'speed.rail.electric must be more than 0 and at most 120 km/h; got 0; ignored',
  );
  await expect
    .poll(() => page.evaluate(() => window.location.hash))
    .toBe(`#v=1&route=moscow~mumbai&asm=teuTonnes:12&dv=${DATA_VERSION}`);
});
