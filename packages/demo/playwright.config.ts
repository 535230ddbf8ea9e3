import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  // The story launches its own Chromium with the extension, a fake CRM and the dashboard.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 240_000,
  // The root summary (scripts/test-all.mjs) reads test-results/playwright.json: keep this path.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright-artifacts',
});
