import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCrm, type SeededTeam, seedTeam, startFakeCrm } from '../src/index.js';
import { call, HUBSPOT_HOST, json } from './client.js';
import { recordedAnswer } from './recorded.js';

const team: SeededTeam = seedTeam({ start: '2026-08-01', days: 45 });
const { manager, reps, outsider } = team;
const repIds = reps.map((rep) => rep.salesforceUserId);

let crm: FakeCrm;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: team, searchRequestsPerSecond: 0 });
});
afterAll(() => crm.close());

type QueryPage = { totalSize: number; done: boolean; records: Record<string, unknown>[] };

/** Every row of a query, following `nextRecordsUrl`. */
async function soql(token: string, query: string): Promise<QueryPage> {
  let answer = await call(crm, { path: `/services/data/v66.0/query?q=${encodeURIComponent(query)}`, token });
  const records: Record<string, unknown>[] = [];
  for (;;) {
    expect(answer.status, answer.body).toBe(200);
    const page = json<QueryPage & { nextRecordsUrl?: string }>(answer);
    records.push(...page.records);
    if (page.nextRecordsUrl === undefined) return { totalSize: page.totalSize, done: true, records };
    answer = await call(crm, { path: page.nextRecordsUrl, token });
  }
}

function owners(page: QueryPage): Set<unknown> {
  return new Set(page.records.map((record) => record.OwnerId));
}

type SearchPage = { total: number; results: { id: string; properties: Record<string, string | null> }[] };

/** Every call a search for `ownerIds` finds, page by page. */
async function searchCalls(token: string, ownerIds: readonly string[]): Promise<SearchPage> {
  const results: SearchPage['results'] = [];
  let after: string | undefined;
  for (;;) {
    const answer = await call(crm, {
      host: HUBSPOT_HOST,
      path: '/crm/v3/objects/calls/search',
      token,
      json: {
        filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'IN', values: ownerIds }] }],
        properties: ['hubspot_owner_id'],
        limit: 200,
        ...(after === undefined ? {} : { after }),
      },
    });
    expect(answer.status, answer.body).toBe(200);
    const page = json<SearchPage & { paging?: { next: { after: string } } }>(answer);
    results.push(...page.results);
    after = page.paging?.next.after;
    if (after === undefined) return { total: page.total, results };
  }
}

describe('a team org: people', () => {
  it('answers userinfo for the user whose session it is, with their own time zone', async () => {
    for (const member of [manager, ...reps]) {
      const body = json<Record<string, unknown>>(
        await call(crm, { path: '/services/oauth2/userinfo', token: member.salesforceSessionId }),
      );
      expect(body.user_id).toBe(member.salesforceUserId);
      expect(body.email).toBe(member.email);
      expect(body.zoneinfo).toBe(member.timeZone);
    }
  });

  it("lists the manager's direct reports by ManagerId, with each rep's TimeZoneSidKey", async () => {
    const page = await soql(
      manager.salesforceSessionId,
      `SELECT Id, Name, Email, TimeZoneSidKey, ManagerId FROM User WHERE ManagerId = '${manager.salesforceUserId}' AND IsActive = true ORDER BY Name`,
    );
    expect(page.records.map((user) => user.Id).sort()).toEqual([...repIds].sort());
    for (const rep of reps) {
      const row = page.records.find((user) => user.Id === rep.salesforceUserId);
      expect(row).toMatchObject({ Name: rep.name, TimeZoneSidKey: rep.timeZone, Email: rep.email });
    }
  });

  it('answers the role hierarchy as UserRole rows', async () => {
    const page = await soql(manager.salesforceSessionId, 'SELECT Id, Name, ParentRoleId FROM UserRole');
    const managerRole = page.records.find((role) => role.Name === 'Sales Manager, East');
    const repRole = page.records.find((role) => role.Name === 'Account Executive, East');
    expect(repRole?.ParentRoleId).toBe(managerRole?.Id);
  });

  it('lists HubSpot owners with their teams, and pages them', async () => {
    const first = json<{
      results: { id: string; teams: { name: string }[] }[];
      paging?: { next: { after: string } };
    }>(await call(crm, { host: HUBSPOT_HOST, path: '/crm/v3/owners?limit=2', token: manager.hubspotToken }));
    expect(first.results).toHaveLength(2);
    expect(first.paging?.next.after).toBe('2');
    const rest = json<{ results: { id: string; teams: { name: string }[] }[] }>(
      await call(crm, {
        host: HUBSPOT_HOST,
        path: '/crm/v3/owners?limit=100&after=2',
        token: manager.hubspotToken,
      }),
    );
    const all = [...first.results, ...rest.results];
    expect(all.map((owner) => owner.id).sort()).toEqual(
      [manager, ...reps, outsider].map((member) => member.hubspotOwnerId).sort(),
    );
    expect(all.find((owner) => owner.id === outsider.hubspotOwnerId)?.teams[0]?.name).toBe('West');
  });

  it("names an OAuth token's user, and answers the account's time zone", async () => {
    const rep = reps[1];
    if (rep === undefined) throw new Error('three reps');
    const info = json<Record<string, unknown>>(
      await call(crm, { host: HUBSPOT_HOST, path: `/oauth/v1/access-tokens/${rep.hubspotToken}` }),
    );
    expect(info).toMatchObject({
      user: rep.email,
      user_id: rep.hubspotUserId,
      hub_id: 8_727_216,
      token_type: 'access',
    });
    const unknown = await call(crm, { host: HUBSPOT_HOST, path: '/oauth/v1/access-tokens/not-a-token' });
    expect(unknown.status).toBe(404);
    const details = json<Record<string, unknown>>(
      await call(crm, { host: HUBSPOT_HOST, path: '/account-info/v3/details', token: rep.hubspotToken }),
    );
    expect(details.timeZone).toBe(team.hubspot.timeZone);
    expect(details.utcOffset).toMatch(/^[+-]\d{2}:\d{2}$/);
    expect(typeof details.utcOffsetMilliseconds).toBe('number');
  });
});

