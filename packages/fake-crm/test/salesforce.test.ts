import {
  parseSforceLimitInfo,
  SalesforceQueryPage,
  SalesforceUserInfo,
  salesforceQueryPath,
  soqlForWindow,
} from '@onpace/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCrm, type SeededQuarter, seedQuarter, startFakeCrm } from '../src/index.js';
import { call, json, SALESFORCE_HOST } from './client.js';
import { recordedAnswer } from './recorded.js';

const quarter: SeededQuarter = seedQuarter({
  email: 'sam.seller@acme.test',
  start: '2026-09-01',
  days: 21,
  timeZone: 'America/Chicago',
});
const sid = quarter.salesforce.sessionId;
const rep = quarter.salesforce.user.userId;
const window = { fromUtc: quarter.window.fromMs, toUtc: quarter.window.toMs, ownerId: rep };

let crm: FakeCrm;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: quarter, pageSize: 100 });
});
beforeEach(() => crm.reset());
afterAll(() => crm.close());

type Page = { totalSize: number; done: boolean; nextRecordsUrl?: string; records: Record<string, unknown>[] };

describe('authentication and identity', () => {
  it('refuses a missing or wrong session with the recorded INVALID_SESSION_ID body', async () => {
    const recorded = recordedAnswer('salesforce/error-invalid-session-id.json');
    for (const token of [undefined, 'not-the-sid']) {
      const answer = await call(crm, { path: '/services/oauth2/userinfo', ...(token ? { token } : {}) });
      expect(answer.status).toBe(recorded.status);
      expect(json(answer)).toEqual(recorded.body);
    }
  });

  it('answers userinfo in the OpenID Connect shape (zoneinfo) and the identity URL in the MockIdentity shape (timezone)', async () => {
    const userinfo = await call(crm, { path: '/services/oauth2/userinfo', token: sid });
    const body = json<Record<string, unknown>>(userinfo);
    expect(body.zoneinfo).toBe('America/Chicago');
    expect(body.sub).toBe(`https://${SALESFORCE_HOST}/id/${quarter.salesforce.user.organizationId}/${rep}`);
    expect(SalesforceUserInfo.parse(body)).toMatchObject({ userId: rep, timeZone: 'America/Chicago' });
    const identity = await call(crm, {
      path: `/id/${quarter.salesforce.user.organizationId}/${rep}`,
      token: sid,
    });
    const mock = recordedAnswer('salesforce/identity.json').body as Record<string, unknown>;
    const shape = json<Record<string, unknown>>(identity);
    for (const key of ['user_id', 'organization_id', 'username', 'display_name', 'timezone', 'urls']) {
      expect(Object.keys(shape)).toContain(key);
      expect(Object.keys(mock)).toContain(key);
    }
    expect(SalesforceUserInfo.parse(shape).timeZone).toBe('America/Chicago');
  });

  it('lists API versions without a session', async () => {
    const versions = json<{ version: string }[]>(await call(crm, { path: '/services/data' }));
    expect(versions.map((version) => version.version)).toContain('66.0');
  });
});

