import { expect, test } from '@playwright/test';
import { saveScreenshot } from './support';

test('an unknown plan id gets a plain sentence; navigation works by hash', async ({ page }, testInfo) => {
  await page.goto('/#/plan/nobody');
  await expect(page.getByRole('heading', { name: 'Plan not found' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.locator('tbody tr[data-plan-id]')).toHaveCount(8);
  await saveScreenshot(page, testInfo, 'app-shell');
});

test('the benchmark team loads from the URL flag', async ({ page }) => {
  await page.goto('/?data=bench&plans=20');
  await expect(page.locator('tbody tr[data-plan-id]')).toHaveCount(20);
  await expect(page.locator('tbody tr[data-plan-id]').first().locator('[data-target-id]')).toHaveCount(10);
});

test('a large team paints its rows before the sparklines are computed, then fills every sparkline', async ({
  page,
}) => {
  await page.goto('/?data=bench&plans=60');
  const rows = page.locator('tbody tr[data-plan-id]');
  await expect(rows).toHaveCount(60);
  const markTime = (name: string) =>
    page.evaluate(async (entryName) => {
      while (performance.getEntriesByName(entryName).length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return performance.getEntriesByName(entryName)[0]?.startTime ?? Number.NaN;
    }, `onpace:${name}`);
  const painted = await markTime('team-painted');
  const started = await markTime('sparklines-started');
  await markTime('sparklines-done');
  // History computed before the frame would hold the whole table off the screen.
  expect(started).toBeGreaterThan(painted);
  await expect(rows.locator('.sparkline-pending')).toHaveCount(0);
  await expect(rows.locator('.col-pace svg')).toHaveCount(60);
});
