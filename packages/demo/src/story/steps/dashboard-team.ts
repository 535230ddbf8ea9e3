/**
 * The manager opens the web dashboard (vite preview of the production build): the team table of
 * the built-in demo team. The extension answers no page until its user approves it, so the
 * dashboard asks, the user approves its address on the extension's options page (Dashboard
 * access) as anyone would, and the dashboard then pulls the extension's plans.
 */
import type { Page } from 'playwright-core';
import type { Environment } from '../../env/environment.js';
import type { Step } from '../context.js';
import { eventually, fail, pass } from '../eventually.js';
import { openExtensionPage } from '../extension-pages.js';

/** Options page, Dashboard access: approve the address that is waiting (the dashboard's). */
async function approveDashboard(env: Environment, dashboard: Page): Promise<string> {
  const origin = new URL(env.dashboard.url).origin;
  const options = await openExtensionPage(env.browser, 'options.html');
  const approve = options.getByRole('button', { name: `Approve ${origin}` });
  await approve.waitFor({ state: 'visible', timeout: 10_000 });
  await approve.click();
  await options
    .getByRole('list', { name: 'Approved addresses' })
    .getByText(origin)
    .waitFor({ timeout: 10_000 });
  await options.close();
  await dashboard.bringToFront();
  await dashboard.getByRole('button', { name: 'Pull again' }).click();
  return origin;
}

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
    await eventually(
      'the dashboard to ask the extension',
      async () => {
        const value = await extension.getAttribute('data-state');
        return value === 'not-approved' ? pass(value) : fail(value ?? 'no extension status');
      },
      { timeoutMs: 15_000 },
    );
    const approved = await approveDashboard(env, page);
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
        `extension options: the dashboard asked, and ${approved} was approved under Dashboard access`,
        `extension bridge: ${state} ("${(await extension.locator('.extension-line').textContent())?.trim()}")`,
      ],
    };
  },
};
