/**
 * Everything the story runs against, started in order and closed in reverse: the fake CRM, the
 * dashboard preview, and Chromium with the extension, the CRM record pages served at their real
 * addresses, and the rep signed in to Salesforce (the org's `sid` session cookie).
 */

import type { Plan } from '@onpace/core/schemas';
import type { FakeCrm } from '@onpace/fake-crm';
import { type DemoCrm, demoCrm } from '../data/crm-seed.js';
import { type DemoDates, demoDates } from '../data/dates.js';
import { PLAN_ZONE, REP, SALESFORCE_API_HOST } from '../data/people.js';
import { demoPlan } from '../data/plan.js';
import { hubspotDealPage } from '../pages/hubspot-page.js';
import { recentCalls } from '../pages/page-data.js';
import { salesforceOpportunityPage } from '../pages/salesforce-page.js';
import { type DemoBrowser, launchBrowser, serveHtml } from './browser.js';
import { type DashboardServer, startDashboard } from './dashboard-server.js';
import { startDemoCrm } from './fake-crm.js';
import { type CrmPageUrls, crmPageUrls } from './urls.js';

export interface Environment {
  readonly dates: DemoDates;
  readonly crm: DemoCrm;
  readonly plan: Plan;
  readonly fakeCrm: FakeCrm;
  readonly dashboard: DashboardServer;
  readonly browser: DemoBrowser;
  readonly pages: CrmPageUrls;
  close(): Promise<void>;
}

export interface EnvironmentOptions {
  readonly headless: boolean;
  readonly now?: Date;
}

async function serveCrmPages(browser: DemoBrowser, crm: DemoCrm, pages: CrmPageUrls, nowMs: number) {
  const common = { ownerName: REP.name, timeZone: PLAN_ZONE };
  await serveHtml(
    browser.context,
    pages.salesforce,
    salesforceOpportunityPage({
      ...common,
      record: crm.opportunity,
      recentCalls: recentCalls(crm.expected.salesforce, nowMs),
    }),
  );
  await serveHtml(
    browser.context,
    pages.hubspot,
    hubspotDealPage({ ...common, record: crm.deal, recentCalls: recentCalls(crm.expected.hubspot, nowMs) }),
  );
  // The rep is signed in to Salesforce: the extension reads this session, as it would in real life.
  await browser.context.addCookies([
    {
      name: 'sid',
      value: crm.salesforce.sessionId,
      domain: SALESFORCE_API_HOST,
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'None',
    },
  ]);
}

export async function startEnvironment(options: EnvironmentOptions): Promise<Environment> {
  const dates = demoDates(options.now);
  const crm = demoCrm(dates);
  const plan = demoPlan(dates, crm);
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
  };
  try {
    const fakeCrm = await startDemoCrm(crm);
    closers.push(() => fakeCrm.close());
    const dashboard = await startDashboard();
    closers.push(() => dashboard.close());
    const browser = await launchBrowser({
      headless: options.headless,
      fakeCrmPort: fakeCrm.port,
      dashboardOrigin: new URL(dashboard.url).origin,
    });
    closers.push(() => browser.close());
    const pages = crmPageUrls(crm);
    await serveCrmPages(browser, crm, pages, dates.now.getTime());
    return { dates, crm, plan, fakeCrm, dashboard, browser, pages, close };
  } catch (error) {
    await close();
    throw error;
  }
}
