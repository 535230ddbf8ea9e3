/**
 * Identity and the plan form's people against the fake CRM's team org: each session and token
 * says who its user is, the manager's direct reports come first with their own zones, and the
 * HubSpot owners come with the account's zone.
 */
import { initialPlanTimeZone, planRole } from '@onpace/core/identity';
import { type SeededTeam, seedTeam } from '@onpace/fake-crm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../src/sync/clock';
import { CrmHttp } from '../../src/sync/http';
import { TokenBucket } from '../../src/sync/pacer';
import { hubspotPlanPeople, salesforcePlanPeople } from '../../src/sync/people/plan-people';
import { hubspotSelf, salesforceSelf } from '../../src/sync/people/who-am-i';
import { type FakeCrm, fakeCrmFetch, startFakeCrm } from './support/fake-crm';

const API_HOST = 'northwind.my.salesforce.com';
const team: SeededTeam = seedTeam({ start: '2026-09-01', days: 3, hubspotTimeZone: 'US/Central' });
const NOW = Date.parse('2026-09-02T12:00:00Z');

let crm: FakeCrm;
let http: CrmHttp;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: team, searchRequestsPerSecond: 0 });
  http = new CrmHttp({ fetch: fakeCrmFetch(crm), clock: realClock, searchPacer: new TokenBucket(realClock) });
});
afterAll(() => crm.close());

describe('who am I', () => {
  it("knows each Salesforce session's user, and so each one's part in a plan", async () => {
    const rep = team.reps[0];
    if (rep === undefined) throw new Error('three reps');
    const plan = {
      rep: { id: 'r', name: rep.name, crm: { salesforceUserId: rep.salesforceUserId } },
      manager: { id: 'm', name: team.manager.name, crm: { salesforceUserId: team.manager.salesforceUserId } },
    };
    const roles: string[] = [];
    for (const member of [team.manager, rep, team.outsider]) {
      const answer = await salesforceSelf(http, API_HOST, member.salesforceSessionId, NOW);
      if (answer.kind !== 'found') throw new Error(answer.kind);
      expect(answer.self.userId).toBe(member.salesforceUserId);
      roles.push(planRole(plan, { salesforce: answer.self }));
    }
    expect(roles).toEqual(['manager', 'rep', 'neither']);
  });

  it("finds the HubSpot owner of an OAuth token's user, and of a private-app token by the options' email", async () => {
    const rep = team.reps[1];
    if (rep === undefined) throw new Error('three reps');
    const byToken = await hubspotSelf(http, rep.hubspotToken, null, NOW);
    expect(byToken).toMatchObject({ kind: 'found', self: { ownerId: rep.hubspotOwnerId } });
    const byEmail = await hubspotSelf(http, team.hubspot.token, team.manager.email, NOW);
    expect(byEmail).toMatchObject({ kind: 'found', self: { ownerId: team.manager.hubspotOwnerId } });
    const nobody = await hubspotSelf(http, team.hubspot.token, null, NOW);
    expect(nobody.kind).toBe('unknown');
  });
});

describe("the plan form's people", () => {
  it("offers the manager's direct reports first, each with their own zone", async () => {
    const answer = await salesforcePlanPeople(
      http,
      API_HOST,
      team.manager.salesforceSessionId,
      team.manager.salesforceUserId,
    );
    if (!answer.ok) throw new Error('people');
    const reports = answer.people.filter((person) => person.reportsToMe);
    expect(reports.map((person) => person.id).sort()).toEqual(
      team.reps.map((rep) => rep.salesforceUserId).sort(),
    );
    expect(answer.people.slice(0, reports.length)).toEqual(reports);
    for (const rep of team.reps) {
      const person = answer.people.find((candidate) => candidate.id === rep.salesforceUserId);
      expect(initialPlanTimeZone({ rep: person?.timeZone, browser: 'UTC' })).toBe(rep.timeZone);
    }
    expect(answer.people.find((person) => person.isMe)?.id).toBe(team.manager.salesforceUserId);
  });

  it("offers HubSpot's owners with the account's zone", async () => {
    const answer = await hubspotPlanPeople(http, team.manager.hubspotToken, team.manager.hubspotOwnerId);
    if (!answer.ok) throw new Error('people');
    expect(answer.people.map((person) => person.id).sort()).toEqual(
      [team.manager, ...team.reps, team.outsider].map((member) => member.hubspotOwnerId).sort(),
    );
    expect(answer.accountTimeZone).toBe('US/Central');
    expect(initialPlanTimeZone({ rep: null, account: answer.accountTimeZone, browser: 'UTC' })).toBe(
      'US/Central',
    );
  });
});
