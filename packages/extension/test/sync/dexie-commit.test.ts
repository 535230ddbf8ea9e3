/**
 * DexieSyncStore beyond the shared store contract: a commit that brings nothing new leaves the
 * rollup cache and the overlay alone (an idle sync runs every few minutes), a state saved on its
 * own is read back and shown, a stored state row that is not an object reads as no state, and
 * the live-activity window includes its start and excludes its end.
 */
import type { Activity } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import { DexieSyncStore, fromRow } from '../../src/sync/dexie-store';
import { emptySyncState } from '../../src/sync/state';
import { samplePlan } from '../support/sample-plan';

const plan = samplePlan();

function call(id: string, occurredAt = '2026-03-03T15:00:00.000Z'): Activity {
  return { source: 'hubspot', id, metric: 'calls', occurredAt, modifiedAt: '2026-03-03T15:01:00.000Z' };
}

let databases = 0;

async function storeWithClock() {
  databases += 1;
  const db = new OnPaceDb(`onpace-dexie-commit-${databases}`);
  await db.plans.put(plan);
  let now = new Date('2026-03-11T15:00:00Z');
  let changes = 0;
  const store = new DexieSyncStore({
    db,
    now: () => now,
    changed: () => {
      changes += 1;
    },
  });
  return {
    db,
    store,
    changes: () => changes,
    setNow: (iso: string) => {
      now = new Date(iso);
    },
  };
}

describe('DexieSyncStore.commit with nothing new', () => {
  it('saves the checkpoint but neither rewrites the rollup cache nor pushes a change', async () => {
    const { db, store, changes, setNow } = await storeWithClock();
    const state = emptySyncState(plan.id, 'hubspot');
    expect(await store.commit({ state, repId: plan.rep.id, activities: [call('1')] })).toBe(1);
    expect(changes()).toBe(1);
    const cached = await db.rollups.get(plan.id);
    expect(cached?.computedAt).toBe('2026-03-11T15:00:00.000Z');

    setNow('2026-03-11T15:05:00Z');
    const later = { ...state, lastRunAt: '2026-03-11T15:05:00.000Z' };
    expect(await store.commit({ state: later, repId: plan.rep.id, activities: [call('1')] })).toBe(0);
    expect(await db.rollups.get(plan.id)).toEqual(cached);
    expect(changes()).toBe(1);
    expect((await store.getState(plan.id, 'hubspot'))?.lastRunAt).toBe('2026-03-11T15:05:00.000Z');
  });
});

describe('DexieSyncStore state rows', () => {
  it('reads a missing, null or non-object row as no state', async () => {
    const { store } = await storeWithClock();
    expect(await store.getState(plan.id, 'salesforce')).toBeNull();
    expect(fromRow(null)).toBeNull();
    expect(fromRow(undefined)).toBeNull();
    expect(fromRow('a row')).toBeNull();
  });
});

describe('DexieSyncStore.putState', () => {
  it('saves a state on its own, readable at once, and pushes the change to the overlay', async () => {
    const { store, changes } = await storeWithClock();
    const fault = { code: 'rate-limited', message: 'wait', at: '2026-03-11T15:00:00.000Z', retryAt: null };
    const state = { ...emptySyncState(plan.id, 'hubspot'), fault };
    await store.putState(state);
    expect(await store.getState(plan.id, 'hubspot')).toEqual(state);
    expect(changes()).toBe(1);
  });
});

describe('DexieSyncStore.liveActivities', () => {
  it('includes an activity at the window start and leaves out one at its end or before it', async () => {
    const { store } = await storeWithClock();
    const from = '2026-03-02T05:00:00.000Z';
    const to = '2026-03-28T04:00:00.000Z';
    await store.commit({
      state: emptySyncState(plan.id, 'hubspot'),
      repId: plan.rep.id,
      activities: [call('at-start', from), call('before', '2026-03-02T04:59:59.999Z'), call('at-end', to)],
    });
    const live = await store.liveActivities({
      repId: plan.rep.id,
      source: 'hubspot',
      metrics: ['calls'],
      fromMs: Date.parse(from),
      toMs: Date.parse(to),
    });
    expect(live.map((row) => row.id)).toEqual(['at-start']);
  });
});
