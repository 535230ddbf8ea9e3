/**
 * The HubSpot team sync against the fake CRM's team portal (seedTeam): the manager's token (team
 * access) reads the team with one IN search per object type and stores each rep's activity as the
 * fake's story says; a rep's token, from the same plans, reads its own records only; a range over
 * the result cap is split and still reads every record once; nothing changed costs one search each.
 */
import { addDays, parseInstant, startOfLocalDay, toDayNumber } from '@onpace/core/calendar';
import { HUBSPOT_OBJECT_TYPES } from '@onpace/core/crm';
import { type BrowserIdentity, syncScope } from '@onpace/core/identity';
import { type Plan, parsePlan } from '@onpace/core/schemas';
import { type SeededTeam, seedTeam, type TeamMember } from '@onpace/fake-crm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { realClock } from '../../src/sync/clock';
import { CrmHttp } from '../../src/sync/http';
import { TokenBucket } from '../../src/sync/pacer';
import { syncHubSpotTeam } from '../../src/sync/team/hubspot-team-sync';
import { MemoryTeamStore } from '../../src/sync/team/memory-team-store';
import { type FakeCrm, fakeCrmFetch, startFakeCrm } from './support/fake-crm';
import { normalize } from './support/quarter';

const SEED_START = '2026-06-03';
const BASELINE_DAYS = 21;
const PLAN_DAYS = 21;
const PLAN_START = addDays(SEED_START, BASELINE_DAYS);
const team: SeededTeam = seedTeam({ start: SEED_START, days: BASELINE_DAYS + PLAN_DAYS });
const everyone = [team.manager, ...team.reps];

function planOf(member: TeamMember): Plan {
  return parsePlan({
    id: `plan-${member.email.split('@')[0]}`,
    title: `${member.name}'s plan`,
    rep: {
      id: `rep-${member.hubspotOwnerId}`,
      name: member.name,
      crm: { hubspotOwnerId: member.hubspotOwnerId },
    },
    manager: {
      id: 'manager-morgan',
      name: team.manager.name,
      crm: { hubspotOwnerId: team.manager.hubspotOwnerId },
    },
    timeZone: member.timeZone,
    start: PLAN_START,
    end: addDays(PLAN_START, PLAN_DAYS - 1),
    baselineDays: BASELINE_DAYS,
    targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 30 }],
  });
}
const plans = everyone.map(planOf);

function identityOf(member: TeamMember): BrowserIdentity {
  return { hubspot: { ownerId: member.hubspotOwnerId, checkedAt: '2026-08-01T12:00:00Z' } };
}

let crm: FakeCrm;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: team, searchRequestsPerSecond: 0 });
});
beforeEach(() => crm.reset());
afterAll(() => crm.close());

function run(member: TeamMember, store: MemoryTeamStore, extra: { resultCap?: number } = {}) {
  const http = new CrmHttp({
    fetch: fakeCrmFetch(crm),
    clock: realClock,
    searchPacer: new TokenBucket(realClock, { ratePerSecond: 1000, burst: 1000 }),
  });
  const query = syncScope(plans, identityOf(member)).hubspot;
  if (query === null) throw new Error('nothing to sync');
  return {
    query,
    outcome: syncHubSpotTeam({
      http,
      store,
      token: member.hubspotToken,
      query,
      nowMs: () => Date.now(),
      ...(extra.resultCap === undefined ? {} : { resultCap: extra.resultCap }),
    }),
  };
}

function stored(store: MemoryTeamStore, member: TeamMember) {
  const fromMs = startOfLocalDay(toDayNumber(SEED_START), member.timeZone);
  const toMs = startOfLocalDay(toDayNumber(SEED_START) + BASELINE_DAYS + PLAN_DAYS, member.timeZone);
  return normalize(
    store
      .live(`rep-${member.hubspotOwnerId}`)
      .filter((row) => {
        const at = parseInstant(row.occurredAt);
        return at >= fromMs && at < toMs;
      })
      .map((row) => ({
        id: row.id,
        metric: row.metric as never,
        occurredAt: row.occurredAt,
        ...(row.amount === undefined ? {} : { amount: row.amount }),
      })),
  );
}

const searches = () => crm.requests().filter((entry) => entry.path.endsWith('/search'));

describe('the HubSpot team sync', { timeout: 60_000 }, () => {
  it("reads the manager's team with one IN search per object type and stores each rep's activity", async () => {
    const store = new MemoryTeamStore();
    expect((await run(team.manager, store).outcome).kind).toBe('synced');
    const pagesPerType = HUBSPOT_OBJECT_TYPES.map(
      (type) => searches().filter((entry) => entry.path.includes(`/${type}/`)).length,
    );
    expect(pagesPerType.every((count) => count >= 1)).toBe(true);
    for (const member of everyone) expect(stored(store, member)).toEqual(normalize(member.expected.hubspot));
  });

  it("reads only the rep's own records with the rep's token", async () => {
    const rep = team.reps[2];
    if (rep === undefined) throw new Error('three reps');
    const store = new MemoryTeamStore();
    const { query, outcome } = run(rep, store);
    expect(query.ownerIds).toEqual([rep.hubspotOwnerId]);
    expect((await outcome).kind).toBe('synced');
    expect(store.reps()).toEqual([`rep-${rep.hubspotOwnerId}`]);
    expect(stored(store, rep)).toEqual(normalize(rep.expected.hubspot));
  });

  it('splits a range over the result cap and still reads every record once', async () => {
    const store = new MemoryTeamStore();
    expect((await run(team.manager, store, { resultCap: 400 }).outcome).kind).toBe('synced');
    for (const member of everyone) expect(stored(store, member)).toEqual(normalize(member.expected.hubspot));
  });

  it('asks once per object type when nothing changed', async () => {
    const store = new MemoryTeamStore();
    await run(team.manager, store).outcome;
    crm.clearRequests();
    expect((await run(team.manager, store).outcome).kind).toBe('synced');
    expect(searches()).toHaveLength(HUBSPOT_OBJECT_TYPES.length);
  });
});
