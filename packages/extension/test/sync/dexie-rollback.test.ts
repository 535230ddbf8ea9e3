/**
 * The sync's commits on the extension's own database: a page of activity, its rollups and the
 * sync's checkpoint land together or not at all. A commit that fails midway (the last write
 * refused, as when the worker is stopped mid-transaction) leaves the database as it was, and the
 * next run resumes from the last committed page.
 */
import type { Activity } from '@onpace/core/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import { DexieSyncStore } from '../../src/sync/dexie-store';
import { emptySyncState } from '../../src/sync/state';
import type { SyncCommit } from '../../src/sync/store';
import { snapshotDb } from '../support/db-snapshot';
import { injectWriteFaults } from '../support/failing-writes';
import { samplePlan } from '../support/sample-plan';
import type { FakeCrm } from './support/fake-crm';
import { counted, engineFor, normalize, planFor, startSeededCrm } from './support/harness';

let crm: FakeCrm | undefined;
let databases = 0;
afterEach(async () => {
  await crm?.close();
  crm = undefined;
});

function freshDb(): OnPaceDb {
  databases += 1;
  return new OnPaceDb(`onpace-sync-rollback-${databases}-${Math.random().toString(36).slice(2)}`);
}

function call(id: string): Activity {
  return {
    source: 'hubspot',
    id,
    metric: 'calls',
    occurredAt: '2026-03-03T15:00:00.000Z',
    modifiedAt: '2026-03-03T15:01:00.000Z',
  };
}

/** The tables a commit writes; `syncState` is written last, after activities and rollups. */
async function committedRecords(db: OnPaceDb) {
  const { activities, rollups, syncState } = await snapshotDb(db);
  return { activities, rollups, syncState };
}

describe('DexieSyncStore.commit', () => {
  it('writes nothing when the commit fails after its activities and rollups were written', async () => {
    const plan = samplePlan();
    const db = freshDb();
    const faults = injectWriteFaults(db);
    await db.plans.put(plan);
    const store = new DexieSyncStore({ db, now: () => new Date('2026-03-11T15:00:00Z') });
    const state = emptySyncState(plan.id, 'hubspot');
    await store.commit({ state, repId: plan.rep.id, activities: [call('1')] });
    const before = await committedRecords(db);
    expect(before.activities).toHaveLength(1);

    faults.arm('syncState');
    const batch: SyncCommit = {
      state: { ...state, highWaterMark: '2026-03-03T15:01:00.000Z' },
      repId: plan.rep.id,
      activities: [call('2'), call('3')],
    };
    await expect(store.commit(batch)).rejects.toThrow(/disk full/);
    faults.disarm();
    expect(await committedRecords(db)).toEqual(before);

    // The same batch again lands whole.
    expect(await store.commit(batch)).toBe(2);
    expect(await db.activities.count()).toBe(3);
  });
});

describe('a worker stopped mid-sync, on the extension database', () => {
  it('keeps exactly the committed pages, then resumes from the last one and ends exact', async () => {
    const started = await startSeededCrm({ pageSize: 200 });
    crm = started.crm;
    const { quarter } = started;
    const db = freshDb();
    const faults = injectWriteFaults(db);
    await db.plans.put(planFor(quarter));
    const base = new DexieSyncStore({ db, now: () => new Date() });

    // The fourth commit dies after its activities are written and before its checkpoint is.
    let commits = 0;
    const seen: { beforeFourth: Awaited<ReturnType<typeof committedRecords>> | null } = {
      beforeFourth: null,
    };
    const store = Object.assign(Object.create(base) as DexieSyncStore, {
      async commit(batch: SyncCommit): Promise<number> {
        commits += 1;
        if (commits !== 4) return base.commit(batch);
        seen.beforeFourth = await committedRecords(db);
        faults.arm('syncState');
        try {
          return await base.commit(batch);
        } finally {
          faults.disarm();
        }
      },
    });
    const salesforceOnly = { trigger: 'manual', sources: ['salesforce'] } as const;
    const { engine } = engineFor({ crm, quarter, store });
    const stopped = await engine.run(salesforceOnly);
    expect(stopped.results[0]?.outcome.kind).toBe('error');
    const afterStop = await committedRecords(db);
    // Nothing of the fourth page landed: activities and rollups are those of three pages.
    expect(seen.beforeFourth).not.toBeNull();
    expect(afterStop.activities).toEqual(seen.beforeFourth?.activities);
    expect(afterStop.rollups).toEqual(seen.beforeFourth?.rollups);
    const cursor = (await base.getState('plan-riley', 'salesforce'))?.cursor;
    expect(cursor).toMatchObject({ kind: 'full', objectIndex: 0, object: { crm: 'salesforce' } });

    crm.clearRequests();
    const resumed = await engine.run(salesforceOnly);
    expect(resumed.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    // The resumed run asks for the fourth page along the open cursor, not for Task from the start.
    expect(crm.requests()[0]?.path).toMatch(/^\/services\/data\/v66\.0\/queryAll\/01g\w+-600$/);
    const rows = await db.activities.toArray();
    expect(counted(rows, 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
    const keys = rows.map((row) => `${row.source}|${row.id}|${row.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
    // A full pass over the fake CRM on fake-indexeddb: seconds on a busy machine.
  }, 30_000);
});
