import {
  classifyCrmResponse,
  hubspotSearchBody,
  hubspotSearchPath,
  networkFault,
  readCrmBody,
  retryDelayMs,
  SalesforceQueryPage,
  salesforceQueryPath,
} from '@onpace/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCrm, type SeededQuarter, seedQuarter, startFakeCrm } from '../src/index.js';
import { call, HUBSPOT_HOST, json, SALESFORCE_HOST } from './client.js';
import { recordedAnswer } from './recorded.js';

const quarter: SeededQuarter = seedQuarter({
  email: 'fay.fault@acme.test',
  start: '2026-09-01',
  days: 7,
  timeZone: 'UTC',
});
const sid = quarter.salesforce.sessionId;
const token = quarter.hubspot.token;
const query = salesforceQueryPath('SELECT Id FROM Task LIMIT 5');
const searchBody = hubspotSearchBody('calls', {
  ownerId: quarter.hubspot.owners[0]?.id ?? '',
  fromMs: quarter.window.fromMs,
  toMs: quarter.window.toMs,
});

let crm: FakeCrm;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: quarter, searchRequestsPerSecond: 0 });
});
beforeEach(() => crm.reset());
afterAll(() => crm.close());

const admin = (path: string, body?: unknown) =>
  call(crm, { host: 'localhost', path, ...(body === undefined ? {} : { json: body }) });
const salesforce = () => call(crm, { host: SALESFORCE_HOST, path: query, token: sid });
const hubspot = () =>
  call(crm, { host: HUBSPOT_HOST, path: hubspotSearchPath('calls'), token, json: searchBody });

