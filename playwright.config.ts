import { defineConfig } from '@playwright/test';

// The browser is Debian's Chromium, launched by test/e2e/fixtures.ts; Playwright never downloads one.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
});
