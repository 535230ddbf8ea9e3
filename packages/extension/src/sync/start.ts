/**
 * The sync in the extension's background: the browser's fetch, cookies, tabs, alarms and storage
 * wired into the engine. The background calls `startSync()` once, synchronously, when its worker
 * starts, and keeps the handle (handle.ts) for the pages' "sync now" and connection checks.
 */
import { browser } from 'wxt/browser';
import { HUBSPOT_MATCHES } from '../crm-adapters/hubspot/hosts';
import { SALESFORCE_MATCHES } from '../crm-adapters/salesforce/hosts';
import { OnPaceDb } from '../storage/db';
import { readSettings } from '../storage/settings';
import { realClock } from './clock';
import { createSyncEngine } from './create-engine';
import { DexieSyncStore } from './dexie-store';
import { createSyncHandle, type SyncHandle } from './handle';
import { salesforceApiHost } from './salesforce/host';
import { cookieSessionProvider } from './salesforce/session';
import { createScheduler, type OpenCrmTabs } from './schedule';
import { readHubSpotCredentials, readRememberedSalesforceHost, rememberSalesforceHost } from './settings';

export interface StartSyncOptions {
  /** The background's database; a new connection to the same database when not given. */
  readonly db?: OnPaceDb;
  /** Called after the sync changed what the overlay shows (the background's change notifier). */
  readonly changed?: () => void;
}

export type { SyncHandle } from './handle';

const SALESFORCE_TABS = [...SALESFORCE_MATCHES, 'https://*.my.salesforce.com/*'];

async function openCrmTabs(): Promise<OpenCrmTabs> {
  const [salesforce, hubspot] = await Promise.all([
    browser.tabs.query({ url: SALESFORCE_TABS }),
    browser.tabs.query({ url: [...HUBSPOT_MATCHES] }),
  ]);
  const hosts = salesforce
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .flatMap((tab) => {
      const host = tab.url === undefined ? null : salesforceApiHost(new URL(tab.url).hostname);
      return host === null ? [] : [host];
    });
  return { salesforceApiHosts: [...new Set(hosts)], hubspot: hubspot.length > 0 };
}

/** The org of the Salesforce tab used last, remembered; else the one remembered before. */
async function currentSalesforceHost(): Promise<string | null> {
  const [host] = (await openCrmTabs()).salesforceApiHosts;
  if (host === undefined) return readRememberedSalesforceHost();
  await rememberSalesforceHost(host);
  return host;
}

export function startSync(options: StartSyncOptions = {}): SyncHandle {
  const db = options.db ?? new OnPaceDb();
  const store = new DexieSyncStore({
    db,
    now: () => new Date(),
    ...(options.changed === undefined ? {} : { changed: options.changed }),
  });
  const sessions = cookieSessionProvider({
    get: async (details) => (await browser.cookies.get(details)) ?? null,
    getAll: (details) => browser.cookies.getAll(details),
  });
  const { engine, http } = createSyncEngine({
    fetch: (url, init) => fetch(url, init),
    clock: realClock,
    store,
    scope: async () => {
      const { role, myPlanId } = await readSettings();
      return { role, myPlanId };
    },
    salesforce: { sessions, apiHost: currentSalesforceHost },
    hubspot: { credentials: readHubSpotCredentials },
  });
  const scheduler = createScheduler({
    alarms: {
      get: async (name) => (await browser.alarms.get(name)) ?? undefined,
      create: (name, info) => browser.alarms.create(name, info),
      onAlarm: browser.alarms.onAlarm,
    },
    openCrmTabs,
    run: (runOptions) => engine.run(runOptions),
    now: () => Date.now(),
    log: (message) => console.warn(message),
  });
  scheduler.listen();
  void scheduler.ensureAlarm();
  // A worker stopped mid-sync left a cursor: go on from it now (nothing to do costs no request).
  void scheduler
    .run({ trigger: 'resume' })
    .catch((error: unknown) => console.warn('[OnPace] resume failed', error));
  return createSyncHandle({
    run: (runOptions) => scheduler.run(runOptions),
    http,
    sessions,
    salesforceHost: currentSalesforceHost,
    now: () => Date.now(),
  });
}
