import { afterEach, describe, expect, it } from 'vitest';
import { MemorySyncStore } from '../../src/sync/memory-store';
import { FakeClock } from './support/fake-clock';
import type { ExpectedActivity, FakeCrm, SeededQuarter } from './support/fake-crm';
import { counted, engineFor, normalize, planFor, startSeededCrm } from './support/harness';

let crm: FakeCrm | undefined;
afterEach(async () => {
  await crm?.close();
  crm = undefined;
});

const DAY = 86_400_000;

async function synced(source: 'salesforce' | 'hubspot') {
  const started = await startSeededCrm();
  crm = started.crm;
  const store = new MemorySyncStore([planFor(started.quarter)]);
  const clock = new FakeClock(Date.now());
  const { engine } = engineFor({ ...started, store, clock });
  const run = () => engine.run({ trigger: 'schedule', sources: [source] });
  const cold = await run();
  expect(cold.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
  return { ...started, store, clock, run };
}

function without(list: readonly ExpectedActivity[], id: string): ExpectedActivity[] {
  return normalize(list.filter((activity) => activity.id !== id));
}

/** The fake's seed with one record changed (a deep copy: the quarter itself stays as seeded). */
function edited(quarter: SeededQuarter, change: (seed: SeededQuarter) => void): SeededQuarter {
  const copy = structuredClone(quarter);
  change(copy);
  return copy;
}

/** Salesforce writes datetimes as 2026-01-05T14:03:00.000+0000. */
const salesforceNow = (offsetMs = 60_000) =>
  new Date(Date.now() + offsetMs).toISOString().replace('Z', '+0000');

describe('deletions', () => {
  it('Salesforce: an incremental sync retracts a deleted call at once (queryAll shows IsDeleted)', async () => {
    const { crm, quarter, store, clock, run } = await synced('salesforce');
    const call = quarter.expected.salesforce.find((activity) => activity.metric === 'connects');
    if (!call) throw new Error('the seed has no connected call');
    crm.setSeed(
      edited(quarter, (seed) => {
        const task = seed.salesforce.records.Task.find((record) => record.Id === call.id);
        Object.assign(task ?? {}, { IsDeleted: true, SystemModstamp: salesforceNow() });
      }),
    );
    clock.advance(10 * 60_000);
    const report = await run();
    expect(report.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'incremental' });
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(
      without(quarter.expected.salesforce, call.id),
    );
  });

  it('Salesforce: an opportunity given to a colleague leaves the rep at the next daily full resync', async () => {
    const { crm, quarter, store, clock, run } = await synced('salesforce');
    const deal = quarter.expected.salesforce.find((activity) => activity.metric === 'opportunities_created');
    if (!deal) throw new Error('the seed has no opportunity');
    crm.setSeed(
      edited(quarter, (seed) => {
        const record = seed.salesforce.records.Opportunity.find((candidate) => candidate.Id === deal.id);
        Object.assign(record ?? {}, { OwnerId: '005000000000002AAA', SystemModstamp: salesforceNow() });
      }),
    );
    clock.advance(10 * 60_000);
    await run();
    // Out of the rep's query, and no change says so: still counted until the full resync.
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
    clock.advance(DAY);
    const full = await run();
    expect(full.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(
      without(quarter.expected.salesforce, deal.id),
    );
  });

  it('HubSpot: an archived call (never in search results) is retracted by the full resync', async () => {
    const { crm, quarter, store, clock, run } = await synced('hubspot');
    const call = quarter.expected.hubspot.find((activity) => activity.metric === 'calls');
    if (!call) throw new Error('the seed has no call');
    crm.setSeed(
      edited(quarter, (seed) => {
        const record = seed.hubspot.objects.calls.find((candidate) => candidate.id === call.id);
        if (record) record.archived = true;
      }),
    );
    clock.advance(10 * 60_000);
    await run();
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
    clock.advance(DAY);
    const full = await run();
    expect(full.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(without(quarter.expected.hubspot, call.id));
    // Restored from the recycle bin: the next full read counts it again.
    crm.setSeed(quarter);
    clock.advance(DAY);
    await run();
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
  });
});
