// The version 3 upgrade's edge cases: the rows it cannot convert (each reported with its reason,
// none dropped), the local "read" marks it keeps, and what it stores beside each event.
import { foldLedger, hashEvent } from '@onpace/core/ledger';
import type { CheckIn, CoachingNote } from '@onpace/core/schemas';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import { LEDGER_UPGRADE_ID } from '../../src/storage/upgrade-to-ledger';
import { samplePlan } from '../support/sample-plan';

const opened: OnPaceDb[] = [];
let counter = 0;

afterEach(async () => {
  vi.restoreAllMocks();
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
});

interface Version2Rows {
  readonly plans?: readonly unknown[];
  readonly notes?: readonly unknown[];
  readonly checkIns?: readonly unknown[];
  readonly acknowledgments?: readonly unknown[];
}

/** A version 2 database holding these rows, then opened at the current version. */
async function upgraded(rows: Version2Rows): Promise<OnPaceDb> {
  const name = `upgrade-edge-${++counter}`;
  const v2 = new OnPaceDb(name, { upToVersion: 2 });
  opened.push(v2);
  await v2.open();
  await v2.table('plans').bulkPut([...(rows.plans ?? [])]);
  await v2.table('notes').bulkPut([...(rows.notes ?? [])]);
  await v2.table('checkIns').bulkPut([...(rows.checkIns ?? [])]);
  await v2.table('acknowledgments').bulkPut([...(rows.acknowledgments ?? [])]);
  v2.close();
  const current = new OnPaceDb(name);
  opened.push(current);
  await current.open();
  return current;
}

const plan = samplePlan({ createdAt: '2026-03-01T12:00:00Z' });
const lee = samplePlan({
  id: 'plan-lee',
  title: 'Lee plan',
  rep: { id: 'rep-lee', name: 'Lee Park' },
  createdAt: '2026-03-01T13:00:00Z',
});

function note(overrides: Partial<CoachingNote>): CoachingNote {
  return {
    id: 'note-1',
    planId: plan.id,
    authorId: 'mgr-sam',
    createdAt: '2026-03-03T18:00:00Z',
    text: 'Block 9-11 for calls',
    tag: 'prospecting',
    visibility: 'shared',
    ...overrides,
  };
}

function checkIn(overrides: Partial<CheckIn>): CheckIn {
  return {
    id: 'checkin-1',
    planId: plan.id,
    authorId: 'mgr-sam',
    date: '2026-03-06',
    createdAt: '2026-03-06T20:00:00Z',
    question: 'What slowed the first call block?',
    answer: '',
    actionItems: [],
    ...overrides,
  };
}

