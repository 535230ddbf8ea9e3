/**
 * The team sync against the fake CRM's team org (seedTeam): a manager's browser reads the three
 * reps (and their own plan) with one OwnerId IN query per object type and stores each rep's
 * activity exactly as the fake's story says; a rep's browser, from the same plans, reads its own
 * records only; a stopped sync resumes where it was; an unchanged team costs one request per type.
 */
import { addDays, parseInstant, startOfLocalDay, toDayNumber } from '@onpace/core/calendar';
import { SALESFORCE_OBJECT_TYPES } from '@onpace/core/crm';
import { type BrowserIdentity, syncScope } from '@onpace/core/identity';
import { type Plan, parsePlan } from '@onpace/core/schemas';
import { type SeededTeam, seedTeam, type TeamMember } from '@onpace/fake-crm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { realClock } from '../../src/sync/clock';
import { CrmHttp } from '../../src/sync/http';
import { TokenBucket } from '../../src/sync/pacer';
import { MemoryTeamStore } from '../../src/sync/team/memory-team-store';
import { syncSalesforceTeam } from '../../src/sync/team/salesforce-team-sync';
import { type FakeCrm, fakeCrmFetch, startFakeCrm } from './support/fake-crm';
import { normalize } from './support/quarter';

const API_HOST = 'northwind.my.salesforce.com';
const SEED_START = '2026-06-03';
const BASELINE_DAYS = 30;
const PLAN_DAYS = 28;
const PLAN_START = addDays(SEED_START, BASELINE_DAYS);
const team: SeededTeam = seedTeam({ start: SEED_START, days: BASELINE_DAYS + PLAN_DAYS });
const everyone = [team.manager, ...team.reps];

function planOf(member: TeamMember): Plan {
  return parsePlan({
    id: `plan-${member.email.split('@')[0]}`,
    title: `${member.name}'s plan`,
    rep: {
      id: `rep-${member.salesforceUserId}`,
      name: member.name,
      crm: { salesforceUserId: member.salesforceUserId },
    },
    manager: {
      id: 'manager-morgan',
      name: team.manager.name,
      crm: { salesforceUserId: team.manager.salesforceUserId },
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
  return {
    salesforce: {
      userId: member.salesforceUserId,
      organizationId: team.salesforce.user.organizationId,
      checkedAt: '2026-08-01T12:00:00Z',
    },
  };
}

let crm: FakeCrm;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: team, searchRequestsPerSecond: 0 });
});
beforeEach(() => crm.reset());
afterAll(() => crm.close());

function run(
  member: TeamMember,
  store: MemoryTeamStore,
  extra: { signal?: AbortSignal; onPage?: () => void } = {},
) {
  const http = new CrmHttp({
    fetch: fakeCrmFetch(crm),
    clock: realClock,
    searchPacer: new TokenBucket(realClock),
  });
  const query = syncScope(plans, identityOf(member)).salesforce;
  if (query === null) throw new Error('nothing to sync');
  return {
    http,
    query,
    outcome: syncSalesforceTeam({
      http,
      store,
      apiHost: API_HOST,
      token: member.salesforceSessionId,
      query,
      nowMs: () => Date.now(),
      ...(extra.signal === undefined ? {} : { signal: extra.signal }),
      ...(extra.onPage === undefined ? {} : { onProgress: extra.onPage }),
    }),
  };
}

/** What the store holds for a member inside their own seeded window, in the expected list's shape. */
function stored(store: MemoryTeamStore, member: TeamMember) {
  const fromMs = startOfLocalDay(toDayNumber(SEED_START), member.timeZone);
  const toMs = startOfLocalDay(toDayNumber(SEED_START) + BASELINE_DAYS + PLAN_DAYS, member.timeZone);
  return normalize(
    store
      .live(`rep-${member.salesforceUserId}`)
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

function queries() {
  return crm.requests().filter((entry) => entry.path.includes('/queryAll'));
}

describe('the Salesforce team sync', { timeout: 60_000 }, () => {
  it("reads the manager's team with one OwnerId IN query per object type, and stores each rep's activity", async () => {
    const store = new MemoryTeamStore();
    const progress: number[] = [];
    const { outcome } = run(team.manager, store, { onPage: () => progress.push(1) });
    expect((await outcome).kind).toBe('synced');
    const firstQueries = queries().filter((entry) => entry.query.startsWith('q='));
    expect(firstQueries).toHaveLength(SALESFORCE_OBJECT_TYPES.length);
    for (const entry of firstQueries) {
      const soql = decodeURIComponent(entry.query.slice(2).replaceAll('+', ' '));
      expect(soql).toContain('OwnerId IN (');
      for (const member of everyone) expect(soql).toContain(member.salesforceUserId);
    }
    expect(progress.length).toBe(queries().length);
    for (const member of everyone)
      expect(stored(store, member)).toEqual(normalize(member.expected.salesforce));
    expect(store.reps().sort()).toEqual(everyone.map((member) => `rep-${member.salesforceUserId}`).sort());
  });

  it("reads only the rep's own records in a rep's browser, never the manager's", async () => {
    const rep = team.reps[1];
    if (rep === undefined) throw new Error('three reps');
    const store = new MemoryTeamStore();
    const { query, outcome } = run(rep, store);
    expect(query.ownerIds).toEqual([rep.salesforceUserId]);
    expect((await outcome).kind).toBe('synced');
    for (const entry of queries())
      expect(decodeURIComponent(entry.query)).not.toContain(team.manager.salesforceUserId);
    expect(store.reps()).toEqual([`rep-${rep.salesforceUserId}`]);
    expect(stored(store, rep)).toEqual(normalize(rep.expected.salesforce));
  });

  it('stops when asked, and the next run resumes at the committed page to the same result', async () => {
    const store = new MemoryTeamStore();
    const stop = new AbortController();
    let pages = 0;
    const first = await run(team.manager, store, {
      signal: stop.signal,
      onPage: () => {
        pages += 1;
        if (pages === 2) stop.abort();
      },
    }).outcome;
    expect(first.kind).toBe('stopped');
    const cursor = (await store.getTeamState('salesforce'))?.cursor;
    expect(cursor).not.toBeNull();
    crm.clearRequests();
    expect((await run(team.manager, store).outcome).kind).toBe('synced');
    // The resumed run did not start over: its first request continues the stored cursor.
    const resumedFirst = queries()[0];
    expect(resumedFirst?.path).toBe(cursor?.nextRecordsUrl ?? resumedFirst?.path);
    for (const member of everyone)
      expect(stored(store, member)).toEqual(normalize(member.expected.salesforce));
  });

  it('asks once per object type when nothing changed', async () => {
    const store = new MemoryTeamStore();
    await run(team.manager, store).outcome;
    crm.clearRequests();
    const again = await run(team.manager, store).outcome;
    expect(again.kind).toBe('synced');
    expect(queries()).toHaveLength(SALESFORCE_OBJECT_TYPES.length);
    for (const entry of queries()) expect(decodeURIComponent(entry.query)).toContain('SystemModstamp >=');
  });
});
