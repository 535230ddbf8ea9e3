import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAllData } from '../../src/background/delete-all';
import { savePlan } from '../../src/background/plans';
import { createPlanKey, inviteCodeFor, planKeyFor } from '../../src/ledger-transport/plan-keys';
import {
  hubspotEmailItem,
  hubspotTokenItem,
  readHubSpotCredentials,
  readRememberedSalesforceHost,
  rememberSalesforceHost,
} from '../../src/sync/settings';
import { createTestEnv } from '../support/background-env';
import { samplePlanInput } from '../support/sample-plan';

describe('delete all data', () => {
  it('removes the HubSpot token and email and the remembered Salesforce org with the records', async () => {
    const env = createTestEnv();
    expect((await savePlan(env, 'create', samplePlanInput())).ok).toBe(true);
    await hubspotTokenItem.setValue('pat-na1-11111111-2222-3333-4444-555555555555');
    await hubspotEmailItem.setValue('dana@acme.test');
    await rememberSalesforceHost('acme.my.salesforce.com');

    expect(await deleteAllData(env)).toEqual({ ok: true, deleted: true });

    expect(await env.db.plans.count()).toBe(0);
    expect(await readHubSpotCredentials()).toBeNull();
    expect(await hubspotTokenItem.getValue()).toBeNull();
    expect(await hubspotEmailItem.getValue()).toBeNull();
    expect(await readRememberedSalesforceHost()).toBeNull();
    // Nothing of the token is left anywhere in extension storage, not even its metadata.
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('pat-na1');
    expect(Object.keys(await fakeBrowser.storage.local.get())).not.toContain('hubspotToken$');
  });

  it('forgets every plan key: nothing left here can open the plan logs in the CRM', async () => {
    const env = createTestEnv();
    await createPlanKey('plan-delete-me');
    expect(await inviteCodeFor('plan-delete-me')).not.toBeNull();

    expect(await deleteAllData(env)).toEqual({ ok: true, deleted: true });

    expect(await planKeyFor('plan-delete-me')).toBeNull();
    expect(await inviteCodeFor('plan-delete-me')).toBeNull();
  });
});
