/**
 * The manager opens the web dashboard (vite preview of the production build): the team table of
 * the built-in demo team, and the dashboard found the extension in this browser and pulled its plans.
 */
import type { Step } from '../context.js';
import { eventually, fail, pass } from '../eventually.js';

export const dashboardTeam: Step = {
  slug: 'dashboard-team',
  title: 'The dashboard shows the team',
  async run(context) {
    const { env } = context;
    const page = await env.browser.context.newPage();
    context.current = page;
    const url = `${env.dashboard.url}?data=demo#/`;
    await page.goto(url);
    const table = page.locator('table[data-onpace="team-table"]');
    await table.waitFor({ state: 'visible', timeout: 20_000 });
    const rows = await eventually(
      'rows in the team table',
      async () => {
        const count = await table.locator('tr[data-plan-id][data-status]').count();
        return count > 0 ? pass(count) : fail('an empty table');
      },
      { timeoutMs: 10_000 },
    );
    const extension = page.locator('[data-onpace="extension-status"]');
    const state = await eventually(
      'the dashboard to pull from the extension',
      async () => {
        const value = await extension.getAttribute('data-state');
        return value === 'pulled' ? pass(value) : fail(value ?? 'no extension status');
      },
      { timeoutMs: 15_000 },
    );
    const statuses = await table
      .locator('tr[data-plan-id]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-status') ?? ''));
    return {
      page,
      lines: [
        `${url}: the demo team, ${rows} plans (statuses: ${[...new Set(statuses)].join(', ')})`,
        `extension bridge: ${state} ("${(await extension.locator('.extension-line').textContent())?.trim()}")`,
      ],
    };
  },
};