describe('queries', () => {
  it('pages with nextRecordsUrl at /services/data/vXX.X/query/01g…-N, and the pages add up', async () => {
    const soql = soqlForWindow('Task', window);
    let answer = await call(crm, { path: salesforceQueryPath(soql), token: sid });
    let page = SalesforceQueryPage.parse(json(answer)) as Page;
    const total = page.totalSize;
    expect(total).toBeGreaterThan(250);
    expect(page.done).toBe(false);
    expect(page.records).toHaveLength(100);
    expect(page.nextRecordsUrl).toMatch(/^\/services\/data\/v66\.0\/query\/01g[A-Za-z0-9]{15}-100$/);
    const ids = page.records.map((record) => record.Id);
    while (!page.done && page.nextRecordsUrl) {
      answer = await call(crm, { path: page.nextRecordsUrl, token: sid });
      page = SalesforceQueryPage.parse(json(answer)) as Page;
      ids.push(...page.records.map((record) => record.Id));
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const count = json<Page>(
      await call(crm, {
        path: salesforceQueryPath(
          soql.replace(/^SELECT .* FROM/, 'SELECT COUNT() FROM').replace(/ ORDER BY.*$/, ''),
        ),
        token: sid,
      }),
    );
    expect(count.totalSize).toBe(total);
  });

  it('returns records with attributes and the selected fields only, oldest change first', async () => {
    const soql = soqlForWindow('Opportunity', window);
    const page = json<Page>(await call(crm, { path: salesforceQueryPath(soql), token: sid }));
    const [first] = page.records;
    expect(Object.keys(first ?? {})).toEqual([
      'attributes',
      'Id',
      'OwnerId',
      'CreatedById',
      'Amount',
      'IsWon',
      'CloseDate',
      'CreatedDate',
      'LastModifiedDate',
      'SystemModstamp',
      'IsDeleted',
    ]);
    expect(first?.attributes).toEqual({
      type: 'Opportunity',
      url: `/services/data/v66.0/sobjects/Opportunity/${first?.Id}`,
    });
    expect(String(first?.CreatedDate)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    const stamps = page.records.map((record) => String(record.SystemModstamp));
    expect(stamps).toEqual([...stamps].sort());
    expect(page.records.every((record) => record.OwnerId === rep)).toBe(true);
  });

  it('hides deleted records from query and shows them to queryAll', async () => {
    const soql = soqlForWindow('Task', window);
    const headers = { 'sforce-query-options': 'batchSize=2000' };
    const live = json<Page>(await call(crm, { path: salesforceQueryPath(soql), token: sid, headers }));
    const all = json<Page>(
      await call(crm, { path: salesforceQueryPath(soql, { all: true }), token: sid, headers }),
    );
    expect(live.done && all.done).toBe(true);
    const liveIds = new Set(live.records.map((record) => record.Id));
    const onlyInAll = all.records.filter((record) => !liveIds.has(record.Id));
    expect(onlyInAll.length).toBeGreaterThan(0);
    expect(onlyInAll.every((record) => record.IsDeleted === true)).toBe(true);
    expect(live.records.some((record) => record.IsDeleted === true)).toBe(false);
  });

  it('honours Sforce-Query-Options batchSize', async () => {
    const answer = await call(crm, {
      path: salesforceQueryPath(soqlForWindow('Task', window)),
      token: sid,
      headers: { 'sforce-query-options': 'batchSize=250' },
    });
    expect(json<Page>(answer).records).toHaveLength(250);
  });

  it('answers SOQL errors as Salesforce does', async () => {
    const cases: [string, number, string][] = [
      ['SELECT Id FORM Task', 400, 'MALFORMED_QUERY'],
      ['SELECT Id, Subjekt FROM Task', 400, 'INVALID_FIELD'],
      ["SELECT Id FROM Task WHERE CreatedDate >= '2026-09-01T00:00:00Z'", 400, 'INVALID_FIELD'],
      ['SELECT Id FROM Task WHERE CreatedDate = TODAY', 400, 'MALFORMED_QUERY'],
      ['SELECT Id FROM Campaign', 400, 'INVALID_TYPE'],
    ];
    for (const [soql, status, errorCode] of cases) {
      const answer = await call(crm, { path: salesforceQueryPath(soql), token: sid });
      expect(answer.status, soql).toBe(status);
      expect(json<{ errorCode: string }[]>(answer)[0]?.errorCode, soql).toBe(errorCode);
    }
    const stale = await call(crm, { path: '/services/data/v66.0/query/01g5e0000000zzzAAA-100', token: sid });
    expect(json<{ errorCode: string }[]>(stale)[0]?.errorCode).toBe('INVALID_QUERY_LOCATOR');
  });

  it('reports API usage in Sforce-Limit-Info on every response, and refuses at the daily limit', async () => {
    crm.setSeed({
      ...quarter,
      salesforce: { ...quarter.salesforce, apiUsage: { used: 14_998, max: 15_000 } },
    });
    const path = salesforceQueryPath('SELECT Id FROM Opportunity LIMIT 1');
    const first = await call(crm, { path, token: sid });
    expect(parseSforceLimitInfo(first.headers['sforce-limit-info'])).toEqual({ used: 14_999, max: 15_000 });
    const second = await call(crm, { path, token: sid });
    expect(second.status).toBe(200);
    const refused = await call(crm, { path, token: sid });
    expect(refused.status).toBe(403);
    expect(json(refused)).toEqual([
      { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
    ]);
    expect(refused.headers['sforce-limit-info']).toBe('api-usage=15000/15000');
    const unauthorised = await call(crm, { path });
    expect(unauthorised.headers['sforce-limit-info']).toBe('api-usage=15000/15000');
  });
});
