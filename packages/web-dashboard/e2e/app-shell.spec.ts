import path from 'node:path';
import { expect, test } from '@playwright/test';

const SCREENSHOT = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots', 'app-shell.png');

test.describe('dashboard app shell (production build)', () => {
  test('loads without console errors and shows the empty state and controls', async ({ page }, testInfo) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    await page.goto('/');

    await expect(page).toHaveTitle('OnPace — Team');
    await expect(page.getByRole('heading', { level: 1, name: 'OnPace — Team' })).toBeVisible();
    await expect(page.locator('[data-onpace="empty-state"]')).toHaveText(
      'No plans yet. Import a bundle file or connect the extension.',
    );

    const importInput = page.locator('input[type="file"][data-onpace="import-bundle"]');
    await expect(importInput).toHaveCount(1);
    await expect(importInput).toBeEnabled();
    await expect(page.getByLabel('Bundle file')).toHaveAttribute('data-onpace', 'import-bundle');

    const asOfInput = page.locator('input[type="date"][data-onpace="as-of"]');
    await expect(asOfInput).toHaveCount(1);
    await expect(asOfInput).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByLabel('As-of date')).toHaveAttribute('data-onpace', 'as-of');

    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await testInfo.attach('app-shell', { path: SCREENSHOT, contentType: 'image/png' });

    expect(problems).toEqual([]);
  });

  test('changing the as-of date updates the displayed date', async ({ page }) => {
    await page.goto('/');
    const asOfInput = page.locator('[data-onpace="as-of"]');
    const display = page.locator('[data-onpace="as-of-display"]');

    await asOfInput.fill('2025-11-25');
    await expect(asOfInput).toHaveValue('2025-11-25');
    await expect(display).toHaveAttribute('datetime', '2025-11-25');
    await expect(display).toHaveText('Tuesday, November 25, 2025');

    await asOfInput.fill('2026-01-02');
    await expect(display).toHaveAttribute('datetime', '2026-01-02');
    await expect(display).toHaveText('Friday, January 2, 2026');
  });

  test('choosing a bundle file says plainly that nothing was imported yet', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-onpace="import-bundle"]').setInputFiles({
      name: 'team-east.onpace.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"formatVersion":1}'),
    });
    await expect(page.locator('[data-onpace="import-status"]')).toContainText(
      'Selected team-east.onpace.json',
    );
    await expect(page.locator('[data-onpace="import-status"]')).toContainText('nothing was imported');
    await expect(page.locator('[data-onpace="empty-state"]')).toBeVisible();
  });
});
