import type { Activity } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import { DexieSyncStore, fromRow } from '../../src/sync/dexie-store';
import { MemorySyncStore } from '../../src/sync/memory-store';
import { emptySyncState, type SyncState } from '../../src/sync/state';
import type { SyncStore } from '../../src/sync/store';
import { samplePlan } from '../support/sample-plan';

const plan = samplePlan();
const REP = plan.rep.id;

function call(id: string, extra: Partial<Activity> = {}): Activity {
  return {
    source: 'hubspot',
    id,
    metric: 'calls',
    occurredAt: '2026-03-03T15:00:00.000Z',
    modifiedAt: '2026-03-03T15:01:00.000Z',
    ...extra,
  };
}

function state(extra: Partial<SyncState> = {}): SyncState {
  return { ...emptySyncState(plan.id, 'hubspot'), ...extra };
}

let databases = 0;
const stores: Record<string, () => Promise<{ store: SyncStore; rows: () => Promise<Activity[]> }>> = {
  memory: async () => {
    const store = new MemorySyncStore([plan]);
    return { store, rows: async () => store.allRows() };
  },
  dexie: async () => {
    databases += 1;
    const db = new OnPaceDb(`onpace-sync-contract-${databases}`);
    await db.plans.put(plan);
    const store = new DexieSyncStore({ db, now: () => new Date('2026-03-11T15:00:00Z') });
    return { store, rows: () => db.activities.toArray() };
  },
};

describe.each(Object.keys(stores))('SyncStore contract: %s', (name) => {
  const open = stores[name] as (typeof stores)[string];

  it('upserts by (source, id, metric): a repeat replaces, never adds', async () => {
    const { store, rows } = await open();
    await store.commit({ state: state(), repId: REP, activities: [call('1'), call('2')] });
    const again = await store.commit({ state: state(), repId: REP, activities: [call('1'), call('2')] });
    expect(again).toBe(0);
    await store.commit({
      state: state(),
      repId: REP,
      activities: [
        call('1', { occurredAt: '2026-03-04T15:00:00.000Z', modifiedAt: '2026-03-04T15:00:00.000Z' }),
      ],
    });
    const all = await rows();
    expect(all).toHaveLength(2);
    expect(all.find((row) => row.id === '1')?.occurredAt).toBe('2026-03-04T15:00:00.000Z');
  });

  it('ignores an older version, and drops a tombstone with nothing to retract', async () => {
    const { store, rows } = await open();
    await store.commit({
      state: state(),
      repId: REP,
      activities: [call('1', { modifiedAt: '2026-03-05T00:00:00.000Z' })],
    });
    const written = await store.commit({
      state: state(),
      repId: REP,
      activities: [call('1', { occurredAt: '2026-03-02T15:00:00.000Z' }), call('9', { deleted: true })],
    });
    expect(written).toBe(0);
    const all = await rows();
    expect(all.map((row) => [row.id, row.occurredAt])).toEqual([['1', '2026-03-03T15:00:00.000Z']]);
  });

  it('a tombstone retracts a live row; the same version coming back revives it', async () => {
    const { store, rows } = await open();
    await store.commit({ state: state(), repId: REP, activities: [call('1')] });
    await store.commit({ state: state(), repId: REP, activities: [call('1', { deleted: true })] });
    expect((await rows())[0]?.deleted).toBe(true);
    expect(
      await store.liveActivities({
        repId: REP,
        source: 'hubspot',
        metrics: ['calls'],
        fromMs: 0,
        toMs: Date.now(),
      }),
    ).toEqual([]);
    await store.commit({ state: state(), repId: REP, activities: [call('1')] });
    expect((await rows())[0]?.deleted).toBeUndefined();
  });

  it('saves the state with the activities and reads it back checked', async () => {
    const { store } = await open();
    const saved = state({
      marks: { calls: 1_000 },
      fault: { code: 'rate-limited', message: 'wait', at: '2026-03-11T15:00:00.000Z', retryAt: null },
    });
    await store.commit({ state: saved, repId: REP, activities: [call('1')] });
    expect(await store.getState(plan.id, 'hubspot')).toEqual(saved);
    expect(await store.getState(plan.id, 'salesforce')).toBeNull();
  });

  it('lists live activities by rep, CRM, metric and window', async () => {
    const { store } = await open();
    await store.commit({
      state: state(),
      repId: REP,
      activities: [
        call('in'),
        call('late', { occurredAt: '2026-04-01T15:00:00.000Z' }),
        call('email', { metric: 'emails' }),
        call('sf', { source: 'salesforce' }),
      ],
    });
    await store.commit({ state: state(), repId: 'someone-else', activities: [call('theirs')] });
    const live = await store.liveActivities({
      repId: REP,
      source: 'hubspot',
      metrics: ['calls'],
      fromMs: Date.parse('2026-03-02T05:00:00Z'),
      toMs: Date.parse('2026-03-28T04:00:00Z'),
    });
    expect(live.map((row) => row.id)).toEqual(['in']);
  });
});

describe('DexieSyncStore rows', () => {
  it('keeps the fields the overlay reads at the top of the row, and refreshes the rollup in the same commit', async () => {
    const db = new OnPaceDb('onpace-sync-rows');
    await db.plans.put(plan);
    const store = new DexieSyncStore({ db, now: () => new Date('2026-03-11T15:00:00Z') });
    const fault = {
      code: 'session-expired',
      message: 'reload',
      at: '2026-03-11T15:00:00.000Z',
      retryAt: null,
    };
    await store.commit({
      state: state({ fault, lastSuccessAt: null }),
      repId: REP,
      activities: [call('1'), call('2')],
    });
    const row = await db.syncState.get([plan.id, 'hubspot']);
    expect(row).toMatchObject({ planId: plan.id, source: 'hubspot', fault, highWaterMark: null });
    expect(fromRow({ planId: plan.id, source: 'hubspot' })).toBeNull();
    const rollup = await db.rollups.get(plan.id);
    expect(rollup?.activityCount).toBe(2);
  });
});
