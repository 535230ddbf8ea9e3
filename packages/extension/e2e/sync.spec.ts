/**
 * The CRM sync in the real built extension (Debian Chromium), against the fake CRM at the real
 * host names: `--host-resolver-rules` sends acme.my.salesforce.com and api.hubapi.com to a local
 * HTTPS server, so the service worker's fetches, the `sid` cookie, headers, status codes and
 * paging are all real. What the extension stores is read straight from its IndexedDB through an
 * extension page and compared with what the fake CRM was seeded with.
 */
import { HUBSPOT_OBJECT_TYPES, SALESFORCE_OBJECT_TYPES } from '@onpace/core/crm';
import type { Plan } from '@onpace/core/schemas';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { FaultInput, SeededQuarter } from '../test/sync/support/fake-crm';
import { planFor, REP_EMAIL } from '../test/sync/support/quarter';
import {
  addSalesforceSession,
  expect,
  expectExact,
  HUBSPOT_PAGE,
  readStore,
  SALESFORCE_API,
  SALESFORCE_PAGE,
  type Stored,
  servePage,
  test,
} from './fake-crm-test';
import { connectHubSpot } from './hubspot-connection';
import { overlay } from './overlay/overlay-locator';

interface ChromeGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    alarms: { create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> };
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  };
}

/** An extension page: the plan goes in through the protocol, the store is read from IndexedDB. */
async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

async function savePlan(page: Page, plan: Plan): Promise<void> {
  const answer = await page.evaluate(
    (input) =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
        type: 'plans/save',
        mode: 'create',
        plan: input,
      }),
    plan,
  );
  expect(answer).toMatchObject({ ok: true });
}

/** Fires the sync's periodic alarm now (and every ten minutes after, as the extension sets it). */
async function fireSyncAlarm(worker: Worker): Promise<void> {
  await worker.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.alarms.create('onpace-sync', {
      when: Date.now(),
      periodInMinutes: 10,
    }),
  );
}

function done(stored: Stored): boolean {
  return (
    stored.syncState.length === 2 &&
    stored.syncState.every(
      (row) => row.fault === null && row.lastSuccessAt !== null && row.sync?.cursor === null,
    )
  );
}

async function setUp(context: BrowserContext, extensionId: string, quarter: SeededQuarter) {
  await addSalesforceSession(context, quarter);
  await connectHubSpot(context, extensionId, quarter.hubspot.token, REP_EMAIL);
  const page = await extensionPage(context, extensionId);
  await savePlan(page, planFor(quarter));
  // The rep works in both CRMs: the scheduled sync reads those with a tab open.
  const salesforceTab = await servePage(context, SALESFORCE_PAGE, 'salesforce-opportunity-record.html');
  await servePage(context, HUBSPOT_PAGE, 'hubspot-deal-record.html');
  return { page, salesforceTab };
}

