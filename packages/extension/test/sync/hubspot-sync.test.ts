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

const hubspotOnly = { trigger: 'manual', sources: ['hubspot'] } as const;

async function seeded(searchPerSecond = 0) {
  const started = await startSeededCrm({ searchPerSecond });
  crm = started.crm;
  const store = new MemorySyncStore([planFor(started.quarter)]);
  return { ...started, store };
}

describe('HubSpot sync against the fake CRM', () => {
  it('finds the owner by email, stores exactly the seeded activity, then an unchanged incremental makes one search per object type', async () => {
    const { crm, quarter, store } = await seeded();
    const clock = new FakeClock(Date.now());
    const { engine } = engineFor({ crm, quarter, store, clock });

    const cold = await engine.run(hubspotOnly);
    expect(cold.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    expect(crm.requests()[0]?.path).toBe('/crm/v3/owners');
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
    expect((await store.getState('plan-riley', 'hubspot'))?.identity).toMatchObject({
      crmUserId: quarter.hubspot.owners[0]?.id,
      idKind: 'hubspot-owner',
      email: 'riley.rep@acme.test',
    });

    crm.clearRequests();
    clock.advance(10 * 60_000);
    const warm = await engine.run(hubspotOnly);
    expect(warm.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'incremental', written: 0 });
    expect(crm.requests().map((entry) => entry.path)).toEqual([
      '/crm/v3/objects/calls/search',
      '/crm/v3/objects/emails/search',
      '/crm/v3/objects/meetings/search',
      '/crm/v3/objects/deals/search',
      '/crm/v3/objects/contacts/search',
    ]);
  });

  it('ends exact with no duplicates through a storm of 429s, 5xx and dropped connections', async () => {
    const { crm, quarter, store } = await seeded();
    const clock = new FakeClock(Date.now());
    const { engine } = engineFor({ crm, quarter, store, clock });
    const search = '/crm/v3/objects/';
    crm.setFaults([
      { match: search, kind: '429-secondly', times: 3 },
      { match: search, kind: '429-ten-secondly', skip: 2, times: 1 },
      { match: search, kind: '429-retry-after', retryAfterSeconds: 3, skip: 5, times: 1 },
      { match: search, kind: '500', status: 503, skip: 7, times: 2 },
      { match: search, kind: 'reset', skip: 10, times: 1 },
      { match: search, kind: '429-secondly', skip: 12, times: 1 },
    ]);
    const first = await engine.run(hubspotOnly);
    // The first search meets three secondly 429s (HubSpot's SDK waits 1 s per attempt), then a
    // TEN_SECONDLY_ROLLING one on its fourth attempt: 40 s is too long to wait in a worker, so the
    // run stops at its checkpoint and names when to go on.
    expect(clock.sleeps).toEqual([1_000, 2_000, 3_000]);
    expect(first.results[0]?.outcome).toMatchObject({ kind: 'fault', fault: { code: 'rate-limited' } });
    expect(first.retryAt).toBe(new Date(clock.now() + 40_000).toISOString());

    let report = first;
    for (let round = 0; round < 5 && report.retryAt !== null; round++) {
      clock.set(report.retryAt);
      report = await engine.run({ trigger: 'resume', sources: ['hubspot'] });
    }
    expect(report.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    expect(crm.pendingFaults()).toEqual([]);
    // Retry-After as given (3 s), backoff for 5xx and a dropped connection, 1 s for secondly
    // (the pacer's own quarter-second spacing left out).
    expect(clock.sleeps.slice(3).filter((ms) => ms >= 1_000)).toEqual([3_000, 1_000, 2_000, 1_000, 1_000]);
    const rows = store.allRows();
    expect(new Set(rows.map((row) => `${row.source}|${row.id}|${row.metric}`)).size).toBe(rows.length);
    expect(counted(rows, 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
  });

  it('stops for a Retry-After too long to wait in the worker, and resumes from the same page', async () => {
    const { crm, quarter, store } = await seeded();
    const clock = new FakeClock(Date.now());
    const { engine } = engineFor({ crm, quarter, store, clock });
    crm.setFaults([
      { match: '/crm/v3/objects/emails', kind: '429-retry-after', retryAfterSeconds: 120, times: 1 },
    ]);
    const first = await engine.run(hubspotOnly);
    expect(first.results[0]?.outcome).toMatchObject({ kind: 'fault', fault: { code: 'rate-limited' } });
    expect(first.retryAt).toBe(new Date(clock.now() + 120_000).toISOString());
    const state = await store.getState('plan-riley', 'hubspot');
    expect(state?.cursor).toMatchObject({ objectIndex: 1 });

    const early = await engine.run({ trigger: 'resume' });
    expect(early.results.find((result) => result.source === 'hubspot')?.outcome.kind).toBe('waiting');
    clock.advance(120_000);
    crm.clearRequests();
    const resumed = await engine.run({ trigger: 'resume', sources: ['hubspot'] });
    expect(resumed.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    // Calls were done: the resumed pass starts at emails.
    expect(crm.requests()[0]?.path).toBe('/crm/v3/objects/emails/search');
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
  });

  it('splits a range whose total is over the result cap and still reads each record once', async () => {
    const { crm, quarter, store } = await seeded();
    const clock = new FakeClock(Date.now());
    const { engine } = engineFor({
      crm,
      quarter,
      store,
      clock,
      extra: {
        hubspot: {
          resultCap: 150,
          pageLimit: 50,
          credentials: async () => ({ token: quarter.hubspot.token, email: 'riley.rep@acme.test' }),
        },
      },
    });
    const run = await engine.run(hubspotOnly);
    expect(run.results[0]?.outcome).toMatchObject({ kind: 'synced' });
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
    const state = await store.getState('plan-riley', 'hubspot');
    expect(state?.lastFullSyncAt).not.toBeNull();
  });

  it('keeps pace under the real search limit: no 429 from the fake at 5 searches a second', async () => {
    const { crm, quarter, store } = await seeded(5);
    const { engine } = engineFor({
      crm,
      quarter,
      store,
      extra: {
        hubspot: {
          pageLimit: 100,
          credentials: async () => ({ token: quarter.hubspot.token, email: 'riley.rep@acme.test' }),
        },
      },
    });
    const run = await engine.run(hubspotOnly);
    expect(run.results[0]?.outcome).toMatchObject({ kind: 'synced' });
    const searches = crm.requests().filter((entry) => entry.path.endsWith('/search'));
    expect(searches.length).toBeGreaterThan(8);
    expect(searches.filter((entry) => entry.fault === 'rate-limit')).toEqual([]);
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
  }, 60_000);

  it('keeps every stored activity when the token is refused, and says what to do', async () => {
    const { crm, quarter, store } = await seeded();
    let token: string | null = quarter.hubspot.token;
    const { engine } = engineFor({ crm, quarter, store, hubspotToken: () => token });
    await engine.run(hubspotOnly);
    const before = structuredClone(store.allRows());
    token = 'pat-na1-revoked';
    const refused = await engine.run(hubspotOnly);
    expect(refused.results[0]?.outcome).toMatchObject({ kind: 'fault', fault: { code: 'session-expired' } });
    const fault = (await store.getState('plan-riley', 'hubspot'))?.fault;
    expect(fault?.message).toBe(
      'HubSpot refused the access token — paste a valid private-app token in OnPace options.',
    );
    expect(store.allRows()).toEqual(before);
    token = null;
    const off = await engine.run(hubspotOnly);
    expect(off.results[0]?.outcome).toEqual({
      kind: 'skipped',
      reason: 'no HubSpot token in OnPace options',
    });
  });
});
