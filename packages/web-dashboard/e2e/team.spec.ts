import { expect, type Page, test } from '@playwright/test';
import { DEMO_AS_OF } from '../src/data/demo/roster';
import { type ExpectedPlan, expectedDemoStatuses, saveScreenshot, watchProblems } from './support';

async function expectStatuses(page: Page, expected: readonly ExpectedPlan[]): Promise<void> {
  for (const plan of expected) {
    const row = page.locator(`tr[data-plan-id="${plan.planId}"]`);
    await expect(row).toHaveAttribute('data-status', plan.status);
    for (const target of plan.targets) {
      await expect(row.locator(`[data-target-id="${target.targetId}"]`)).toHaveAttribute(
        'data-status',
        target.status,
      );
    }
  }
}

const rowIds = (page: Page) =>
  page
    .locator('tbody tr[data-plan-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-plan-id')));
const cellTexts = (page: Page, column: string) =>
  page
    .locator(`tbody tr[data-plan-id] .col-${column}`)
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));

test.describe('team view (demo team)', () => {
  test('shows the demo team with the statuses core computes, trouble first', async ({ page }, testInfo) => {
    const problems = watchProblems(page);
    await page.goto('/');
    await expect(page).toHaveTitle('OnPace — Team');
    await expect(page.locator('input[type="date"][data-onpace="as-of"]')).toHaveValue(DEMO_AS_OF);
    const expected = expectedDemoStatuses(DEMO_AS_OF);
    await expect(page.locator('tbody tr[data-plan-id]')).toHaveCount(expected.length);
    await expectStatuses(page, expected);
    // Every status word of docs/pace.md appears.
    const statuses = await page
      .locator('tbody tr[data-plan-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    expect(new Set(statuses).size).toBe(7);
    expect(statuses.slice(0, 3)).toEqual(['missed', 'behind', 'at-risk']);
    // Status is a word and an icon, not colour alone.
    await expect(page.locator('tr[data-plan-id="plan-sam-pip"] .col-status')).toHaveText('▼ behind');
    // No extension in this browser: said quietly.
    await expect(page.locator('[data-onpace="extension-status"]')).toContainText('Extension not connected');
    await expect(page.locator('svg.sparkline')).toHaveCount(expected.length);
    await saveScreenshot(page, testInfo, 'team');
    expect(problems).toEqual([]);
  });

  test('filters by status and by manager', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-onpace="filter-status"]').selectOption('behind');
    expect(await rowIds(page)).toEqual(['plan-sam-pip']);
    await expect(page.locator('[data-onpace="team-count"]')).toHaveText('1 of 8 plans');
    await page.locator('[data-onpace="filter-status"]').selectOption('all');
    await page.locator('[data-onpace="filter-manager"]').selectOption({ label: 'Priya Shah' });
    await expect(page.locator('tbody tr[data-plan-id]')).toHaveCount(4);
    expect(new Set(await cellTexts(page, 'manager'))).toEqual(new Set(['Priya Shah']));
  });

  test('sorts by any column, both ways', async ({ page }) => {
    await page.goto('/');
    const sortBy = (key: string) => page.locator(`button[data-sort="${key}"]`).click();
    await sortBy('rep');
    const names = await cellTexts(page, 'rep');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await expect(page.locator('thead th.col-rep')).toHaveAttribute('aria-sort', 'ascending');
    await sortBy('rep');
    expect(await cellTexts(page, 'rep')).toEqual([...names].reverse());
    await expect(page.locator('thead th.col-rep')).toHaveAttribute('aria-sort', 'descending');
    await sortBy('pace');
    const pace = (await page.locator('tbody [data-onpace="pace-ratio"]').allTextContents())
      .filter((text) => text !== '—')
      .map((text) => Number.parseInt(text, 10));
    expect(pace).toEqual([...pace].sort((a, b) => a - b));
    await sortBy('manager');
    const managers = await cellTexts(page, 'manager');
    expect(managers).toEqual([...managers].sort((a, b) => a.localeCompare(b)));
  });

  test('"as of" re-evaluates every plan at the end of that day', async ({ page }, testInfo) => {
    await page.goto('/');
    const before = await page.locator('tr[data-plan-id="plan-avery-q4"] .col-day').textContent();
    const asOf = '2026-10-20';
    await page.locator('[data-onpace="as-of"]').fill(asOf);
    await expect(page.locator('[data-onpace="as-of-display"]')).toHaveAttribute('datetime', asOf);
    const expected = expectedDemoStatuses(asOf);
    expect(expected.map((plan) => plan.status)).not.toEqual(
      expectedDemoStatuses(DEMO_AS_OF).map((plan) => plan.status),
    );
    await expectStatuses(page, expected);
    await expect(page.locator('tr[data-plan-id="plan-avery-q4"] .col-day')).not.toHaveText(before ?? '');
    await expect(page.locator('tr[data-plan-id="plan-jamie-ramp"] .col-day')).toHaveText('Starts Nov 23');
    await saveScreenshot(page, testInfo, 'team-as-of-2026-10-20');
  });
});
