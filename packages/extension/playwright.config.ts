import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  // One browser with the extension at a time: the machine has 2 cores and
  // each test launches its own persistent Chromium profile.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // The root test summary reads test-results/playwright.json: keep this path.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Keep Playwright's artifacts apart from the reports above.
  outputDir: 'test-results/playwright-artifacts',
});
