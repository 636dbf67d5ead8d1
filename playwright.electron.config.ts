import { defineConfig } from '@playwright/test';

/**
 * The Electron window tests (`npm run test:electron`, scripts/test-electron.mjs): the built app (out/) in the real
 * Electron binary, driven by Playwright's `_electron`. Kept apart from playwright.config.ts, whose tests run the
 * renderer in Debian's Chromium through the HTTP transport.
 */
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results/electron',
  use: { trace: 'retain-on-failure', locale: 'en-IN', timezoneId: 'Asia/Kolkata' },
});