describe('faults set through POST /__admin/faults', () => {
  it('expired-session: 401 INVALID_SESSION_ID for Salesforce, EXPIRED_AUTHENTICATION for HubSpot', async () => {
    await admin('/__admin/faults', [
      { match: '/services/data', kind: 'expired-session' },
      { match: '/crm/v3/objects', kind: 'expired-session' },
    ]);
    expect(classifyCrmResponse('salesforce', await salesforce())).toMatchObject({
      kind: 'session-expired',
      code: 'INVALID_SESSION_ID',
    });
    expect(classifyCrmResponse('hubspot', await hubspot())).toMatchObject({
      kind: 'session-expired',
      code: 'EXPIRED_AUTHENTICATION',
    });
    expect((await salesforce()).status).toBe(200);
  });

  it('limit-exceeded: 403 REQUEST_LIMIT_EXCEEDED / 429 DAILY, neither retried', async () => {
    await admin('/__admin/faults', [
      { match: '/services/data', kind: 'limit-exceeded' },
      { match: '/crm/', kind: 'limit-exceeded' },
    ]);
    const sf = await salesforce();
    expect(sf.status).toBe(403);
    const sfFault = classifyCrmResponse('salesforce', sf);
    expect(sfFault).toMatchObject({ kind: 'daily-limit' });
    const hs = classifyCrmResponse('hubspot', await hubspot());
    expect(hs).toMatchObject({ kind: 'daily-limit', status: 429 });
    expect(sfFault && retryDelayMs(sfFault, 1)).toBeNull();
  });

  it('429-secondly: the recorded search body, no Retry-After, waited out 1 s', async () => {
    await admin('/__admin/faults', [{ match: '/crm/v3/objects/calls/search', kind: '429-secondly' }]);
    const answer = await hubspot();
    const recorded = recordedAnswer('hubspot/error-429-secondly.json');
    expect(answer.status).toBe(recorded.status);
    expect(answer.headers['retry-after']).toBeUndefined();
    expect(Object.keys(json<object>(answer)).sort()).toEqual(Object.keys(recorded.body as object).sort());
    const fault = classifyCrmResponse('hubspot', answer);
    expect(fault).toMatchObject({ kind: 'rate-limited', policy: 'secondly', retryAfterMs: null });
    expect(fault && retryDelayMs(fault, 1)).toBe(1_000);
  });

  it('429-ten-secondly and 429-retry-after', async () => {
    await admin('/__admin/faults', [
      { match: '/crm/v3/objects/calls/search', kind: '429-ten-secondly' },
      { match: '/crm/v3/objects/calls/search', kind: '429-retry-after', retryAfterSeconds: 3 },
    ]);
    const ten = classifyCrmResponse('hubspot', await hubspot());
    expect(ten).toMatchObject({ kind: 'rate-limited', policy: 'ten-secondly' });
    expect(ten && retryDelayMs(ten, 1)).toBe(10_000);
    const after = await hubspot();
    expect(after.headers['retry-after']).toBe('3');
    const fault = classifyCrmResponse('hubspot', after);
    expect(fault && retryDelayMs(fault, 1)).toBe(3_000);
  });

  it('500 (and other 5xx) in each CRM’s error shape', async () => {
    await admin('/__admin/faults', [
      { match: '/services/data', kind: '500', status: 503 },
      { match: '/crm/', kind: '500' },
    ]);
    const sf = await salesforce();
    expect(sf.status).toBe(503);
    expect(json<{ errorCode: string }[]>(sf)[0]?.errorCode).toBe('UNKNOWN_EXCEPTION');
    expect(classifyCrmResponse('hubspot', await hubspot())).toMatchObject({ kind: 'server', status: 500 });
  });

  it('truncated-body: a 200 whose JSON is cut short', async () => {
    await admin('/__admin/faults', [{ match: '/services/data', kind: 'truncated-body' }]);
    const answer = await salesforce();
    expect(answer.status).toBe(200);
    expect(readCrmBody('salesforce', answer, SalesforceQueryPage)).toMatchObject({
      ok: false,
      fault: { kind: 'malformed-response' },
    });
    expect(readCrmBody('salesforce', await salesforce(), SalesforceQueryPage).ok).toBe(true);
  });

  it('reset: the connection drops with no answer', async () => {
    await admin('/__admin/faults', [{ match: '/crm/', kind: 'reset' }]);
    const error = await hubspot().then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(Error);
    expect(networkFault('hubspot', error)).toMatchObject({ kind: 'network' });
    expect(crm.requests().at(-1)).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('delay: the real answer, late', async () => {
    await admin('/__admin/faults', [{ match: '/services/data', kind: 'delay', delayMs: 150 }]);
    const started = performance.now();
    expect((await salesforce()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('times and skip: fire on the requests asked, then get used up', async () => {
    await admin('/__admin/faults', [{ match: '/services/', kind: '500', times: 2, skip: 1 }]);
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await salesforce()).status);
    expect(statuses).toEqual([200, 500, 500, 200]);
    expect(json(await call(crm, { host: 'localhost', path: '/__admin/faults' }))).toEqual({ pending: [] });
  });

  it('refuses an unknown fault kind, and logs each request with the fault it took', async () => {
    const refused = await admin('/__admin/faults', [{ match: '/crm/', kind: 'meteor' }]);
    expect(refused.status).toBe(400);
    await admin('/__admin/faults', [{ match: '/crm/', kind: '429-secondly' }]);
    await hubspot();
    await hubspot();
    const log = json<{ method: string; path: string; status: number; fault: string | null }[]>(
      await call(crm, { host: 'localhost', path: '/__admin/requests' }),
    );
    expect(log.map(({ method, path, status, fault }) => ({ method, path, status, fault }))).toEqual([
      { method: 'POST', path: '/crm/v3/objects/calls/search', status: 429, fault: '429-secondly' },
      { method: 'POST', path: '/crm/v3/objects/calls/search', status: 200, fault: null },
    ]);
  });
});

describe('limits and administration', () => {
  it('holds HubSpot search to its per-second limit by itself', async () => {
    const limited = await startFakeCrm({ port: 0, seed: quarter, searchRequestsPerSecond: 2 });
    try {
      const send = () =>
        call(limited, { host: HUBSPOT_HOST, path: hubspotSearchPath('calls'), token, json: searchBody });
      const statuses = [(await send()).status, (await send()).status, (await send()).status];
      expect(statuses).toEqual([200, 200, 429]);
      expect(limited.requests().at(-1)).toMatchObject({ status: 429, fault: 'rate-limit' });
      await new Promise((resolve) => setTimeout(resolve, 1_050));
      expect((await send()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('replaces data with POST /__admin/seed (checked) and restores it with POST /__admin/reset', async () => {
    expect(
      (await admin('/__admin/seed', { salesforce: { records: { Task: [{ Id: 'short' }] } } })).status,
    ).toBe(400);
    const empty = {
      ...quarter,
      salesforce: { ...quarter.salesforce, records: { Task: [], Event: [], Opportunity: [] } },
    };
    expect((await admin('/__admin/seed', empty)).status).toBe(200);
    expect(json<{ totalSize: number }>(await salesforce()).totalSize).toBe(0);
    expect((await admin('/__admin/reset', {})).status).toBe(200);
    expect(json<{ totalSize: number }>(await salesforce()).totalSize).toBe(5);
    expect(json(await call(crm, { host: 'localhost', path: '/__admin/requests' }))).toHaveLength(1);
  });
});
