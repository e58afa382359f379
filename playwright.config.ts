import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests drive a real Chromium against the built site (`dist/`, served by `astro preview`).
 * Where Debian's Chromium is installed (CI, these machines) it is used, with its background network
 * features off; elsewhere Playwright's own browser is used, so the tests also run on a laptop.
 */
const port = Number(process.env.E2E_PORT ?? 4322);
const baseURL = `http://127.0.0.1:${port}`;
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const quietFlags = ['--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: true,
  // Two browsers at once: the machines that run this have two cores, which they may share with a
  // build. Budgets are therefore generous, and loops over pages or questions add time per step
  // (allowMore in support.ts); no test waits a fixed time. A failure is never retried away.
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'fr-CA',
    launchOptions: existsSync(systemChromium)
      ? { executablePath: systemChromium, args: quietFlags }
      : { args: quietFlags },
  },
  webServer: {
    command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --port ${port} --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
