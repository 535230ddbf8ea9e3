import { foldLedger, hashEvent } from '@onpace/core/ledger';
import type { Acknowledgment, CheckIn, CoachingNote } from '@onpace/core/schemas';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import type { StoredActivity } from '../../src/storage/records';
import { computeRollupRecord } from '../../src/storage/rollup-record';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/storage/schema-versions';
import { LEDGER_UPGRADE_ID } from '../../src/storage/upgrade-to-ledger';
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
      [
        'acknowledgments',
        'activities',
        'checkIns',
        'events',
        'noteReads',
        'notes',
        'plans',
        'rollups',
        'syncState',
        'upgradeReports',
      ].sort(),
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

describe('the upgrade to version 3 (the plan ledger)', () => {
  const plan2 = samplePlan({
    revision: 2,
    createdAt: '2026-03-01T12:00:00Z',
    updatedAt: '2026-03-02T12:00:00Z',
  });
  const readNote: CoachingNote = { ...note, readAt: '2026-03-04T09:00:00Z' };
  const privateNote: CoachingNote = {
    ...note,
    id: 'note-private',
    text: 'Only mine',
    visibility: 'private',
    createdAt: '2026-03-03T19:00:00Z',
  };
  const currentAck: Acknowledgment = { ...ack, planRevision: 2, at: '2026-03-03T08:00:00Z' };
  const oldAck: Acknowledgment = { ...ack, planRevision: 1 };
  /** A row an older release could have left behind: no text. */
  const badNote = { ...note, id: 'note-bad', text: undefined };

  async function upgradedFromVersion2(name: string): Promise<OnPaceDb> {
    const v2 = open(name, 2);
    await v2.open();
    await v2.plans.put(plan2);
    await v2.notes.bulkPut([readNote, privateNote, badNote as unknown as CoachingNote]);
    await v2.checkIns.put(checkIn);
    await v2.acknowledgments.bulkPut([currentAck, oldAck]);
    v2.close();
    const current = open(name);
    await current.open();
    return current;
  }

  it('turns plans, shared notes, check-ins and the current acknowledgment into events that fold back', async () => {
    const db = await upgradedFromVersion2('upgrade-to-ledger');
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const rows = await db.events.where('planId').equals(plan2.id).toArray();
    for (const row of rows) expect(row.hash).toBe(hashEvent(row.event));
    const state = foldLedger(rows.map((row) => row.event));
    expect(state.problems).toEqual([]);
    expect(state.plan?.targets).toEqual(plan2.targets);
    expect(state.lifecycle).toBe('active');
    expect(state.notes.map((entry) => [entry.id, entry.text])).toEqual([[note.id, note.text]]);
    expect(state.checkIns).toMatchObject([
      {
        id: checkIn.id,
        question: checkIn.question,
        answer: checkIn.answer,
        actions: [{ text: 'Refresh list' }],
      },
    ]);
    expect(state.acknowledgedCurrent).toBe(true);
    // The rep's "read" mark survives as a local fact.
    expect(await db.noteReads.get([plan2.id, note.id])).toMatchObject({ at: readNote.readAt });
  });

  it('deletes nothing: every legacy row stays, the private note never enters the ledger', async () => {
    const db = await upgradedFromVersion2('upgrade-keeps-rows');
    expect(await db.plans.get(plan2.id)).toEqual(plan2);
    expect(await db.notes.count()).toBe(3);
    expect(await db.notes.get('note-bad')).toMatchObject({ id: 'note-bad' });
    expect(await db.acknowledgments.count()).toBe(2);
    expect(await db.checkIns.get(checkIn.id)).toEqual(checkIn);
    const events = (await db.events.toArray()).map((row) => JSON.stringify(row.event));
    expect(events.join('\n')).not.toContain('Only mine');
  });

  it('reports each row it could not convert, with the reason, and keeps it', async () => {
    const db = await upgradedFromVersion2('upgrade-reports');
    const report = await db.upgradeReports.get(LEDGER_UPGRADE_ID);
    expect(report).toMatchObject({ plans: 1 });
    expect(report?.unconverted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'notes', key: 'note-bad', reason: expect.stringContaining('text') }),
        expect.objectContaining({ table: 'acknowledgments', reason: expect.stringContaining('revision 1') }),
      ]),
    );
    expect(report?.unconverted).toHaveLength(2);
  });
});
