import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSummary } from '../../src/background/sync-summary';
import { OnPaceDb } from '../../src/storage/db';
import { DexieSyncStore } from '../../src/sync/dexie-store';
import {
  clearSyncSettings,
  hubspotEmailItem,
  hubspotTokenItem,
  readHubSpotCredentials,
  readRememberedSalesforceHost,
  rememberSalesforceHost,
} from '../../src/sync/settings';
import type { FakeCrm } from './support/fake-crm';
import { counted, engineFor, normalize, planFor, startSeededCrm } from './support/harness';

let crm: FakeCrm | undefined;
afterEach(async () => {
  await crm?.close();
  crm = undefined;
});

describe('the sync on the extension database', () => {
  it('stores exact counts, keeps the rollup cache in step, and shows a fault on the overlay dot', async () => {
    const started = await startSeededCrm({ pageSize: 500 });
    crm = started.crm;
    const { quarter } = started;
    const plan = planFor(quarter);
    const db = new OnPaceDb('onpace-sync-dexie');
    await db.plans.put(plan);
    let changes = 0;
    const store = new DexieSyncStore({ db, now: () => new Date(), changed: () => changes++ });
    let sid = quarter.salesforce.sessionId;
    const { engine } = engineFor({ ...started, store, sessionId: () => sid });

    const report = await engine.run({ trigger: 'manual' });
    expect(report.results.map((result) => result.outcome.kind)).toEqual(['synced', 'synced']);
    const rows = await db.activities.toArray();
    expect(counted(rows, 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
    expect(counted(rows, 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
    expect(rows.every((row) => row.repId === plan.rep.id)).toBe(true);
    const rollup = await db.rollups.get(plan.id);
    expect(rollup?.activityCount).toBe(rows.filter((row) => row.deleted !== true).length);
    expect(changes).toBeGreaterThan(0);
    expect(syncSummary(await db.syncState.where('planId').equals(plan.id).toArray())).toMatchObject({
      state: 'ok',
    });

    sid = 'expired';
    await engine.run({ trigger: 'manual', sources: ['salesforce'] });
    expect(await db.activities.count()).toBe(rows.length);
    expect(syncSummary(await db.syncState.where('planId').equals(plan.id).toArray())).toMatchObject({
      state: 'attention',
      message:
        'Salesforce session expired — reload the Salesforce tab (log in again if asked) and OnPace syncs again.',
    });
  }, 60_000);
});

describe('sync settings', () => {
  it('reads a HubSpot token only when it looks like one, and clears everything', async () => {
    fakeBrowser.reset();
    expect(await readHubSpotCredentials()).toBeNull();
    await hubspotTokenItem.setValue('pat na1 with spaces');
    expect(await readHubSpotCredentials()).toBeNull();
    await hubspotTokenItem.setValue(' pat-na1-00000000-0000-4000-8000-000000000000 ');
    await hubspotEmailItem.setValue('not an email');
    expect(await readHubSpotCredentials()).toEqual({
      token: 'pat-na1-00000000-0000-4000-8000-000000000000',
      email: null,
    });
    await rememberSalesforceHost('acme.my.salesforce.com');
    await rememberSalesforceHost('evil.example.com');
    expect(await readRememberedSalesforceHost()).toBe('acme.my.salesforce.com');
    await clearSyncSettings();
    expect(await readHubSpotCredentials()).toBeNull();
    expect(await readRememberedSalesforceHost()).toBeNull();
  });
});
