/**
 * The plan editor's lead deep dive: a rep whose leads fell in the 30 days before the plan, with
 * no team in this browser, gets a lead-volume diagnosis against their own past, and the deep dive
 * shows the figures core computes from the same activity.
 */
import { addDays, weekdayOf } from '@onpace/core/calendar';
import { computeOwnHistory, leadDeepDive } from '@onpace/core/diagnosis';
import { type ActivityInput, Activity as ActivitySchema, parsePlan } from '@onpace/core/schemas';
import { openExtensionPage, screenshot } from './extension-pages';
import { expect, test } from './extension-test';
import { SAMPLE_PLAN_ID, sampleBundleText, samplePlan } from './sample-bundle';

/**
 * Weekdays of the 90 days before the plan: 6 leads a day until the last 30 days, then 3 or 4;
 * about one in eight converted the same day; 30 calls a day throughout.
 */
function fallingLeads(start: string): ActivityInput[] {
  const activities: ActivityInput[] = [];
  const recentFrom = addDays(start, -30);
  let n = 0;
  for (let day = addDays(start, -90); day < start; day = addDays(day, 1)) {
    if (weekdayOf(day) > 5) continue;
    n += 1;
    const recent = day >= recentFrom;
    const leads = recent ? 3 + (n % 5 === 0 || n % 5 === 2 ? 1 : 0) : 6;
    const converted = recent ? (n % 5 < 2 ? 1 : 0) : n % 4 === 3 ? 0 : 1;
    for (let k = 0; k < leads; k++) {
      const id = `lead-${day}-${k}`;
      activities.push({
        source: 'hubspot',
        id,
        metric: 'leads_assigned',
        occurredAt: `${day}T09:${10 + k}:00Z`,
      });
      if (k < converted) {
        activities.push({ source: 'hubspot', id, metric: 'leads_converted', occurredAt: `${day}T15:00:00Z` });
      }
    }
    for (let k = 0; k < 30; k++) {
      activities.push({
        source: 'hubspot',
        id: `call-before-${day}-${k}`,
        metric: 'calls',
        occurredAt: `${day}T10:${String(k).padStart(2, '0')}:00Z`,
      });
    }
  }
  return activities;
}

const figure = (value: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value);
const percent = (rate: number) =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(rate);

test('the plan editor shows the lead deep dive of a rep whose lead volume fell', async ({
  context,
  extensionId,
}) => {
  const plan = parsePlan(samplePlan());
  const history = fallingLeads(plan.start);
  const activities = history.map((activity) => ActivitySchema.parse(activity));
  const observedFrom = addDays(plan.start, -90);
  const dive = leadDeepDive(plan, activities, { observedFrom });
  const own = computeOwnHistory(plan, activities, { observedFrom });
  const leadsPerWeek = (part: typeof own.recent) =>
    part.funnel.stages.find((stage) => stage.metric === 'leads_assigned')?.perWeek ?? 0;

  const { page, errors } = await openExtensionPage(context, extensionId, 'options.html');
  await page.locator('[data-onpace="import-bundle"]').setInputFiles({
    name: 'dana.onpace.json',
    mimeType: 'application/json',
    buffer: Buffer.from(sampleBundleText({ activities: history }), 'utf8'),
  });
  const item = page.locator(`[data-plan-id="${SAMPLE_PLAN_ID}"]`);
  await expect(item).toContainText('Dana Reyes — spring plan');
  await item.getByRole('button', { name: 'Edit' }).click();
  const panel = page.getByRole('form', { name: /Edit/ }).getByRole('region', { name: 'Before the plan' });

  // No teammates in this browser: the rep's own last 30 days against the 60 before them.
  const diagnosis = panel.locator('[data-onpace="diagnosis"]');
  await expect(diagnosis).toHaveAttribute('data-cause', 'lead-volume');
  await expect(diagnosis).toContainText(
    `Lead volume fell from ${figure(leadsPerWeek(own.earlier))} to ${figure(leadsPerWeek(own.recent))} a week`,
  );
  await expect(diagnosis).toContainText('while lead conversion held at');
  await expect(panel.locator('[data-onpace="team"]')).toContainText('compared with the 60 before them');

  const deepDive = panel.locator('[data-onpace="lead-deep-dive"]');
  await deepDive.locator('summary', { hasText: 'Lead deep dive' }).click();
  await expect(deepDive.locator('[data-figure="leads-per-week"] dd')).toHaveText(
    figure(dive.leadsPerWeek ?? 0),
  );
  await expect(deepDive.locator('[data-figure="lead-volume-trend"] dd')).toHaveText(
    `${figure(leadsPerWeek(own.recent))} a week, against ${figure(leadsPerWeek(own.earlier))}`,
  );
  const conversion = dive.leadFunnel.conversions.find((c) => c.stage === 'lead-conversion')?.rate ?? 0;
  await expect(deepDive.locator('[data-figure="lead-conversion"] dd')).toContainText(percent(conversion));

  // Every week's numbers behind the chart, as core counts them.
  const rows = deepDive.locator('[data-onpace="weekly-leads"] tbody tr');
  await expect(rows).toHaveCount(dive.weeks.length);
  for (const [index, week] of dive.weeks.entries()) {
    await expect(rows.nth(index).locator('td')).toHaveText([
      String(week.leadsAssigned),
      String(week.leadsConverted),
    ]);
  }
  await expect(deepDive.locator('svg[role="img"]').first()).toBeVisible();
  await expect(deepDive.locator('svg[role="img"] title').first()).toContainText('Leads by week');
  await screenshot(page, 'options-lead-deep-dive');
  expect(errors).toEqual([]);
});
