/**
 * The fixture of the specs that sync against the fake CRM (sync, connections): a seeded fake CRM
 * on a local HTTPS port, and a browser whose `--host-resolver-rules` send acme.my.salesforce.com
 * and api.hubapi.com to it, so the service worker's fetches, the `sid` cookie, headers, status
 * codes and paging are all real. What the extension stores is read straight from its IndexedDB
 * through an extension page.
 */
import { readFile } from 'node:fs/promises';
import type { Activity } from '@onpace/core/schemas';
import type { BrowserContext, Page } from '@playwright/test';
import { type FakeCrm, type SeededQuarter, seedQuarter, startFakeCrm } from '../test/sync/support/fake-crm';
import { counted, normalize, REP_EMAIL } from '../test/sync/support/quarter';
import { test as base, expect, launchExtensionContext } from './extension-test';

export const SALESFORCE_API = 'acme.my.salesforce.com';
export const SALESFORCE_PAGE =
  'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcDAAS/view';
export const HUBSPOT_PAGE = 'https://app.hubspot.com/contacts/8727216/record/0-3/9000000001';
/** Hosts the fake answers for; every other request of the browser is refused. */
const CRM_API_HOSTS = new Set([SALESFORCE_API, 'api.hubapi.com']);

export interface SyncStateRow {
  readonly planId: string;
  readonly source: 'salesforce' | 'hubspot';
  readonly lastSuccessAt: string | null;
  readonly fault: { code: string; message: string } | null;
  readonly sync?: { cursor: unknown };
}

export interface Stored {
  readonly activities: Activity[];
  readonly syncState: SyncStateRow[];
}

export const test = base.extend<{ fake: { crm: FakeCrm; quarter: SeededQuarter } }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  fake: async ({}, use) => {
    const quarter = seedQuarter({
      email: REP_EMAIL,
      start: '2026-01-05',
      days: 28,
      timeZone: 'America/New_York',
    });
    // Small Salesforce pages so a sync takes several; HubSpot's real search limit stays on.
    const crm = await startFakeCrm({ port: 0, seed: quarter, pageSize: 200, searchRequestsPerSecond: 5 });
    await use({ crm, quarter });
    await crm.close();
  },
  // The shared fixture's launch, plus the CRM host names mapped to the fake.
  context: async ({ fake }, use) => {
    const port = fake.crm.port;
    const { context, close } = await launchExtensionContext([
      `--host-resolver-rules=MAP *.my.salesforce.com 127.0.0.1:${port}, MAP api.hubapi.com 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ]);
    await context.route(
      (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !CRM_API_HOSTS.has(url.hostname),
      (route) => route.abort('blockedbyclient'),
    );
    await use(context);
    await close();
  },
});

export { expect };

/** Serves a fixture page at a real CRM address and opens it in a new tab. */
export async function servePage(context: BrowserContext, url: string, fixture: string): Promise<Page> {
  const body = await readFile(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8');
  await context.route(
    (candidate) => candidate.href === url,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The browser logged in to the fake's Salesforce org: its `sid` cookie on the My Domain host. */
export async function addSalesforceSession(context: BrowserContext, quarter: SeededQuarter): Promise<void> {
  await context.addCookies([
    {
      name: 'sid',
      value: quarter.salesforce.sessionId,
      domain: SALESFORCE_API,
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'None',
    },
  ]);
}

/** Activities and sync state as the extension stored them, read from its IndexedDB. */
export function readStore(page: Page): Promise<Stored> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('onpace');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const stored = {
      activities: await all<Activity>('activities'),
      syncState: await all<SyncStateRow>('syncState'),
    };
    db.close();
    return stored;
  });
}

/** The stored activity of each CRM equals what the fake was seeded with, exactly. */
export async function expectExact(
  page: Page,
  quarter: SeededQuarter,
  sources: readonly ('salesforce' | 'hubspot')[] = ['salesforce', 'hubspot'],
): Promise<Stored> {
  const stored = await readStore(page);
  for (const source of sources) {
    expect(counted(stored.activities, source, quarter)).toEqual(normalize(quarter.expected[source]));
  }
  return stored;
}
