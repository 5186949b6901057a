import { defineConfig } from '@playwright/test';

/** Debian's Chromium; test tools must not download a browser of their own here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet headless Chromium on a machine whose network is closed. */
const chromiumArguments = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArguments },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /no-webgl\.spec\.ts/ },
    {
      name: 'chromium-no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: {
        launchOptions: {
          executablePath: chromiumPath,
          args: [...chromiumArguments, '--disable-webgl', '--disable-3d-apis'],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'node scripts/static-server.mjs dist 4173',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same app built for a subpath (BASE_PATH=/instc/) with an online basemap that fails.
      command: 'node scripts/static-server.mjs dist-subpath 4174',
      url: 'http://127.0.0.1:4174/instc/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
