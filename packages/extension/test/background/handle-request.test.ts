import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../src/background/handle-request';
import { classifySender } from '../../src/background/sender';
import { OverlayResponse } from '../../src/messaging/overlay-protocol';
import { DELETE_ALL_CONFIRMATION, parseResponse } from '../../src/messaging/protocol';
import { readPageRecord } from '../../src/storage/page-records';
import {
  createTestEnv,
  HUBSPOT_SENDER,
  PAGE_SENDER,
  TEST_EXTENSION_ID,
  TEST_EXTENSION_ORIGIN,
} from '../support/background-env';
import { bundleText, samplePlanInput } from '../support/sample-plan';

const extension = { id: TEST_EXTENSION_ID, origin: TEST_EXTENSION_ORIGIN };

describe('classifySender', () => {
  it.each([
    ['the options page', PAGE_SENDER, 'extension-page'],
    ['a HubSpot content script', HUBSPOT_SENDER, 'content-script'],
    [
      'a Salesforce content script',
      {
        id: TEST_EXTENSION_ID,
        url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006/view',
        tab: { id: 3 },
      },
      'content-script',
    ],
    ['another extension', { ...PAGE_SENDER, id: 'someone-else' }, 'unknown'],
    [
      'a tab on another site',
      { id: TEST_EXTENSION_ID, url: 'https://example.com/', tab: { id: 4 } },
      'unknown',
    ],
    ['a CRM address without a tab', { id: TEST_EXTENSION_ID, url: HUBSPOT_SENDER.url }, 'unknown'],
    ['no address', { id: TEST_EXTENSION_ID }, 'unknown'],
  ])('calls %s %s', (_name, sender, kind) => {
    expect(classifySender(sender, extension).kind).toBe(kind);
  });
});

describe('handleRequest', () => {
  it('answers ping from a page with the version', async () => {
    const env = createTestEnv();
    expect(await handleRequest({ type: 'ping' }, PAGE_SENDER, env)).toEqual({ ok: true, version: '0.9.0' });
  });

  it.each([
    ['an unknown type', { type: 'sync-now' }],
    ['a missing type', {}],
    ['a non-object', 'ping'],
    ['nothing', undefined],
    ['a bad field', { type: 'plans/delete', planId: '' }],
  ])('answers %s with a specific error value instead of throwing', async (_case, message) => {
    const response = await handleRequest(message, PAGE_SENDER, createTestEnv());
    expect(response).toMatchObject({
      ok: false,
      code: 'bad-request',
      error: expect.stringContaining('Invalid OnPace message'),
    });
  });

  it('lets a content script on a CRM page ask for the overlay state, in the overlay protocol shape', async () => {
    const env = createTestEnv();
    const response = await handleRequest({ type: 'overlay/state' }, HUBSPOT_SENDER, env);
    expect(OverlayResponse.parse(response)).toMatchObject({ ok: true, state: { plan: null } });
  });

  it('opens the options page for a CRM page, which may not navigate to extension pages', async () => {
    const env = createTestEnv();
    const response = await handleRequest({ type: 'options/open' }, HUBSPOT_SENDER, env);
    expect(OverlayResponse.parse(response)).toMatchObject({ ok: true });
    expect(env.optionsOpened()).toBe(1);
  });

  it.each([
    { type: 'data/delete-all', confirm: DELETE_ALL_CONFIRMATION },
    { type: 'bundle/export', planId: 'plan-dana', purpose: 'backup' },
    { type: 'plans/list' },
    { type: 'settings/save', patch: { allowedOrigins: ['https://evil.example'] } },
  ])('refuses a content script sending $type, and changes nothing', async (message) => {
    const env = createTestEnv();
    await handleRequest(
      { type: 'bundle/import', text: bundleText({ plans: [samplePlanInput()] }) },
      PAGE_SENDER,
      env,
    );
    const response = await handleRequest(message, HUBSPOT_SENDER, env);
    expect(response).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await env.db.plans.count()).toBe(1);
  });

  it('refuses everything from a sender that is not ours or not on a CRM page', async () => {
    const env = createTestEnv();
    const stranger = { id: TEST_EXTENSION_ID, url: 'https://example.com/', tab: { id: 9 } };
    expect(await handleRequest({ type: 'overlay/state' }, stranger, env)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await handleRequest({ type: 'ping' }, { ...PAGE_SENDER, id: 'other' }, env)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('records the CRM record a tab shows, linkable only with an https address', async () => {
    const env = createTestEnv();
    const record = { crm: 'hubspot', objectType: 'deal', id: '456', name: 'Acme', url: HUBSPOT_SENDER.url };
    const response = await handleRequest({ type: 'page/record', record }, HUBSPOT_SENDER, env);
    expect(response.ok).toBe(true);
    expect(await readPageRecord(7)).toEqual(record);
    await handleRequest(
      { type: 'page/record', record: { ...record, url: 'http://x.test/' } },
      HUBSPOT_SENDER,
      env,
    );
    expect(await readPageRecord(7)).toBeNull();
    expect(await handleRequest({ type: 'page/record', record }, PAGE_SENDER, env)).toMatchObject({
      ok: false,
    });
  });

  it('returns validation problems as values a form can place', async () => {
    const env = createTestEnv();
    const response = await handleRequest(
      { type: 'plans/save', mode: 'create', plan: samplePlanInput({ timeZone: 'Mars/Olympus' }) },
      PAGE_SENDER,
      env,
    );
    const parsed = parseResponse('plans/save', response);
    expect(parsed).toMatchObject({ ok: false, code: 'invalid', problems: [{ path: 'timeZone' }] });
  });

  it('deletes all data only with the typed confirmation', async () => {
    const env = createTestEnv();
    await handleRequest(
      { type: 'bundle/import', text: bundleText({ plans: [samplePlanInput()] }) },
      PAGE_SENDER,
      env,
    );
    expect(await handleRequest({ type: 'data/delete-all', confirm: 'yes' }, PAGE_SENDER, env)).toMatchObject({
      ok: false,
    });
    expect(await env.db.plans.count()).toBe(1);
    expect(
      await handleRequest({ type: 'data/delete-all', confirm: DELETE_ALL_CONFIRMATION }, PAGE_SENDER, env),
    ).toEqual({
      ok: true,
      deleted: true,
    });
    for (const table of env.db.recordTables) expect(await table.count()).toBe(0);
    const settings = parseResponse(
      'settings/get',
      await handleRequest({ type: 'settings/get' }, PAGE_SENDER, env),
    );
    expect(settings).toMatchObject({ ok: true, settings: { myPlanId: null } });
  });

  it('turns a failure inside a handler into an internal error value', async () => {
    const env = createTestEnv();
    env.db.close();
    const response = await handleRequest({ type: 'plans/list' }, PAGE_SENDER, env);
    expect(response).toMatchObject({ ok: false, code: 'internal' });
  });
});

describe('parseResponse', () => {
  it('checks an answer against the schema of its request type', () => {
    expect(parseResponse('ping', { ok: true, version: '1' })).toEqual({ ok: true, version: '1' });
    expect(parseResponse('ping', { ok: true })).toMatchObject({ ok: false, code: 'bad-request' });
    expect(parseResponse('ping', undefined)).toMatchObject({ ok: false, code: 'internal' });
    expect(parseResponse('ping', { ok: false, error: 'no' })).toEqual({ ok: false, error: 'no' });
  });
});
