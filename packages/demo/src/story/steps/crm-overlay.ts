/**
 * Shared by the two "rep opens a CRM record" steps: open the page, let the extension sync that
 * CRM (when it can), and check the overlay against core.
 */
import type { Page } from 'playwright-core';
import type { StepOutcome, StoryContext } from '../context.js';
import { describeRows, expectStatusesFromCore, openPanel } from '../overlay.js';
import { syncNow, waitForSync } from '../sync.js';

export interface CrmVisit {
  readonly source: 'salesforce' | 'hubspot';
  readonly label: string;
  readonly url: string;
  readonly recordName: string;
}

const count = (n: number) => new Intl.NumberFormat('en-US').format(n);

async function syncFromCrm(context: StoryContext, page: Page, visit: CrmVisit): Promise<string[]> {
  const { env } = context;
  const worker = env.browser.worker;
  const started = Date.now();
  await syncNow(worker);
  await waitForSync(worker, env.plan.id, visit.source, started);
  const synced = env.crm.expected[visit.source];
  context.counted = [...context.counted, ...synced];
  const requests = env.fakeCrm.requests();
  const hosts = [...new Set(requests.map((entry) => entry.host))].join(', ');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // The background does not push a sync's result to open overlays: the rep's next page view shows it.
  await page.reload();
  return [
    `${visit.label} synced in ${seconds} s: ${count(synced.length)} counted activities of the rep in the plan window`,
    `fake CRM has answered ${requests.length} API requests so far (${hosts})`,
  ];
}

export async function visitCrmRecord(context: StoryContext, visit: CrmVisit): Promise<StepOutcome> {
  const page = await context.env.browser.context.newPage();
  context.current = page;
  context.tabs[visit.source] = page;
  await page.goto(visit.url);
  const lines = [`opened ${visit.url} ("${visit.recordName}")`];
  if (context.sync.ready) lines.push(...(await syncFromCrm(context, page, visit)));
  await openPanel(page);
  const reading = await expectStatusesFromCore(page, context.env.plan, context.counted);
  lines.push(`overlay as of ${reading.asOf} (statuses equal core's evaluatePlan):`, ...describeRows(reading));
  return { page, lines };
}
