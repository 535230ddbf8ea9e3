import { afterEach, describe, expect, it } from 'vitest';
import { handleRequest } from '../../src/background/handle-request';
import { type BackgroundRequest, parseResponse } from '../../src/messaging/protocol';
import { hubspotEmailItem, hubspotTokenItem } from '../../src/sync/settings';
import { createTestEnv, PAGE_SENDER } from '../support/background-env';
import { createSyncTestEnv, type SyncTestEnv } from '../support/sync-env';
import { REP_EMAIL, SALESFORCE_API_HOST } from '../sync/support/harness';

let running: SyncTestEnv | undefined;
afterEach(async () => {
  await running?.crm.close();
  running = undefined;
});

async function started(options?: Parameters<typeof createSyncTestEnv>[0]): Promise<SyncTestEnv> {
  running = await createSyncTestEnv(options);
  return running;
}

function testHubSpot(setup: Pick<SyncTestEnv, 'env'>, fields: { token?: string; email?: string } = {}) {
  const message: BackgroundRequest = { type: 'connections/test-hubspot', ...fields };
  return handleRequest(message, PAGE_SENDER, setup.env).then((raw) =>
    parseResponse('connections/test-hubspot', raw),
  );
}

describe('connections/salesforce', () => {
  it('reports whether a session is available for the org, never the session itself', async () => {
    const setup = await started();
    const raw = await handleRequest({ type: 'connections/salesforce' }, PAGE_SENDER, setup.env);
    expect(parseResponse('connections/salesforce', raw)).toEqual({
      ok: true,
      salesforce: { apiHost: SALESFORCE_API_HOST, sessionAvailable: true },
    });
    expect(JSON.stringify(raw)).not.toContain(setup.quarter.salesforce.sessionId);

    setup.setSessionCookie(null);
    expect(await handleRequest({ type: 'connections/salesforce' }, PAGE_SENDER, setup.env)).toEqual({
      ok: true,
      salesforce: { apiHost: SALESFORCE_API_HOST, sessionAvailable: false },
    });
    // A presence check is not a request to Salesforce.
    expect(setup.crm.requests()).toEqual([]);
  });

  it('has no session to report before any Salesforce org was seen', async () => {
    const setup = await started({ salesforceHost: null });
    expect(await handleRequest({ type: 'connections/salesforce' }, PAGE_SENDER, setup.env)).toEqual({
      ok: true,
      salesforce: { apiHost: null, sessionAvailable: false },
    });
  });

  it('answers that the sync is not running when none is attached', async () => {
    expect(
      await handleRequest({ type: 'connections/salesforce' }, PAGE_SENDER, createTestEnv()),
    ).toMatchObject({
      ok: false,
      code: 'internal',
    });
  });
});

describe('connections/test-hubspot', () => {
  it('finds the owner by email with the saved token, on api.hubapi.com', async () => {
    const setup = await started();
    expect(await testHubSpot(setup)).toEqual({
      ok: true,
      owner: { id: '71000001', email: REP_EMAIL, name: 'Riley Rep', archived: false },
    });
    expect(setup.crm.requests()).toMatchObject([
      { host: 'api.hubapi.com', path: '/crm/v3/owners', status: 200 },
    ]);
  });

  it('tests a typed token and email before they are saved', async () => {
    const setup = await started({ withHubSpot: false });
    const response = await testHubSpot(setup, {
      token: ` ${setup.quarter.hubspot.token} `,
      email: REP_EMAIL,
    });
    expect(response).toMatchObject({ ok: true, owner: { id: '71000001' } });
    // Testing saves nothing.
    expect(await hubspotTokenItem.getValue()).toBeNull();
    expect(await hubspotEmailItem.getValue()).toBeNull();
  });

  it('puts a refused token beside the token field, in the sync’s words', async () => {
    const setup = await started();
    const response = await testHubSpot(setup, { token: 'pat-na1-00000000-wrong' });
    expect(response).toMatchObject({
      ok: false,
      code: 'crm',
      error: 'HubSpot refused the access token — paste a valid private-app token in OnPace options.',
      problems: [{ path: 'token' }],
    });
    expect(JSON.stringify(response)).not.toContain('pat-na1-00000000-wrong');
  });

  it('puts an unknown email beside the email field', async () => {
    const setup = await started();
    expect(await testHubSpot(setup, { email: 'nobody@acme.test' })).toMatchObject({
      ok: false,
      code: 'not-found',
      problems: [{ path: 'email', message: expect.stringContaining('nobody@acme.test') }],
    });
  });

  it('checks both fields before asking HubSpot anything', async () => {
    const setup = await started({ withHubSpot: false });
    expect(await testHubSpot(setup, { token: 'has spaces in it', email: 'not-an-email' })).toMatchObject({
      ok: false,
      code: 'invalid',
      problems: [
        { path: 'token', message: 'must be the token alone, with no spaces' },
        { path: 'email', message: 'must be an email address' },
      ],
    });
    expect(await testHubSpot(setup)).toMatchObject({
      ok: false,
      code: 'invalid',
      problems: [{ path: 'token' }, { path: 'email' }],
    });
    expect(setup.crm.requests()).toEqual([]);
  });

  it('says plainly when HubSpot cannot be reached', async () => {
    const setup = await started();
    setup.crm.setFaults([{ match: '/crm/v3/owners', kind: '500', status: 503, times: 100 }]);
    const response = await testHubSpot(setup);
    expect(response).toMatchObject({
      ok: false,
      code: 'crm',
      error: expect.stringMatching(/^HubSpot is having trouble/),
    });
    expect(response.ok ? [] : (response.problems ?? [])).toEqual([]);
    // One attempt, no backoff: the person clicking "Test connection" is waiting.
    expect(setup.crm.requests()).toHaveLength(1);
  });
});
