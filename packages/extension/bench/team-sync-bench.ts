/**
 * The team sync benchmark's body (loaded by bench/team-sync.mjs through Vite): requests to sync a
 * manager's team of 50 reps, each with a 90-day plan and a 90-day baseline of realistic activity
 * (the fake's default weekday rhythm: about 30 calls and 20 emails a day), from the fake CRM's
 * team org over real HTTPS, with the team sync and the in-memory store.
 *
 * The minimum is counted independently of the sync: for each object type, the pages the team's
 * records need at Salesforce's 2,000 a page (ceil(records / 2,000), at least one request).
 */
import { performance } from 'node:perf_hooks';
import { addDays } from '@onpace/core/calendar';
import {
  SALESFORCE_OBJECT_TYPES,
  SalesforceQueryPage,
  salesforceQueryPath,
  soqlForTeam,
} from '@onpace/core/crm';
import { type BrowserIdentity, syncScope } from '@onpace/core/identity';
import { type Plan, parsePlan } from '@onpace/core/schemas';
import { seedTeam, type TeamMemberOptions } from '@onpace/fake-crm';
import { realClock } from '../src/sync/clock';
import { CrmHttp } from '../src/sync/http';
import { TokenBucket } from '../src/sync/pacer';
import { MemoryTeamStore } from '../src/sync/team/memory-team-store';
import { syncSalesforceTeam } from '../src/sync/team/salesforce-team-sync';
import { fakeCrmFetch, startFakeCrm } from '../test/sync/support/fake-crm';

const REPS = 50;
const PLAN_DAYS = 90;
const BASELINE_DAYS = 90;
const SEED_START = '2026-05-04';
const PAGE = 2_000;
const API_HOST = 'northwind.my.salesforce.com';
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];

export interface BenchLine {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
}

export async function runTeamSyncBench(): Promise<BenchLine[]> {
  const reps: TeamMemberOptions[] = Array.from({ length: REPS }, (_, index) => ({
    email: `rep${index + 1}@northwind.test`,
    firstName: 'Rep',
    lastName: String(index + 1),
    timeZone: ZONES[index % ZONES.length] ?? 'America/New_York',
  }));
  const team = seedTeam({ start: SEED_START, days: BASELINE_DAYS + PLAN_DAYS, reps, noise: true });
  const planStart = addDays(SEED_START, BASELINE_DAYS);
  const plans: Plan[] = team.reps.map((rep, index) =>
    parsePlan({
      id: `plan-${index + 1}`,
      title: `${rep.name}'s plan`,
      rep: { id: `rep-${index + 1}`, name: rep.name, crm: { salesforceUserId: rep.salesforceUserId } },
      manager: {
        id: 'manager',
        name: team.manager.name,
        crm: { salesforceUserId: team.manager.salesforceUserId },
      },
      timeZone: rep.timeZone,
      start: planStart,
      end: addDays(planStart, PLAN_DAYS - 1),
      baselineDays: BASELINE_DAYS,
      targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 30 }],
    }),
  );
  const identity: BrowserIdentity = {
    salesforce: {
      userId: team.manager.salesforceUserId,
      organizationId: team.salesforce.user.organizationId,
      checkedAt: '2026-10-01T12:00:00Z',
    },
  };
  const query = syncScope(plans, identity).salesforce;
  if (query === null) throw new Error('the manager has a team to sync');
  const crm = await startFakeCrm({ port: 0, seed: team, searchRequestsPerSecond: 0 });
  try {
    const fetch = fakeCrmFetch(crm);
    const http = new CrmHttp({ fetch, clock: realClock, searchPacer: new TokenBucket(realClock) });
    let minimum = 0;
    let records = 0;
    for (const objectType of SALESFORCE_OBJECT_TYPES) {
      const soql = soqlForTeam(objectType, {
        fromUtc: query.range.fromMs,
        toUtc: query.range.toMs,
        ownerIds: query.ownerIds,
      });
      const response = await fetch(`https://${API_HOST}${salesforceQueryPath(soql, { all: true })}`, {
        method: 'GET',
        headers: { authorization: `Bearer ${team.manager.salesforceSessionId}` },
      });
      const page = SalesforceQueryPage.parse(JSON.parse(await response.text()));
      minimum += Math.max(1, Math.ceil(page.totalSize / PAGE));
      records += page.totalSize;
    }
    const started = performance.now();
    const outcome = await syncSalesforceTeam({
      http,
      store: new MemoryTeamStore(),
      apiHost: API_HOST,
      token: team.manager.salesforceSessionId,
      query,
      nowMs: () => Date.now(),
    });
    const ms = performance.now() - started;
    if (outcome.kind !== 'synced') throw new Error(`the team sync did not finish: ${outcome.kind}`);
    const requests = http.requests('salesforce');
    return [
      { name: 'team_sync_requests_50_reps', value: requests, unit: `requests (minimum ${minimum})` },
      { name: 'team_sync_records_50_reps', value: records, unit: 'records' },
      { name: 'team_sync_wall_50_reps', value: Math.round(ms), unit: 'ms' },
      {
        name: 'team_sync_requests_50_reps_goal_met',
        value: requests <= 1.1 * minimum ? 'yes' : 'NO',
        unit: '',
      },
      {
        name: 'team_sync_requests_50_reps_one_query_per_rep_minimum',
        value: REPS * SALESFORCE_OBJECT_TYPES.length,
        unit: 'requests at least (for comparison)',
      },
    ];
  } finally {
    await crm.close();
  }
}
