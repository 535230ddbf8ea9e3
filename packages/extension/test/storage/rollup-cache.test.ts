/**
 * The rollup cache (src/storage/rollup-cache.ts): a refresh rewrites only the plans it is told
 * about (by plan or by rep), each from its own rep's activities; a read uses the cached rollup
 * while it matches the plan's zone and window, and recomputes it from the activities otherwise.
 */
import type { Plan } from '@onpace/core/schemas';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import type { StoredActivity } from '../../src/storage/records';
import { cachedRollup, refreshRollups } from '../../src/storage/rollup-cache';
import { computeRollupRecord } from '../../src/storage/rollup-record';
import { call, samplePlan } from '../support/sample-plan';

const dana = samplePlan();
const danaSecond = samplePlan({ id: 'plan-dana-2', title: 'Dana second plan' });
const lee = samplePlan({ id: 'plan-lee', title: 'Lee plan', rep: { id: 'rep-lee', name: 'Lee Park' } });

const activities: StoredActivity[] = [
  { ...call('d1', '2026-03-02T15:00:00Z'), repId: 'rep-dana' },
  { ...call('d2', '2026-03-03T15:00:00Z'), repId: 'rep-dana' },
  { ...call('l1', '2026-03-03T15:00:00Z'), repId: 'rep-lee' },
];

const opened: OnPaceDb[] = [];
let databases = 0;

async function dbWith(plans: readonly Plan[]): Promise<OnPaceDb> {
  databases += 1;
  const db = new OnPaceDb(`onpace-rollup-cache-${databases}`);
  opened.push(db);
  await db.plans.bulkPut([...plans]);
  await db.activities.bulkPut(activities);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function own(repId: string): StoredActivity[] {
  return activities.filter((activity) => activity.repId === repId);
}

describe('refreshRollups', () => {
  it('rewrites every plan of the given reps from that rep’s activities, and no other plan', async () => {
    const db = await dbWith([dana, danaSecond, lee]);
    await refreshRollups(db, { repIds: ['rep-dana'] }, '2026-03-11T15:00:00.000Z');
    expect(await db.rollups.get(dana.id)).toEqual(
      computeRollupRecord(dana, own('rep-dana'), '2026-03-11T15:00:00.000Z'),
    );
    expect(await db.rollups.get(danaSecond.id)).toEqual(
      computeRollupRecord(danaSecond, own('rep-dana'), '2026-03-11T15:00:00.000Z'),
    );
    expect(await db.rollups.get(lee.id)).toBeUndefined();
  });

  it('rewrites a named plan only, leaving its rep’s other plans as they were', async () => {
    const db = await dbWith([dana, danaSecond, lee]);
    await refreshRollups(db, { planIds: [lee.id] }, '2026-03-11T15:00:00.000Z');
    expect((await db.rollups.toArray()).map((record) => record.planId)).toEqual([lee.id]);
    expect((await db.rollups.get(lee.id))?.activityCount).toBe(1);
  });
});

describe('cachedRollup', () => {
  it('answers from the cache while it matches the plan’s zone and window', async () => {
    const db = await dbWith([dana]);
    await refreshRollups(db, { planIds: [dana.id] }, '2026-03-11T15:00:00.000Z');
    const cached = (await db.rollups.get(dana.id))?.rollup;
    // An activity stored without a refresh: the cache does not see it, and is still the answer.
    await db.activities.put({ ...call('d3', '2026-03-04T15:00:00Z'), repId: 'rep-dana' });
    expect(await cachedRollup(db, dana, '2026-03-11T15:00:00.000Z')).toEqual(cached);
  });

  it('recomputes from the activities when the cache is missing', async () => {
    const db = await dbWith([dana]);
    expect(await cachedRollup(db, dana, '2026-03-11T15:00:00.000Z')).toEqual(
      computeRollupRecord(dana, own('rep-dana'), 'x').rollup,
    );
  });

  it('recomputes when the cache was rolled up for another zone, start or end', async () => {
    const changes: Partial<Parameters<typeof samplePlan>[0]>[] = [
      { timeZone: 'Europe/Berlin' },
      { start: '2026-03-09' },
      { end: '2026-04-03' },
    ];
    for (const change of changes) {
      const db = await dbWith([dana]);
      await refreshRollups(db, { planIds: [dana.id] }, '2026-03-11T15:00:00.000Z');
      await db.activities.put({ ...call('d3', '2026-03-10T15:00:00Z'), repId: 'rep-dana' });
      const changed = samplePlan(change);
      const fresh = computeRollupRecord(
        changed,
        await db.activities.where('repId').equals('rep-dana').toArray(),
        'x',
      );
      expect(await cachedRollup(db, changed, '2026-03-11T15:00:00.000Z')).toEqual(fresh.rollup);
    }
  });
});
