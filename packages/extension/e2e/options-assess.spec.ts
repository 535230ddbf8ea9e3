/**
 * The plan editor's assessment: with 90 days of the rep's activity before the plan, each target
 * shows its chance of being met under its own rule, the highest goal with a 70 % chance applies in
 * one click, lint findings sit beside their fields, and a plan with an unrealistic target is saved
 * only after a confirm step.
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

test('the plan editor shows each target’s chance, applies a suggested goal, and warns before saving', async ({
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

  // 40 calls on 80 % of days, when no day before the plan reached 40 (28–36): no chance, in words and figures.
  const calls = form.locator('fieldset[data-target-index="0"]');
  const callsBadge = calls.locator('.verdict');
  await expect(callsBadge).toHaveAttribute('data-verdict', 'unrealistic');
  await expect(callsBadge).toHaveAttribute('data-chance', '0');
  await expect(callsBadge).toContainText('0 % chance');
  await expect(callsBadge).toHaveAttribute(
    'title',
    /^You reached 40 calls on 0 of your last \d+ working days \(0 %\)\. This plan needs 40 on 16 of 20 days: no chance/,
  );
  await expect(callsBadge).toHaveAccessibleDescription(/This plan needs 40 on 16 of 20 days/);
  const callsNote = calls.locator('[data-onpace="attainability"]');
  await expect(callsNote).toContainText('28 a day has a 100 % chance.');
  // Nothing of pipeline on 60-odd working days before the plan: its chance is nil, said as such.
  await expect(form.locator('fieldset[data-target-index="2"] .verdict')).toHaveAttribute(
    'data-verdict',
    'unrealistic',
  );
  await expect(form.locator('fieldset[data-target-index="2"] [data-onpace="attainability"]')).toContainText(
    'You averaged 0 of pipeline a working day',
  );

  // The plan lasts 26 days: the advice sits beside the end date.
  await expect(form.locator('[data-field="end"] [data-lint-code="too-short"]')).toContainText(
    'give it at least 30',
  );
  await screenshot(page, 'options-plan-assessment');

  // One click on the highest goal with a 70 % chance: the goal changes and so does the chance.
  const use = callsNote.locator('[data-onpace="use-attainable-goal"]');
  const offered = /^Use (\d+) calls a day$/.exec((await use.textContent()) ?? '')?.[1];
  expect(offered).toBe('28');
  await use.click();
  await expect(form.locator('[data-field="targets[0].goal"] input')).toHaveValue('28');
  await expect(callsBadge).toHaveAttribute('data-verdict', 'realistic');
  await expect(callsBadge).toContainText('100 % chance');
  await expect(use).toHaveCount(0);

  // The suggestions panel applies its own goal (counted over the plan) in one click too.
  const suggestion = panel.locator('[data-suggestion="calls"]');
  const button = suggestion.getByRole('button');
  const goal = /Use (\d+) calls a day/.exec((await button.textContent()) ?? '')?.[1];
  expect(goal).toBeDefined();
  await button.click();
  await expect(form.locator('[data-field="targets[0].goal"] input')).toHaveValue(goal ?? '');
  await expect(callsBadge).toHaveAttribute(
    'title',
    new RegExp(`over its 20 working days \\(${goal ?? ''} a day\\)`),
  );
  await screenshot(page, 'options-plan-assessment-applied');

  // Opps and pipeline are still unrealistic: saving asks first, and saves once confirmed.
  await form.getByRole('button', { name: 'Save plan' }).click();
  const confirm = form.getByRole('alertdialog', { name: 'Unrealistic targets' });
  await expect(confirm).toContainText('2 targets are unlikely to be met');
  await expect(confirm).toContainText('You averaged 0 of pipeline');
  await confirm.getByRole('button', { name: 'Save anyway' }).click();
  await expect(form).toHaveCount(0);
  expect(errors).toEqual([]);
});
