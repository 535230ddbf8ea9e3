/**
 * The plan editor's assessment (issue 6): with 90 days of the rep's activity before the plan,
 * each target gets an attainability badge, lint findings sit beside their fields, and a suggested
 * target is applied in one click.
 */
import { addDays, weekdayOf } from '@onpace/core/calendar';
import type { ActivityInput } from '@onpace/core/schemas';
import { openExtensionPage, screenshot } from './extension-pages';
import { expect, test } from './extension-test';
import { SAMPLE_PLAN_ID, sampleBundle, sampleBundleText, samplePlan } from './sample-bundle';

/** Weekday calls over the 90 days before the plan: 28, 30, 32, 34, 36 in turn (median 32). */
function prePlanCalls(start: string): ActivityInput[] {
  const activities: ActivityInput[] = [];
  let n = 0;
  for (let day = addDays(start, -90); day < start; day = addDays(day, 1)) {
    if (weekdayOf(day) > 5) continue;
    const count = 28 + (n++ % 5) * 2;
    for (let k = 0; k < count; k++) {
      activities.push({
        source: 'hubspot',
        id: `pre-call-${day}-${k}`,
        metric: 'calls',
        occurredAt: `${day}T09:${String(k).padStart(2, '0')}:00Z`,
      });
    }
  }
  return activities;
}

test('the plan editor shows badges, lint beside fields, and applies a suggestion', async ({
  context,
  extensionId,
}) => {
  const plan = samplePlan();
  const bundle = sampleBundle();
  const text = sampleBundleText({ activities: [...prePlanCalls(plan.start), ...(bundle.activities ?? [])] });
  const { page, errors } = await openExtensionPage(context, extensionId, 'options.html');
  await page.locator('[data-onpace="import-bundle"]').setInputFiles({
    name: 'dana.onpace.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  const item = page.locator(`[data-plan-id="${SAMPLE_PLAN_ID}"]`);
  await expect(item).toContainText('Dana Reyes — spring plan');
  await item.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: /Edit/ });

  // The diagnosis, in plain words, with the baseline it rests on and the team note (no teammates here).
  const panel = form.getByRole('region', { name: 'Before the plan' });
  await expect(panel.locator('[data-onpace="diagnosis"]')).not.toBeEmpty();
  await expect(panel.locator('[data-onpace="baseline"]')).toContainText('business days with data');
  await expect(panel.locator('[data-onpace="team"]')).toContainText('needs at least 3');

  // 40 calls a day is above every day before the plan (p90 about 36): a badge with its figures.
  const callsBadge = form.locator('fieldset[data-target-index="0"] .verdict');
  await expect(callsBadge).toHaveAttribute('data-verdict', 'unrealistic');
  await expect(callsBadge).toHaveAttribute('title', /Needs 40 calls a day.*90th-percentile day/);
  await expect(callsBadge).toHaveAccessibleDescription(/Needs 40 calls a day/);
  // Nothing of pipeline before the plan: no verdict, said calmly.
  await expect(form.locator('fieldset[data-target-index="2"] .verdict')).toHaveAttribute(
    'data-verdict',
    'no-data',
  );

  // The plan lasts 26 days: the advice sits beside the end date.
  await expect(form.locator('[data-field="end"] [data-lint-code="too-short"]')).toContainText(
    'give it at least 30',
  );
  await screenshot(page, 'options-plan-assessment');

  // Apply the suggested calls target: its goal replaces the one in the form.
  const suggestion = panel.locator('[data-suggestion="calls"]');
  const button = suggestion.getByRole('button');
  const goal = /Use (\d+) calls a day/.exec((await button.textContent()) ?? '')?.[1];
  expect(goal).toBeDefined();
  await button.click();
  await expect(form.locator('[data-field="targets[0].goal"] input')).toHaveValue(goal ?? '');
  await expect(callsBadge).toHaveAttribute('title', new RegExp(`Needs ${goal} calls a day`));
  await screenshot(page, 'options-plan-assessment-applied');
  expect(errors).toEqual([]);
});