describe('a team org: who sees whose records', () => {
  const everyone = [manager, ...reps, outsider];
  const idList = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(', ');

  it("lets the manager read the team's tasks with one OwnerId IN query, never the outsider's", async () => {
    const page = await soql(
      manager.salesforceSessionId,
      `SELECT Id, OwnerId FROM Task WHERE OwnerId IN (${idList(everyone.map((m) => m.salesforceUserId))})`,
    );
    const seen = owners(page);
    for (const id of [manager.salesforceUserId, ...repIds]) expect(seen.has(id)).toBe(true);
    expect(seen.has(outsider.salesforceUserId)).toBe(false);
  });

  it("lets a rep read only their own tasks, even when asking for the manager's and peers'", async () => {
    for (const rep of reps) {
      const page = await soql(
        rep.salesforceSessionId,
        `SELECT Id, OwnerId FROM Task WHERE OwnerId IN (${idList(everyone.map((m) => m.salesforceUserId))})`,
      );
      expect([...owners(page)]).toEqual([rep.salesforceUserId]);
    }
  });

  it("keeps one user's query cursor from another user's session", async () => {
    const rep = reps[0];
    if (rep === undefined) throw new Error('three reps');
    const answer = await call(crm, {
      path: `/services/data/v66.0/query?q=${encodeURIComponent('SELECT Id FROM Task')}`,
      token: manager.salesforceSessionId,
      headers: { 'sforce-query-options': 'batchSize=200' },
    });
    const next = json<{ nextRecordsUrl?: string }>(answer).nextRecordsUrl;
    expect(next).toBeDefined();
    const stolen = await call(crm, { path: next ?? '', token: rep.salesforceSessionId });
    expect(stolen.status).toBe(400);
  });

  it("gives the manager's HubSpot token the team's records and each rep's token only their own", async () => {
    const all = everyone.map((member) => member.hubspotOwnerId);
    const managerSees = new Set(
      (await searchCalls(manager.hubspotToken, all)).results.map((r) => r.properties.hubspot_owner_id),
    );
    for (const member of [manager, ...reps]) expect(managerSees.has(member.hubspotOwnerId)).toBe(true);
    expect(managerSees.has(outsider.hubspotOwnerId)).toBe(false);
    for (const rep of reps) {
      const repSees = new Set(
        (await searchCalls(rep.hubspotToken, all)).results.map((r) => r.properties.hubspot_owner_id),
      );
      expect([...repSees]).toEqual([rep.hubspotOwnerId]);
    }
    const portalSees = new Set(
      (await searchCalls(team.hubspot.token, all)).results.map((r) => r.properties.hubspot_owner_id),
    );
    expect(portalSees.has(outsider.hubspotOwnerId)).toBe(true);
  });

  it('keeps record ids unique across the people and names each expected record', () => {
    const tasks = team.salesforce.records.Task.map((task) => task.Id);
    expect(new Set(tasks).size).toBe(tasks.length);
    const calls = team.hubspot.objects.calls.map((record) => record.id);
    expect(new Set(calls).size).toBe(calls.length);
    const taskOwner = new Map(team.salesforce.records.Task.map((task) => [task.Id, task.OwnerId]));
    for (const rep of reps) {
      const expectedCalls = rep.expected.salesforce.filter((activity) => activity.metric === 'calls');
      expect(expectedCalls.length).toBeGreaterThan(0);
      for (const activity of expectedCalls) expect(taskOwner.get(activity.id)).toBe(rep.salesforceUserId);
    }
  });
});

describe('a team org: the recorded shapes', () => {
  const keysOf = (value: unknown) => Object.keys(value as Record<string, unknown>).sort();

  it('answers User rows, owners, token info and account details with the recorded keys', async () => {
    const recordedUsers = recordedAnswer('salesforce/query-user-direct-reports.json').body as QueryPage;
    const users = await soql(
      manager.salesforceSessionId,
      `SELECT Id, Name, Email, Username, TimeZoneSidKey, ManagerId, UserRoleId, IsActive FROM User WHERE IsActive = true AND ManagerId = '${manager.salesforceUserId}' ORDER BY Name`,
    );
    expect(keysOf(users.records[0])).toEqual(keysOf(recordedUsers.records[0]));
    expect(users.records[0]?.attributes).toMatchObject({ type: 'User' });

    const recordedOwners = recordedAnswer('hubspot/owners-list.json').body as { results: unknown[] };
    const ownersPage = json<{ results: unknown[]; paging?: unknown }>(
      await call(crm, { host: HUBSPOT_HOST, path: '/crm/v3/owners?limit=3', token: manager.hubspotToken }),
    );
    expect(keysOf(ownersPage.results[0])).toEqual(keysOf(recordedOwners.results[0]));
    expect(ownersPage.paging).toEqual({ next: { after: '3', link: expect.stringContaining('after=3') } });

    const recordedInfo = recordedAnswer('hubspot/oauth-access-token.json').body;
    const info = json(
      await call(crm, { host: HUBSPOT_HOST, path: `/oauth/v1/access-tokens/${manager.hubspotToken}` }),
    );
    expect(keysOf(info)).toEqual(keysOf(recordedInfo));

    const recordedDetails = recordedAnswer('hubspot/account-info-details.json').body;
    const details = json(
      await call(crm, { host: HUBSPOT_HOST, path: '/account-info/v3/details', token: manager.hubspotToken }),
    );
    expect(keysOf(details)).toEqual(keysOf(recordedDetails));
  });
});