test.describe('CRM sync in the extension', () => {
  test.setTimeout(90_000);

  test('syncs Salesforce and HubSpot at their real host names: stored counts equal the seeded data', async ({
    context,
    extensionId,
    serviceWorker,
    fake,
  }) => {
    const { page } = await setUp(context, extensionId, fake.quarter);
    await fireSyncAlarm(serviceWorker);
    await expect.poll(async () => done(await readStore(page)), { timeout: 60_000 }).toBe(true);
    await expectExact(page, fake.quarter);
    const requests = fake.crm.requests();
    expect(new Set(requests.map((entry) => entry.host))).toEqual(new Set([SALESFORCE_API, 'api.hubapi.com']));
    expect(requests.filter((entry) => entry.status !== 200)).toEqual([]);

    // A second run with nothing changed asks once per object type: one query per Salesforce
    // object (leads included), one search per HubSpot object (contacts included).
    fake.crm.clearRequests();
    await fireSyncAlarm(serviceWorker);
    await expect
      .poll(() => fake.crm.requests().length, { timeout: 20_000 })
      .toBe(SALESFORCE_OBJECT_TYPES.length + HUBSPOT_OBJECT_TYPES.length);
    await expectExact(page, fake.quarter);
  });

  test('a 429 storm still ends exact, with no duplicates', async ({
    context,
    extensionId,
    serviceWorker,
    fake,
  }) => {
    const search = '/crm/v3/objects/';
    const storm: FaultInput[] = [
      { match: search, kind: '429-secondly', times: 2 },
      { match: search, kind: '429-retry-after', retryAfterSeconds: 1, skip: 3, times: 1 },
      { match: search, kind: '429-secondly', skip: 5, times: 1 },
      { match: search, kind: '500', status: 503, skip: 7, times: 1 },
      { match: '/services/data/', kind: '500', skip: 2, times: 1 },
    ];
    fake.crm.setFaults(storm);
    const { page } = await setUp(context, extensionId, fake.quarter);
    await fireSyncAlarm(serviceWorker);
    await expect.poll(async () => done(await readStore(page)), { timeout: 60_000 }).toBe(true);
    expect(fake.crm.pendingFaults()).toEqual([]);
    expect(fake.crm.requests().filter((entry) => entry.status === 429).length).toBe(4);
    const stored = await expectExact(page, fake.quarter);
    const keys = stored.activities.map((row) => `${row.source}|${row.id}|${row.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('a worker killed mid-sync resumes from its checkpoint and ends exact', async ({
    context,
    extensionId,
    serviceWorker,
    fake,
  }) => {
    // The fourth Salesforce request (the third Task page) answers late: time to stop the worker.
    fake.crm.setFaults([{ match: '/services/data/', kind: 'delay', delayMs: 4_000, skip: 3, times: 1 }]);
    const { page } = await setUp(context, extensionId, fake.quarter);
    await fireSyncAlarm(serviceWorker);
    await expect.poll(() => fake.crm.requests().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);

    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stopped = await readStore(page);
    const salesforce = stopped.syncState.find((row) => row.source === 'salesforce');
    expect(salesforce?.sync?.cursor).toMatchObject({ kind: 'full', objectIndex: 0 });
    expect(salesforce?.lastSuccessAt).toBeNull();

    // Any event restarts the worker (here: the popup asking the background for its view); at
    // start it resumes the pass it finds in flight, from its last committed page.
    await page.reload();
    const salesforceDone = async () =>
      (await readStore(page)).syncState.find((row) => row.source === 'salesforce')?.lastSuccessAt ?? null;
    await expect.poll(salesforceDone, { timeout: 30_000 }).not.toBeNull();
    // Each object type was queried once from its start: the pass went on, it did not restart.
    const fresh = fake.crm
      .requests()
      .filter(
        (entry) =>
          entry.path.endsWith('/queryAll') && !decodeURIComponent(entry.query).includes('SystemModstamp >='),
      );
    expect(fresh.length).toBe(SALESFORCE_OBJECT_TYPES.length);

    // HubSpot had not started when the worker stopped: the next scheduled run reads it.
    await fireSyncAlarm(serviceWorker);
    await expect.poll(async () => done(await readStore(page)), { timeout: 60_000 }).toBe(true);
    await expectExact(page, fake.quarter);
  });

  test('an expired session shows its state and keeps all stored activity', async ({
    context,
    extensionId,
    serviceWorker,
    fake,
  }) => {
    const { page, salesforceTab } = await setUp(context, extensionId, fake.quarter);
    await fireSyncAlarm(serviceWorker);
    await expect.poll(async () => done(await readStore(page)), { timeout: 60_000 }).toBe(true);
    const before = await readStore(page);

    fake.crm.setFaults([{ match: '/services/data/', kind: 'expired-session', times: 100 }]);
    await fireSyncAlarm(serviceWorker);
    await expect
      .poll(
        async () => (await readStore(page)).syncState.find((row) => row.source === 'salesforce')?.fault?.code,
        {
          timeout: 20_000,
        },
      )
      .toBe('session-expired');
    const after = await readStore(page);
    expect(after.activities).toEqual(before.activities);
    await expectExact(page, fake.quarter);

    // The overlay's sync dot says what to do.
    await salesforceTab.reload();
    await overlay(salesforceTab).getByTestId('onpace-badge').click();
    const dot = overlay(salesforceTab).locator('[data-sync="attention"]');
    await expect
      .poll(() => dot.getAttribute('aria-label'))
      .toMatch(/Salesforce session expired — reload the Salesforce tab/);
  });
});
