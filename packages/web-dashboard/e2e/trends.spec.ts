import { expect, test } from '@playwright/test';
import { saveScreenshot, watchProblems } from './support';

test('trends: pace by week, attainment, check-in adherence and status changes, each with a text alternative', async ({
  page,
}, testInfo) => {
  const problems = watchProblems(page);
  await page.goto('/#/trends');
  await expect(page).toHaveTitle('OnPace — Trends');
  const figures = page.locator('[data-onpace="trends"] figure');
  await expect(figures).toHaveCount(4);
  for (const figure of await figures.all()) {
    await expect(figure.locator('svg[role="img"] title')).not.toBeEmpty();
    await expect(figure.locator('details table')).toBeAttached();
  }
  await expect(page.locator('[data-onpace="status-changes"] li').first()).toContainText('Week ending');
  await saveScreenshot(page, testInfo, 'trends');
  expect(problems).toEqual([]);
});
