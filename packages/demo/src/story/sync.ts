/**
 * The CRM sync, driven the way the extension's own schedule drives it (e2e/sync.spec.ts in the
 * extension): its alarm fired now instead of within ten minutes, while the CRM tab is open. The
 * demo uses it only when this build of the extension runs it; otherwise the plan file carries
 * the rep's CRM activity, and the story says so.
 */
import type { Page, Worker } from 'playwright-core';
import { eventually, fail, Hopeless, pass } from './eventually.js';
import { type SyncStateRow, syncStateRows } from './extension-store.js';

export const SYNC_ALARM = 'onpace-sync';

export type SyncReadiness = { readonly ready: true } | { readonly ready: false; readonly reason: string };

/** The `chrome` of the service worker, typed as far as this file uses it. */
interface WorkerChrome {
  chrome: {
    alarms?: {
      get(name: string): Promise<{ name: string } | undefined>;
      create(name: string, info: { when: number; periodInMinutes: number }): Promise<void>;
    };
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  };
}

/** Ready when the background registered the sync's alarm at start (src/sync/start.ts). */
export async function syncReadiness(worker: Worker, timeoutMs = 5_000): Promise<SyncReadiness> {
  const probe = () =>
    worker.evaluate(async (alarm) => {
      const { chrome } = globalThis as unknown as WorkerChrome;
      if (!chrome.alarms) return 'no-alarms-permission';
      return (await chrome.alarms.get(alarm)) ? 'ready' : 'no-alarm';
    }, SYNC_ALARM);
  const deadline = Date.now() + timeoutMs;
  let state = await probe();
  while (state === 'no-alarm' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    state = await probe();
  }
  if (state === 'ready') return { ready: true };
  return {
    ready: false,
    reason:
      state === 'no-alarms-permission'
        ? 'the built extension has no `alarms` permission (no CRM sync in this build)'
        : `the background registered no "${SYNC_ALARM}" alarm (startSync() not running)`,
  };
}

/**
 * Connects HubSpot as the rep does, on the options page (Connections): the token goes where the
 * extension keeps secrets, out of reach of its content scripts, so the demo types it like anyone.
 */
export async function connectHubSpot(options: Page, token: string, email: string): Promise<void> {
  const hubspot = options.locator('[data-connection="hubspot"]');
  await options.getByLabel('Private-app access token').fill(token);
  await options.getByLabel('Your HubSpot login email').fill(email);
  await hubspot.getByRole('button', { name: 'Save' }).click();
  await hubspot.locator('[data-token]').getByText('✓ saved').waitFor({ timeout: 10_000 });
}

/** Fires the scheduled sync now; it reads the CRMs that have a tab open. */
export async function syncNow(worker: Worker): Promise<void> {
  await worker.evaluate(
    (alarm) =>
      (globalThis as unknown as WorkerChrome).chrome.alarms?.create(alarm, {
        when: Date.now(),
        periodInMinutes: 10,
      }),
    SYNC_ALARM,
  );
}

const describe = (row: SyncStateRow | undefined) =>
  row
    ? `${row.source}: last success ${row.lastSuccessAt ?? 'never'}, ${row.sync?.cursor == null ? 'no pass in flight' : 'a pass in flight'}`
    : 'no sync state yet';

/** Waits for a finished pass of `source` for the plan that succeeded after `sinceMs`; a fault fails at once. */
export async function waitForSync(
  worker: Worker,
  planId: string,
  source: 'salesforce' | 'hubspot',
  sinceMs: number,
  timeoutMs = 90_000,
): Promise<SyncStateRow> {
  return eventually(
    `the ${source} sync of ${planId} to finish`,
    async () => {
      const row = (await syncStateRows(worker)).find((r) => r.planId === planId && r.source === source);
      if (row?.fault)
        throw new Hopeless(`the ${source} sync reported "${row.fault.code}": ${row.fault.message}`);
      const done =
        row !== undefined &&
        row.lastSuccessAt !== null &&
        Date.parse(row.lastSuccessAt) >= sinceMs - 1_000 &&
        row.sync?.cursor == null;
      return done ? pass(row) : fail(describe(row));
    },
    { timeoutMs, intervalMs: 300 },
  );
}
