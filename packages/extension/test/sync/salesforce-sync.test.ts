import { afterEach, describe, expect, it } from 'vitest';
import { MemorySyncStore } from '../../src/sync/memory-store';
import { FakeClock } from './support/fake-clock';
import type { FakeCrm } from './support/fake-crm';
import { counted, engineFor, normalize, planFor, startSeededCrm } from './support/harness';

let crm: FakeCrm | undefined;
afterEach(async () => {
  await crm?.close();
  crm = undefined;
});

const salesforceOnly = { trigger: 'manual', sources: ['salesforce'] } as const;

async function seeded(pageSize = 200) {
  const started = await startSeededCrm({ pageSize });
  crm = started.crm;
  const store = new MemorySyncStore([planFor(started.quarter)]);
  return { ...started, store };
}

describe('Salesforce sync against the fake CRM', () => {
  it('stores exactly the seeded activity, then an unchanged incremental makes one request per object type', async () => {
    const { crm, quarter, store } = await seeded();
    const { engine } = engineFor({ crm, quarter, store });

    const cold = await engine.run(salesforceOnly);
    expect(cold.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
    const state = await store.getState('plan-riley', 'salesforce');
    expect(state).toMatchObject({ fault: null, cursor: null, apiUsage: { max: 15_000 } });
    expect(state?.highWaterMark).not.toBeNull();

    crm.clearRequests();
    const warm = await engine.run(salesforceOnly);
    expect(warm.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'incremental', written: 0 });
    // Task, Event, Opportunity, Lead; no userinfo (the identity is cached for the org).
    expect(warm.requests.salesforce).toBe(4);
    expect(crm.requests().map((entry) => entry.path)).toEqual([
      '/services/data/v66.0/queryAll',
      '/services/data/v66.0/queryAll',
      '/services/data/v66.0/queryAll',
      '/services/data/v66.0/queryAll',
    ]);
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
  });

  // A pass stopped mid-paging: dexie-rollback.test.ts, on the extension's own database.

  it('goes on by SystemModstamp when the saved query cursor has expired', async () => {
    const { crm, quarter, store } = await seeded(200);
    const { engine } = engineFor({ crm, quarter, store });
    store.failCommitsAfter(2);
    await engine.run(salesforceOnly);
    // Replacing the seed (same data) drops every open cursor: INVALID_QUERY_LOCATOR.
    crm.setSeed(quarter);
    store.failCommitsAfter(null);
    crm.clearRequests();
    const resumed = await engine.run(salesforceOnly);
    expect(resumed.results[0]?.outcome).toMatchObject({ kind: 'synced' });
    const [first, second] = crm.requests();
    expect(first?.status).toBe(400);
    expect(decodeURIComponent(second?.query ?? '')).toContain('SystemModstamp >=');
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
  });

  it('keeps every stored activity and says what to do when the session expires', async () => {
    const { crm, quarter, store } = await seeded();
    let sid: string | null = quarter.salesforce.sessionId;
    const clock = new FakeClock(Date.parse('2026-02-01T15:00:00Z'));
    const { engine } = engineFor({ crm, quarter, store, clock, sessionId: () => sid });
    await engine.run(salesforceOnly);
    const before = structuredClone(store.allRows());

    sid = `${quarter.salesforce.sessionId}-stale`;
    clock.advance(3_600_000);
    // The identity is cached, so the first request is a query; it is refused.
    const expired = await engine.run(salesforceOnly);
    expect(expired.results[0]?.outcome).toMatchObject({ kind: 'fault', fault: { code: 'session-expired' } });
    const state = await store.getState('plan-riley', 'salesforce');
    expect(state?.fault?.message).toBe(
      'Salesforce session expired — reload the Salesforce tab (log in again if asked) and OnPace syncs again.',
    );
    expect(state?.fault?.message).not.toContain(quarter.salesforce.sessionId);
    expect(store.allRows()).toEqual(before);

    sid = null;
    const loggedOut = await engine.run(salesforceOnly);
    expect(loggedOut.results[0]?.outcome).toMatchObject({ kind: 'fault', fault: { code: 'no-session' } });
    expect(store.allRows()).toEqual(before);

    sid = quarter.salesforce.sessionId;
    const back = await engine.run(salesforceOnly);
    expect(back.results[0]?.outcome.kind).toBe('synced');
    expect((await store.getState('plan-riley', 'salesforce'))?.fault).toBeNull();
  });

  it('stops until tomorrow on the daily API limit, keeping what is stored', async () => {
    const { crm, quarter, store } = await seeded();
    const clock = new FakeClock(Date.parse('2026-02-01T15:00:00Z'));
    const { engine } = engineFor({ crm, quarter, store, clock });
    await engine.run(salesforceOnly);
    const before = structuredClone(store.allRows());
    crm.setFaults([{ match: '/services/data/', kind: 'limit-exceeded', times: 5 }]);
    clock.advance(60_000);
    const limited = await engine.run(salesforceOnly);
    expect(limited.results[0]?.outcome).toMatchObject({
      kind: 'fault',
      // Midnight in New York after 2026-02-01 10:01 local.
      fault: { code: 'daily-limit', retryAt: '2026-02-02T05:00:00.000Z' },
    });
    expect(limited.requests.salesforce).toBe(1);
    const scheduled = await engine.run({ trigger: 'schedule', sources: ['salesforce'] });
    expect(scheduled.results[0]?.outcome).toEqual({ kind: 'waiting', until: '2026-02-02T05:00:00.000Z' });
    expect(scheduled.requests.salesforce).toBe(0);
    expect(store.allRows()).toEqual(before);
  });

  it('treats a cut-off body as a fault to retry, never as data', async () => {
    const { crm, quarter, store } = await seeded(200);
    const clock = new FakeClock(Date.parse('2026-02-01T15:00:00Z'));
    const { engine } = engineFor({ crm, quarter, store, clock });
    crm.setFaults([{ match: '/services/data/', kind: 'truncated-body', skip: 1, times: 2 }]);
    const run = await engine.run(salesforceOnly);
    expect(run.results[0]?.outcome.kind).toBe('synced');
    expect(clock.sleeps).toEqual([1_000, 2_000]);
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));

    // A body that stays unreadable ends the run with a fault; nothing stored is lost.
    const before = structuredClone(store.allRows());
    crm.setFaults([{ match: '/services/data/', kind: 'truncated-body', times: 20 }]);
    clock.advance(25 * 3_600_000);
    const broken = await engine.run(salesforceOnly);
    expect(broken.results[0]?.outcome).toMatchObject({
      kind: 'fault',
      fault: { code: 'malformed-response' },
    });
    expect(store.allRows()).toEqual(before);
  });
});
