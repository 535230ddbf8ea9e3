import { expect, test } from '@playwright/test';
import { saveScreenshot, screenshotPath, watchProblems } from './support';

/** Calendar days from `start` to `end`, both included. */
const daysBetween = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;

test.describe('plan detail', () => {
  test('a burn-up has one point per day of the plan so far, and follows "as of"', async ({
    page,
  }, testInfo) => {
    const problems = watchProblems(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Sam Patel' }).click();
    await expect(page).toHaveURL(/#\/plan\/plan-sam-pip$/);
    await expect(page).toHaveTitle('OnPace — Plan of Sam Patel');
    const calls = page.locator('section[data-target-id="calls"]');
    const points = calls.locator('svg.burn-up [data-series="actual"] circle');
    await expect(points).toHaveCount(daysBetween('2026-10-12', '2026-11-18'));
    await expect(points.first()).toHaveAttribute('data-date', '2026-10-12');
    await expect(points.last()).toHaveAttribute('data-date', '2026-11-18');
    // Pace line, goal and projection are drawn; the chart has an accessible name.
    for (const series of ['pace', 'goal', 'projection'])
      await expect(calls.locator(`svg.burn-up [data-series="${series}"]`)).toHaveCount(1);
    await expect(calls.locator('svg.burn-up')).toHaveAttribute('role', 'img');
    await expect(calls.locator('svg.burn-up title')).toContainText('calls'.replace('c', 'C'));
    // Weekends, holidays and time off are shaded.
    await expect(calls.locator('svg.burn-up .non-working rect[fill]').first()).toBeVisible();
    await expect(page.locator('[data-onpace="period-table"]').first()).toBeAttached();
    await expect(page.locator('[data-onpace="timeline"] li[data-kind="checkin.held"]').first()).toBeVisible();
    await saveScreenshot(page, testInfo, 'plan-detail');

    // Attainability when the plan was set and now, per target, with the diagnosis above it.
    const attainability = page.locator('[data-onpace="attainability"]');
    await expect(attainability.locator('[data-onpace="diagnosis"]')).not.toBeEmpty();
    const callsRow = attainability.locator('tr[data-attainability-target="calls"]');
    await expect(callsRow.locator('td[data-when="start"]')).toHaveAttribute(
      'data-verdict',
      /^(realistic|stretch|unrealistic)$/,
    );
    const chance = Number(await callsRow.locator('td[data-when="start"]').getAttribute('data-chance'));
    expect(chance).toBeGreaterThanOrEqual(0);
    expect(chance).toBeLessThanOrEqual(1);
    await expect(callsRow.locator('td[data-when="start"]')).toContainText(/You (reached|averaged) \d+/);
    await expect(callsRow.locator('td[data-when="now"]')).toHaveAttribute('data-verdict', /.+/);
    await expect(attainability.locator('thead')).toContainText('As of');
    await attainability.scrollIntoViewIfNeeded();
    await attainability.screenshot({ path: screenshotPath('plan-attainability') });

    await page.locator('[data-onpace="as-of"]').fill('2026-10-30');
    await expect(points).toHaveCount(daysBetween('2026-10-12', '2026-10-30'));
    expect(problems).toEqual([]);
  });
});
