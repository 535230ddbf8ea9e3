import { expect, test } from '@playwright/test';
import { sampleBundle, sampleBundleText, sampleEventCount } from '../test/fixtures';
import { saveScreenshot } from './support';

test.describe('importing bundle files', () => {
  test('a malformed file shows its error, naming the field, and nothing is stored', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    const broken = sampleBundle();
    const target = broken.plans?.[0]?.targets[0];
    if (target) target.goal = 0;
    await page.locator('input[type="file"][data-onpace="import-bundle"]').setInputFiles({
      name: 'broken.onpace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const status = page.locator('[data-onpace="import-status"]');
    await expect(status).toContainText('broken.onpace.json was not imported.');
    await expect(status).toContainText('plans[0].targets[0].goal: must be greater than 0');
    await expect(status).toContainText('Nothing stored was changed.');
    await expect(page.getByLabel('Your plans (0)')).toBeAttached();
    await saveScreenshot(page, testInfo, 'import-error');
  });

  test('a valid file is stored and shown; importing it again changes nothing', async ({ page }) => {
    await page.goto('/');
    const input = page.locator('[data-onpace="import-bundle"]');
    const file = {
      name: 'riley.onpace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(sampleBundleText()),
    };
    await input.setInputFiles(file);
    const status = page.locator('[data-onpace="import-status"]');
    await expect(status).toContainText(
      `riley.onpace.json: added ${sampleEventCount()} plan record entries, 5 activities`,
    );
    await expect(page.locator('tbody tr[data-plan-id]')).toHaveCount(1);
    await expect(page.locator('tr[data-plan-id="plan-riley-nov"]')).toBeVisible();
    await input.setInputFiles(file);
    await expect(status).toHaveText('riley.onpace.json: nothing new: every record was already stored.');
    // Stored in IndexedDB: still there after a reload, shown by default.
    await page.reload();
    await expect(page.locator('tr[data-plan-id="plan-riley-nov"]')).toBeVisible();
  });
});
