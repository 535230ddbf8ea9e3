import { computeOwnHistory, diagnose, leadDeepDive } from '@onpace/core/diagnosis';
import { expect, test } from '@playwright/test';
import { demoDataset } from '../src/app/sources';
import { baselineFor, ownHistoryFor } from '../src/model/attainability';
import { saveScreenshot, screenshotPath, watchProblems } from './support';

/** What core says of Sam Patel's leads, computed here in Node from the same seeded demo data. */
function coreFigures() {
  const dataset = demoDataset();
  const data = dataset.plans.find((candidate) => candidate.plan.id === 'plan-sam-pip');
  if (!data) throw new Error('the demo has no plan-sam-pip');
  const { plan } = data;
  const activities = data.activities ?? [];
  const dive = leadDeepDive(plan, activities);
  const history = computeOwnHistory(plan, activities);
  const team = dataset.plans
    .filter((other) => other.plan.rep.id !== plan.rep.id)
    .map((other) => baselineFor(plan, other.activities ?? []));
  const diagnosis = diagnose(baselineFor(plan, activities), team, {
    ownHistory: ownHistoryFor(plan, activities),
  });
  const perWeek = (baseline: typeof history.recent) =>
    baseline.funnel.stages.find((stage) => stage.metric === 'leads_assigned')?.perWeek ?? 0;
  return { dive, recent: perWeek(history.recent), earlier: perWeek(history.earlier), diagnosis };
}

const oneDecimal = (value: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value);
const count = (value: number) => (Number.isInteger(value) ? String(value) : oneDecimal(value));
const percent = (rate: number) => new Intl.NumberFormat('en-US', { style: 'percent' }).format(rate);

test.describe('lead deep dive', () => {
  test('shows Sam Patel’s fall in lead volume, with the figures core computes', async ({
    page,
  }, testInfo) => {
    const problems = watchProblems(page);
    const core = coreFigures();
    // The demo's story, as core reads it: fewer leads, worked as before.
    expect(core.diagnosis.cause.kind).toBe('lead-volume');
    expect(core.recent).toBeLessThan(core.earlier * 0.8);

    await page.goto('/#/plan/plan-sam-pip');
    await expect(page.locator('[data-onpace="diagnosis"]')).toHaveAttribute('data-cause', 'lead-volume');
    await expect(page.locator('[data-onpace="diagnosis"]')).toHaveText(core.diagnosis.summary);

    const section = page.locator('section[data-onpace="lead-deep-dive"]');
    await expect(section.getByRole('heading', { name: 'Lead deep dive' })).toBeVisible();
    await expect(section.locator('[data-figure="leads-per-week"] dd')).toHaveText(
      count(core.dive.leadsPerWeek ?? 0),
    );
    await expect(section.locator('[data-figure="lead-volume-trend"] dd')).toHaveText(
      `${count(core.recent)} a week, against ${count(core.earlier)}`,
    );
    const conversion = core.dive.leadFunnel.conversions.find((c) => c.stage === 'lead-conversion')?.rate ?? 0;
    await expect(section.locator('[data-figure="lead-conversion"] dd')).toContainText(percent(conversion));

    // Weekly lead volume: a chart with an accessible name, and every week's numbers in its table.
    const weekly = section.locator('figure', { hasText: 'Leads by week' });
    await expect(weekly.locator('svg[role="img"] title')).toContainText('Leads by week');
    await expect(weekly.locator('svg rect.bar')).toHaveCount(core.dive.weeks.length * 2);
    const rows = weekly.locator('[data-onpace="weekly-leads"] tbody tr');
    await expect(rows).toHaveCount(core.dive.weeks.length);
    for (const [index, week] of core.dive.weeks.entries()) {
      await expect(rows.nth(index)).toHaveAttribute('data-week', week.start);
      await expect(rows.nth(index).locator('td')).toHaveText([
        String(week.leadsAssigned),
        String(week.leadsConverted),
      ]);
    }

    // Conversion by stage in the lead funnel, each rate as core has it.
    for (const stage of core.dive.leadFunnel.conversions) {
      const row = section.locator(`[data-onpace="lead-conversions"] tr[data-stage="${stage.stage}"]`);
      await expect(row.locator('td').first()).toHaveText(stage.rate === null ? '—' : percent(stage.rate));
    }
    await expect(section.locator('[data-onpace="deal-size"] tbody tr')).toHaveCount(
      core.dive.dealSizeByMonth.length,
    );
    // A chart wherever there is something to draw: weeks, measured stages, months with a deal.
    const measured = (stages: readonly { rate: number | null }[]) =>
      stages.some((stage) => stage.rate !== null);
    const charts =
      1 +
      Number(measured(core.dive.leadFunnel.conversions)) +
      Number(measured(core.dive.activityFunnel.conversions)) +
      Number(core.dive.dealSizeByMonth.some((month) => month.averageDealSize !== null));
    await expect(section.locator('svg[role="img"]')).toHaveCount(charts);

    await section.locator('figure', { hasText: 'Leads by week' }).locator('summary').click();
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, testInfo, 'lead-deep-dive');
    await section.screenshot({ path: screenshotPath('lead-deep-dive-section') });
    expect(problems).toEqual([]);
  });
});
