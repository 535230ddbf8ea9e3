/**
 * The sync benchmark's body (TypeScript, loaded by bench/sync.mjs through Vite): requests and
 * wall time to sync a 90-day window holding about 5,000 activities of one rep, per CRM, cold
 * (empty store) and incremental (nothing changed), against the fake CRM over real HTTPS, with
 * the sync engine, the real clock (so the HubSpot pacer really waits) and the in-memory store.
 *
 * The minimum is counted independently of the engine: one identity request, then for each
 * object type ceil(records the window query returns / page size), as the fake reports them.
 */
import { performance } from 'node:perf_hooks';
import {
  HUBSPOT_OBJECT_TYPES,
  HUBSPOT_SEARCH_PAGE_LIMIT,
  HubSpotSearchPage,
  hubspotSearchBody,
  hubspotSearchPath,
  SALESFORCE_OBJECT_TYPES,
  SalesforceQueryPage,
  salesforceQueryPath,
  soqlForWindow,
} from '@onpace/core/crm';
import { realClock } from '../src/sync/clock';
import { createSyncEngine } from '../src/sync/create-engine';
import type { SyncReport } from '../src/sync/engine';
import { MemorySyncStore } from '../src/sync/memory-store';
import { fakeCrmFetch, type SeededQuarter, seedQuarter, startFakeCrm } from '../test/sync/support/fake-crm';
import { counted, normalize, planFor, REP_EMAIL, type SyncedSource } from '../test/sync/support/quarter';

const SALESFORCE_PAGE = 2_000;
const SALESFORCE_HOST = 'acme.my.salesforce.com';
/** Default activity rates times 1.4: about 5,000 counted activities in 90 days. */
const SCALE = 1.4;

export interface BenchLine {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
}

async function minimumRequests(
  source: SyncedSource,
  quarter: SeededQuarter,
  fetch: ReturnType<typeof fakeCrmFetch>,
): Promise<number> {
  let pages = 1; // userinfo, or the owner lookup by email
  const { fromMs, toMs } = quarter.window;
  if (source === 'salesforce') {
    for (const objectType of SALESFORCE_OBJECT_TYPES) {
      const soql = soqlForWindow(objectType, {
        fromUtc: fromMs,
        toUtc: toMs,
        ownerId: quarter.salesforce.user.userId,
      });
      const response = await fetch(`https://${SALESFORCE_HOST}${salesforceQueryPath(soql, { all: true })}`, {
        method: 'GET',
        headers: { authorization: `Bearer ${quarter.salesforce.sessionId}` },
      });
      const page = SalesforceQueryPage.parse(JSON.parse(await response.text()));
      pages += Math.max(1, Math.ceil(page.totalSize / SALESFORCE_PAGE));
    }
    return pages;
  }
  const ownerId = quarter.hubspot.owners[0]?.id ?? '';
  for (const objectType of HUBSPOT_OBJECT_TYPES) {
    const body = hubspotSearchBody(objectType, { ownerId, fromMs, toMs, limit: 1 });
    const response = await fetch(`https://api.hubapi.com${hubspotSearchPath(objectType)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${quarter.hubspot.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const page = HubSpotSearchPage.parse(JSON.parse(await response.text()));
    pages += Math.max(1, Math.ceil(page.total / HUBSPOT_SEARCH_PAGE_LIMIT));
    // The fake allows 5 searches a second; these reference counts must not eat the engine's budget.
    await realClock.sleep(250);
  }
  return pages;
}

async function timed(run: () => Promise<SyncReport>): Promise<{ report: SyncReport; ms: number }> {
  const started = performance.now();
  const report = await run();
  return { report, ms: performance.now() - started };
}

export async function runSyncBench(): Promise<BenchLine[]> {
  const quarter = seedQuarter({
    email: REP_EMAIL,
    start: '2026-01-05',
    days: 90,
    timeZone: 'America/New_York',
    activitiesPerDay: {
      calls: 30 * SCALE,
      emails: 20 * SCALE,
      meetings: 1.5 * SCALE,
      opportunities: 0.4 * SCALE,
    },
  });
  const crm = await startFakeCrm({
    port: 0,
    seed: quarter,
    pageSize: SALESFORCE_PAGE,
    searchRequestsPerSecond: 5,
  });
  const fetch = fakeCrmFetch(crm);
  const lines: BenchLine[] = [];
  try {
    for (const source of ['salesforce', 'hubspot'] as const) {
      const minimum = await minimumRequests(source, quarter, fetch);
      // A second apart: the fake's rolling search limit forgets the reference counts.
      await realClock.sleep(1_000);
      const store = new MemorySyncStore([planFor(quarter)]);
      const { engine } = createSyncEngine({
        fetch,
        clock: realClock,
        store,
        scope: async () => ({ role: 'rep', myPlanId: 'plan-riley' }),
        salesforce: {
          sessions: { session: async () => ({ token: quarter.salesforce.sessionId, orgId: null }) },
          apiHost: async () => SALESFORCE_HOST,
        },
        hubspot: { credentials: async () => ({ token: quarter.hubspot.token, email: REP_EMAIL }) },
      });
      crm.clearRequests();
      const cold = await timed(() => engine.run({ trigger: 'manual', sources: [source] }));
      const exact =
        JSON.stringify(counted(store.allRows(), source, quarter)) ===
        JSON.stringify(normalize(quarter.expected[source]));
      const throttled = crm.requests().filter((entry) => entry.status === 429).length;
      const warm = await timed(() => engine.run({ trigger: 'manual', sources: [source] }));
      const coldRequests = cold.report.requests[source];
      const objectTypes =
        source === 'salesforce' ? SALESFORCE_OBJECT_TYPES.length : HUBSPOT_OBJECT_TYPES.length;
      lines.push(
        {
          name: `sync ${source} activities in window`,
          value: quarter.expected[source].length,
          unit: 'activities',
        },
        { name: `sync ${source} cold requests`, value: coldRequests, unit: 'requests' },
        { name: `sync ${source} cold minimum requests`, value: minimum, unit: 'requests' },
        {
          name: `sync ${source} cold over minimum`,
          value: (((coldRequests - minimum) / minimum) * 100).toFixed(1),
          unit: '%',
        },
        { name: `sync ${source} cold wall time`, value: Math.round(cold.ms), unit: 'ms' },
        { name: `sync ${source} cold 429 answers`, value: throttled, unit: 'responses' },
        { name: `sync ${source} cold stored counts exact`, value: exact ? 'yes' : 'NO', unit: '' },
        {
          name: `sync ${source} incremental requests`,
          value: warm.report.requests[source],
          unit: 'requests',
        },
        { name: `sync ${source} incremental minimum requests`, value: objectTypes, unit: 'requests' },
        { name: `sync ${source} incremental wall time`, value: Math.round(warm.ms), unit: 'ms' },
      );
    }
  } finally {
    await crm.close();
  }
  return lines;
}
