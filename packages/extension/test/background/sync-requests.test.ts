import { afterEach, describe, expect, it } from 'vitest';
import { handleRequest } from '../../src/background/handle-request';
import { parseResponse } from '../../src/messaging/protocol';
import { hubspotTokenItem, rememberSalesforceHost } from '../../src/sync/settings';
import { createTestEnv, HUBSPOT_SENDER, PAGE_SENDER } from '../support/background-env';
import { createSyncTestEnv, type SyncTestEnv } from '../support/sync-env';
import { counted, normalize, SALESFORCE_API_HOST } from '../sync/support/harness';

let running: SyncTestEnv | undefined;
afterEach(async () => {
  await running?.crm.close();
  running = undefined;
});

async function started(options?: Parameters<typeof createSyncTestEnv>[0]): Promise<SyncTestEnv> {
  running = await createSyncTestEnv(options);
  return running;
}

async function status(setup: Pick<SyncTestEnv, 'env'>) {
  const response = parseResponse(
    'sync/status',
    await handleRequest({ type: 'sync/status' }, PAGE_SENDER, setup.env),
  );
  if (!response.ok) throw new Error(response.error);
  return response.status;
}

async function syncNow(setup: Pick<SyncTestEnv, 'env'>) {
  return parseResponse('sync/now', await handleRequest({ type: 'sync/now' }, PAGE_SENDER, setup.env));
}

describe('sync/status', () => {
  it('is off for both CRMs in a fresh browser, with nothing set up', async () => {
    const env = createTestEnv();
    expect(await status({ env })).toEqual({
      salesforce: {
        source: 'salesforce',
        state: 'off',
        lastSyncedAt: null,
        fault: null,
        notice: null,
        apiUsage: null,
        apiHost: null,
      },
      hubspot: {
        source: 'hubspot',
        state: 'off',
        lastSyncedAt: null,
        fault: null,
        notice: null,
        apiUsage: null,
        tokenSet: false,
        email: null,
      },
    });
  });
});

describe('sync/now', () => {
  it('answers that the sync is not running when none is attached, as a value', async () => {
    expect(await syncNow({ env: createTestEnv() })).toMatchObject({ ok: false, code: 'internal' });
  });

  it('is refused to a CRM page', async () => {
    const setup = await started();
    const response = await handleRequest({ type: 'sync/now' }, HUBSPOT_SENDER, setup.env);
    expect(response).toMatchObject({ ok: false, code: 'forbidden' });
    expect(setup.crm.requests()).toEqual([]);
  });

  it('syncs both CRMs into the background database, counts exact, and the status follows', async () => {
    const setup = await started();
    const changesBefore = setup.env.changes();
    const response = await syncNow(setup);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const [salesforce, hubspot] = response.summary.sources;
    expect(salesforce).toMatchObject({
      source: 'salesforce',
      ok: true,
      outcome: 'synced',
      message: null,
      plans: 1,
    });
    expect(hubspot).toMatchObject({
      source: 'hubspot',
      ok: true,
      outcome: 'synced',
      message: null,
      plans: 1,
    });
    const rows = await setup.env.db.activities.toArray();
    expect(counted(rows, 'salesforce', setup.quarter)).toEqual(normalize(setup.quarter.expected.salesforce));
    expect(counted(rows, 'hubspot', setup.quarter)).toEqual(normalize(setup.quarter.expected.hubspot));
    expect((salesforce?.written ?? 0) + (hubspot?.written ?? 0)).toBe(rows.length);
    expect(salesforce?.requests).toBeGreaterThan(0);
    // The sync writes through the background's notifier: the overlays get the new figures.
    expect(setup.env.changes()).toBeGreaterThan(changesBefore);

    const after = await status(setup);
    expect(after.salesforce).toMatchObject({ state: 'ok', fault: null, apiHost: null });
    expect(after.salesforce.lastSyncedAt).not.toBeNull();
    expect(after.salesforce.apiUsage).toMatchObject({ used: expect.any(Number), max: expect.any(Number) });
    expect(after.hubspot).toMatchObject({ state: 'ok', tokenSet: true, email: 'riley.rep@acme.test' });
    expect(after.hubspot.apiUsage).not.toBeNull();
    // Never a credential in an answer.
    expect(JSON.stringify(after)).not.toContain(setup.quarter.hubspot.token);
    expect(JSON.stringify(response)).not.toContain(setup.quarter.salesforce.sessionId);
  }, 60_000);

  it('answers a fault as a value per CRM, and the status shows it in words', async () => {
    const setup = await started();
    setup.setSessionId('00Dexpired!session');
    const response = await syncNow(setup);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.summary.sources[0]).toMatchObject({
      source: 'salesforce',
      ok: false,
      outcome: 'fault',
      message: expect.stringMatching(/^Salesforce session expired — reload the Salesforce tab/),
    });
    expect(response.summary.sources[1]).toMatchObject({ source: 'hubspot', ok: true, outcome: 'synced' });
    const after = await status(setup);
    expect(after.salesforce).toMatchObject({ state: 'attention', fault: { code: 'session-expired' } });
    expect(after.hubspot.state).toBe('ok');
  }, 60_000);

  it('says why nothing was synced: no plan, no token', async () => {
    const setup = await started({ withPlan: false, withHubSpot: false });
    const response = await syncNow(setup);
    expect(response).toMatchObject({
      ok: true,
      summary: {
        sources: [
          {
            source: 'salesforce',
            ok: true,
            outcome: 'skipped',
            message: expect.stringMatching(/^No plan to sync/),
          },
          {
            source: 'hubspot',
            ok: true,
            outcome: 'skipped',
            message: expect.stringMatching(/^No plan to sync/),
          },
        ],
      },
    });
    expect(setup.crm.requests()).toEqual([]);
  });

  it('skips HubSpot without a token, and a removed token turns its old fault off', async () => {
    const setup = await started();
    await hubspotTokenItem.setValue('pat-na1-not-the-right-one');
    const first = await syncNow(setup);
    expect(first).toMatchObject({
      ok: true,
      summary: { sources: [{ outcome: 'synced' }, { source: 'hubspot', ok: false, outcome: 'fault' }] },
    });
    expect((await status(setup)).hubspot).toMatchObject({
      state: 'attention',
      fault: { message: expect.stringMatching(/^HubSpot refused the access token/) },
    });

    await hubspotTokenItem.removeValue();
    const second = await syncNow(setup);
    expect(second).toMatchObject({
      ok: true,
      summary: {
        sources: [
          { source: 'salesforce' },
          {
            source: 'hubspot',
            outcome: 'skipped',
            message: 'Not synced: no HubSpot token in OnPace options.',
          },
        ],
      },
    });
    expect((await status(setup)).hubspot).toMatchObject({ state: 'off', fault: null, tokenSet: false });
  }, 60_000);
});

describe('sync/status with a remembered org', () => {
  it('names the org the sync remembered (not a secret)', async () => {
    const setup = await started();
    await rememberSalesforceHost(SALESFORCE_API_HOST);
    expect((await status(setup)).salesforce.apiHost).toBe(SALESFORCE_API_HOST);
  });
});
