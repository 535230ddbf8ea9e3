import type { Acknowledgment, CheckIn, CoachingNote } from '@onpace/core/schemas';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import type { StoredActivity } from '../../src/storage/records';
import { computeRollupRecord } from '../../src/storage/rollup-record';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/storage/schema-versions';
import { totalsFromPlanStart } from '../support/rollup-days';
import { call, samplePlan } from '../support/sample-plan';

const opened: OnPaceDb[] = [];

function open(name: string, upToVersion?: number): OnPaceDb {
  const db = new OnPaceDb(name, upToVersion === undefined ? {} : { upToVersion });
  opened.push(db);
  return db;
}

afterEach(async () => {
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
});

const plan = samplePlan();
const otherPlan = samplePlan({ id: 'plan-lee', title: 'Lee plan', rep: { id: 'rep-lee', name: 'Lee Park' } });
const activities: StoredActivity[] = [
  { ...call('c1', '2026-03-02T15:00:00Z'), repId: 'rep-dana' },
  { ...call('c2', '2026-03-03T15:00:00Z'), repId: 'rep-dana' },
  { ...call('c3', '2026-03-03T16:00:00Z', { deleted: true }), repId: 'rep-dana' },
  {
    source: 'manual',
    id: 'manual-1',
    metric: 'pipeline_created',
    occurredAt: '2026-03-04T15:00:00Z',
    amount: 12000,
    repId: 'rep-dana',
  },
  { ...call('c9', '2026-03-03T15:00:00Z'), repId: 'rep-lee' },
];
const note: CoachingNote = {
  id: 'note-1',
  planId: plan.id,
  authorId: 'mgr-sam',
  createdAt: '2026-03-03T18:00:00Z',
  text: 'Block 9-11 for calls',
  tag: 'prospecting',
  visibility: 'shared',
};
const checkIn: CheckIn = {
  id: 'checkin-1',
  planId: plan.id,
  authorId: 'mgr-sam',
  date: '2026-03-06',
  createdAt: '2026-03-06T20:00:00Z',
  question: 'What slowed the first call block?',
  answer: 'Lead list was stale',
  actionItems: [{ id: 'item-1', text: 'Refresh list', due: '2026-03-09', done: false }],
};
const ack: Acknowledgment = {
  planId: plan.id,
  planRevision: 1,
  personId: 'rep-dana',
  at: '2026-03-02T14:00:00Z',
};

describe('the background database schema', () => {
  it('declares versions in order, each a step up, and opens at the newest', async () => {
    const versions = SCHEMA_VERSIONS.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const db = open('schema-current');
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      ['acknowledgments', 'activities', 'checkIns', 'notes', 'plans', 'rollups', 'syncState'].sort(),
    );
    expect(db.activities.schema.primKey.keyPath).toEqual(['source', 'id', 'metric']);
  });

  it('upgrades a version-1 database and finds every record, with rollup caches built', async () => {
    const name = 'upgrade-from-1';
    const v1 = open(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.plans.bulkPut([plan, otherPlan]);
    await v1.activities.bulkPut(activities);
    await v1.notes.put(note);
    await v1.checkIns.put(checkIn);
    await v1.acknowledgments.put(ack);
    v1.close();

    const current = open(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.plans.toArray()).toEqual(expect.arrayContaining([plan, otherPlan]));
    expect(await current.plans.count()).toBe(2);
    expect(await current.activities.count()).toBe(activities.length);
    for (const activity of activities) {
      expect(await current.activities.get([activity.source, activity.id, activity.metric])).toEqual(activity);
    }
    expect(await current.notes.get(note.id)).toEqual(note);
    expect(await current.checkIns.get(checkIn.id)).toEqual(checkIn);
    expect(await current.acknowledgments.get([ack.planId, ack.planRevision, ack.personId])).toEqual(ack);

    // Version 2's upgrade derived each plan's rollup from its own rep's activities only.
    const danaRollup = await current.rollups.get(plan.id);
    const expected = computeRollupRecord(
      plan,
      activities.filter((a) => a.repId === 'rep-dana'),
      'x',
    );
    expect(danaRollup?.rollup).toEqual(expected.rollup);
    expect(danaRollup?.activityCount).toBe(3);
    expect(totalsFromPlanStart(danaRollup?.rollup, plan.start, 'calls').slice(0, 3)).toEqual([1, 1, 0]);
    expect((await current.rollups.get(otherPlan.id))?.activityCount).toBe(1);
    expect(await current.syncState.count()).toBe(0);
  });

  it('keeps one row per (source, id, metric): a newer version replaces the older', async () => {
    const db = open('dedupe');
    const first = activities[0] as StoredActivity;
    await db.activities.put(first);
    await db.activities.put({ ...first, occurredAt: '2026-03-02T16:00:00Z' });
    await db.activities.put({ ...first, metric: 'connects' });
    expect(await db.activities.count()).toBe(2);
    expect((await db.activities.get(['hubspot', 'c1', 'calls']))?.occurredAt).toBe('2026-03-02T16:00:00Z');
  });
});
