import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

/*
 * Two projects, one run (`npx playwright test`):
 *  - web:      the renderer built by `npm run web:build`, served by `vite preview`, driven in
 *              Debian's /usr/bin/chromium, or Playwright's own Chromium where that is the one
 *              installed (scripts/provision-browser.mjs, run first by `npm run test:e2e`,
 *              makes sure one of them is).
 *  - electron: the desktop shell (test/e2e-electron); its specs skip themselves when no
 *              Electron binary is available.
 */
const CI = Boolean(process.env.CI);
const chromium = findChromium();

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: CI ? 2 : undefined,
  // Ceilings, not expectations: every wait is on the app's own ready markers (data-status,
  // data-ready), so a busy machine only makes a test slower, never wrong. A layout on a
  // loaded 2-core machine has taken over 7 s.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'test/e2e',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: 'http://localhost:4173',
        viewport: { width: 1360, height: 900 },
        launchOptions: { executablePath: chromium?.path, args: chromiumArgs },
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
  webServer: {
    command: 'npm run web:preview',
    url: 'http://localhost:4173',
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