describe('the upgrade to version 3, row by row', () => {
  it('stores each event under its hash with its plan, author and seq, and counts plans and events', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const before = Date.now();
    const db = await upgraded({ plans: [plan, lee], notes: [note({})] });
    const rows = await db.events.toArray();
    for (const row of rows) {
      expect(row).toEqual({
        hash: hashEvent(row.event),
        planId: row.event.plan,
        authorId: row.event.author.id,
        seq: row.event.seq,
        event: row.event,
      });
    }
    const perPlan = (planId: string) => rows.filter((row) => row.planId === planId).map((row) => row.event);
    expect(foldLedger(perPlan(plan.id)).notes.map((entry) => entry.id)).toEqual(['note-1']);
    expect(foldLedger(perPlan(lee.id)).plan?.rep.id).toBe('rep-lee');
    expect(foldLedger(perPlan(lee.id)).notes).toEqual([]);

    const report = await db.upgradeReports.get(LEDGER_UPGRADE_ID);
    expect(report).toMatchObject({ id: LEDGER_UPGRADE_ID, plans: 2, events: rows.length, unconverted: [] });
    const at = Date.parse(report?.at ?? '');
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
    // Nothing left unconverted: nothing to warn about.
    expect(warn).not.toHaveBeenCalled();
  });

  it('reports notes and check-ins whose plan is not stored, and keeps them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const orphanNote = note({ id: 'note-orphan', planId: 'plan-gone' });
    const orphanCheckIn = checkIn({ id: 'checkin-orphan', planId: 'plan-gone' });
    const db = await upgraded({ plans: [plan], notes: [orphanNote], checkIns: [orphanCheckIn] });
    const report = await db.upgradeReports.get(LEDGER_UPGRADE_ID);
    expect(report?.unconverted).toEqual([
      { table: 'notes', key: 'note-orphan', reason: 'its plan "plan-gone" is not stored' },
      { table: 'checkIns', key: 'checkin-orphan', reason: 'its plan "plan-gone" is not stored' },
    ]);
    expect(report?.plans).toBe(1);
    expect(await db.notes.get('note-orphan')).toEqual(orphanNote);
    expect(await db.checkIns.get('checkin-orphan')).toEqual(orphanCheckIn);
    // The warning counts rows; it never carries their content.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('2 stored row(s)');
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('plan-gone');
  });

  it('reports a plan whose manager is its rep, writes no event for it, and converts the others', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const selfManaged = samplePlan({
      id: 'plan-self',
      rep: { id: 'rep-solo', name: 'Solo Rep' },
      manager: { id: 'rep-solo', name: 'Solo Rep' },
    });
    const db = await upgraded({ plans: [selfManaged, plan] });
    const report = await db.upgradeReports.get(LEDGER_UPGRADE_ID);
    expect(report?.unconverted).toEqual([
      { table: 'plans', key: 'plan-self', reason: 'its manager and rep are the same person' },
    ]);
    expect(report?.plans).toBe(1);
    expect(await db.events.where('planId').equals('plan-self').count()).toBe(0);
    expect(await db.events.where('planId').equals(plan.id).count()).toBeGreaterThan(0);
    expect(await db.plans.get('plan-self')).toEqual(selfManaged);
  });

  it("reports a plan whose rows cannot become events, with the ledger's reason, and converts the others", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Two check-ins with the same action id: the second's becomes "<check-in id>/<action id>",
    // which past the ledger's 200-character id limit no event can carry.
    const longId = `checkin-${'x'.repeat(190)}`;
    const action = { id: 'item-1', text: 'Refresh list', done: false };
    const db = await upgraded({
      plans: [plan, lee],
      checkIns: [
        checkIn({ id: 'checkin-1', actionItems: [action] }),
        checkIn({ id: longId, createdAt: '2026-03-07T20:00:00Z', actionItems: [action] }),
      ],
    });
    const report = await db.upgradeReports.get(LEDGER_UPGRADE_ID);
    expect(report?.unconverted).toHaveLength(1);
    expect(report?.unconverted[0]).toMatchObject({ table: 'plans', key: plan.id });
    expect(report?.unconverted[0]?.reason).toMatch(/^could not become events: .*actions/);
    expect(report?.plans).toBe(1);
    expect(await db.events.where('planId').equals(plan.id).count()).toBe(0);
    expect(await db.events.where('planId').equals(lee.id).count()).toBeGreaterThan(0);
    expect(report?.events).toBe(await db.events.count());
  });

  it('reports an acknowledgment by someone other than the rep, and names at most three problems of a row', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const byManager = {
      planId: plan.id,
      planRevision: plan.revision,
      personId: 'mgr-sam',
      at: '2026-03-02T14:00:00Z',
    };
    const broken = {
      id: 'note-broken',
      planId: plan.id,
      createdAt: 'yesterday',
      tag: 'nope',
      visibility: 'maybe',
    };
    const db = await upgraded({ plans: [plan], notes: [broken], acknowledgments: [byManager] });
    const report = await db.upgradeReports.get(LEDGER_UPGRADE_ID);
    const ackRow = report?.unconverted.find((row) => row.table === 'acknowledgments');
    expect(ackRow?.key).toBe(`${plan.id} revision ${plan.revision} by mgr-sam`);
    const noteRow = report?.unconverted.find((row) => row.table === 'notes');
    expect(noteRow?.key).toBe('note-broken');
    const problems = noteRow?.reason.split('; ') ?? [];
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem).toMatch(/^(authorId|createdAt|text|tag|visibility) /);
    expect(foldLedger((await db.events.toArray()).map((row) => row.event)).acknowledgedCurrent).toBe(false);
  });

  it("judges each plan's acknowledgments and read marks by its own rows only", async () => {
    const danaAck = {
      planId: plan.id,
      planRevision: plan.revision,
      personId: 'rep-dana',
      at: '2026-03-02T14:00:00Z',
    };
    const leeAck = {
      planId: lee.id,
      planRevision: lee.revision,
      personId: 'rep-lee',
      at: '2026-03-02T15:00:00Z',
    };
    const brokenAck = { planId: lee.id, planRevision: 7, personId: 'rep-lee', at: 'yesterday' };
    const db = await upgraded({
      plans: [plan, lee],
      notes: [note({ id: 'note-read', readAt: '2026-03-04T09:00:00Z' })],
      acknowledgments: [danaAck, leeAck, brokenAck],
    });
    const report = await db.upgradeReports.get(LEDGER_UPGRADE_ID);
    expect(report?.unconverted).toEqual([
      {
        table: 'acknowledgments',
        key: 'plan-lee revision 7 by rep-lee',
        reason: expect.stringMatching(/^at /),
      },
    ]);
    expect(await db.noteReads.toArray()).toEqual([
      { planId: plan.id, noteId: 'note-read', at: '2026-03-04T09:00:00Z' },
    ]);
    for (const planId of [plan.id, lee.id]) {
      const events = (await db.events.where('planId').equals(planId).toArray()).map((row) => row.event);
      expect(foldLedger(events).acknowledgedCurrent).toBe(true);
    }
  });

  it("closes a cancelled plan at its own time, not the upgrade's", async () => {
    const cancelled = samplePlan({ status: 'cancelled', createdAt: '2026-03-01T12:00:00Z' });
    const db = await upgraded({ plans: [cancelled] });
    const events = (await db.events.toArray()).map((row) => row.event);
    const closed = events.find((event) => event.type === 'plan.closed');
    expect(closed?.at).toBe('2026-03-01T12:00:00.001Z');
    expect(foldLedger(events).lifecycle).toBe('closed');
  });

  it("keeps the rep's read marks of shared notes only, and only of notes that were read", async () => {
    const db = await upgraded({
      plans: [plan],
      notes: [
        note({ id: 'note-read', readAt: '2026-03-04T09:00:00Z' }),
        note({ id: 'note-unread', createdAt: '2026-03-03T19:00:00Z' }),
        note({ id: 'note-private', visibility: 'private', readAt: '2026-03-04T10:00:00Z' }),
      ],
    });
    expect(await db.noteReads.toArray()).toEqual([
      { planId: plan.id, noteId: 'note-read', at: '2026-03-04T09:00:00Z' },
    ]);
  });
});
