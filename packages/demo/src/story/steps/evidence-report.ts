/**
 * The dashboard's own plans (pulled from the extension): Jordan's row in the team table, then the
 * plan's printable evidence report, with the check-in and the shared note written in the popup.
 */
import { REP } from '../../data/people.js';
import type { Step } from '../context.js';
import { coachingFor } from './coaching.js';

export const evidenceReport: Step = {
  slug: 'evidence-report',
  title: 'The dashboard shows the plan and its evidence report',
  async run(context) {
    const { env } = context;
    const page = await env.browser.context.newPage();
    context.current = page;
    const team = `${env.dashboard.url}?data=mine#/`;
    await page.goto(team);
    const row = page.locator(`table[data-onpace="team-table"] tr[data-plan-id="${env.plan.id}"]`);
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    const rowStatus = await row.getAttribute('data-status');

    const url = `${env.dashboard.url}?data=mine#/report/${encodeURIComponent(env.plan.id)}`;
    await page.goto(url);
    const report = page.locator(`[data-onpace="evidence-report"][data-plan-id="${env.plan.id}"]`);
    await report.waitFor({ state: 'visible', timeout: 20_000 });
    await report.getByRole('heading', { name: `Evidence report: ${REP.name}` }).waitFor({ timeout: 10_000 });
    const words = coachingFor(context);
    await report.getByText(words.question).waitFor({ timeout: 10_000 });
    await report.getByText(words.answer, { exact: false }).waitFor({ timeout: 10_000 });
    await report.getByText(words.note, { exact: false }).waitFor({ timeout: 10_000 });
    await report.getByText(new RegExp(`Revision 1 acknowledged by ${REP.name}`)).waitFor({ timeout: 10_000 });
    const targets = await report
      .locator('tr[data-target-id][data-status]')
      .evaluateAll((elements) =>
        elements.map(
          (element) => `${element.getAttribute('data-target-id')} ${element.getAttribute('data-status')}`,
        ),
      );
    return {
      page,
      lines: [
        `${team}: ${REP.name}'s plan, ${rowStatus} at the end of today (the dashboard's as-of)`,
        `${url}: evidence report (${targets.join(', ')}) with the acknowledgment, the check-in with the rep's answer and the shared note`,
      ],
    };
  },
};
