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
