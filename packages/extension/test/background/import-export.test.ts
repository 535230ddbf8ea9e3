import { foldLedger, hashEvent } from '@onpace/core/ledger';
import { parseBundle, safeParseBundleText } from '@onpace/core/schemas';
import { describe, expect, it, vi } from 'vitest';
import { exportPlan } from '../../src/background/export-bundle';
import { importBundleText } from '../../src/background/import-bundle';
import { buildOverlayState } from '../../src/background/overlay-state';
import { savePlan } from '../../src/background/plans';
import { foldedPlan } from '../../src/storage/ledger-store';
import { readSettings } from '../../src/storage/settings';
import { createTestEnv, type TestEnv } from '../support/background-env';
import { snapshotDb } from '../support/db-snapshot';
import { envWithLedgerPlan, sendOk, tick } from '../support/ledger-env';
import { bundleText, call, samplePlanInput } from '../support/sample-plan';

/** A bundle written before the ledger's writers existed: rows only, no events. */
const goodBundle = bundleText({
  plans: [samplePlanInput()],
  activities: [call('c1', '2026-03-02T15:00:00Z'), call('c2', '2026-03-03T15:00:00Z')],
  notes: [
    {
      id: 'note-1',
      planId: 'plan-dana',
      authorId: 'mgr-sam',
      createdAt: '2026-03-03T18:00:00Z',
      text: 'Block 9-11 for calls',
      tag: 'prospecting',
    },
  ],
});

async function importOk(env: TestEnv, text: string) {
  const result = await importBundleText(env, text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

async function exportText(env: TestEnv, purpose: 'share' | 'backup' = 'share'): Promise<string> {
  const result = await exportPlan(env, 'plan-dana', purpose);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

async function stateOf(env: TestEnv) {
  return (await foldedPlan(env.db, 'plan-dana')).state;
}

describe('bundle import', () => {
  it('stores a good bundle as events, attributes its activities to the plan rep, and makes it my plan', async () => {
    const env = createTestEnv();
    const { report, ledger } = await importOk(env, goodBundle);
    expect(report.plans).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(report.activities).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(report.notes.added).toBe(1);
    expect(ledger.events.added).toBeGreaterThan(0);
    expect(ledger.problems).toEqual([]);
    const state = await stateOf(env);
    expect(state.notes.map((note) => note.text)).toEqual(['Block 9-11 for calls']);
    expect(await env.db.plans.get('plan-dana')).toMatchObject({ id: 'plan-dana', revision: 1 });
    expect((await env.db.activities.toArray()).map((row) => row.repId)).toEqual(['rep-dana', 'rep-dana']);
    expect((await env.db.rollups.get('plan-dana'))?.activityCount).toBe(2);
    expect((await readSettings()).myPlanId).toBe('plan-dana');
  });

  it('refuses a malformed plan naming the field, and touches nothing stored', async () => {
    const env = createTestEnv();
    await importOk(env, goodBundle);
    const before = await snapshotDb(env.db);
    const bad = bundleText({
      plans: [
        samplePlanInput({
          id: 'plan-new',
          targets: [{ id: 't', metric: 'calls', cadence: 'daily', goal: -5 }],
        }),
      ],
    });
    const result = await importBundleText(env, bad);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (result.ok) return;
    expect(result.problems?.[0]?.path).toBe('plans[0].targets[0].goal');
    expect(await snapshotDb(env.db)).toEqual(before);
  });

  it('refuses a file whose activities belong to none of its reps, keeping none of its events', async () => {
    const env = createTestEnv();
    const result = await importBundleText(
      env,
      bundleText({
        plans: [
          samplePlanInput(),
          samplePlanInput({
            id: 'plan-lee',
            rep: { id: 'rep-lee', name: 'Lee', crm: { hubspotOwnerId: 'owner-lee' } },
          }),
        ],
        activities: [call('c3', '2026-03-04T15:00:00Z', { ownerId: 'nobody' })],
      }),
    );
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'activities[0].ownerId' }] });
    expect(await env.db.events.count()).toBe(0);
    expect(await env.db.plans.count()).toBe(0);
  });

  it('undoes the events already written when a later write fails (one transaction)', async () => {
    const env = createTestEnv();
    await importOk(env, bundleText({ plans: [samplePlanInput({ id: 'plan-old' })] }));
    const before = await snapshotDb(env.db);
    const put = vi.spyOn(env.db.activities, 'bulkPut').mockRejectedValue(new Error('disk full'));
    const result = await importBundleText(env, goodBundle);
    put.mockRestore();
    expect(result).toMatchObject({
      ok: false,
      code: 'internal',
      error: expect.stringContaining('disk full'),
    });
    expect(await snapshotDb(env.db)).toEqual(before);
    expect((await stateOf(env)).plan).toBeNull();
  });

  it('changes nothing when the same file is imported again', async () => {
    const env = createTestEnv();
    await importOk(env, goodBundle);
    const exported = await exportText(env);
    const before = await snapshotDb(env.db);
    const { report, ledger } = await importOk(env, exported);
    expect(ledger.events.added).toBe(0);
    expect(report.plans).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(report.notes).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(report.activities).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await snapshotDb(env.db)).toEqual(before);
  });

  it('takes the newer version of an activity (modifiedAt) and ignores an older one', async () => {
    const env = createTestEnv();
    const v2 = call('c1', '2026-03-02T16:00:00Z', { modifiedAt: '2026-03-05T00:00:00Z' });
    const v1 = call('c1', '2026-03-02T15:00:00Z', { modifiedAt: '2026-03-04T00:00:00Z' });
    await importOk(env, bundleText({ plans: [samplePlanInput()], activities: [v2] }));
    const older = await importOk(env, bundleText({ plans: [samplePlanInput()], activities: [v1] }));
    expect(older.report.activities.unchanged).toBe(1);
    const deleted = { ...v2, deleted: true, modifiedAt: '2026-03-06T00:00:00Z' };
    const newer = await importOk(env, bundleText({ plans: [samplePlanInput()], activities: [deleted] }));
    expect(newer.report.activities.updated).toBe(1);
    expect((await env.db.rollups.get('plan-dana'))?.activityCount).toBe(0);
  });

  it('keeps the rep’s reading of a note when the manager sends the plan again', async () => {
    const env = createTestEnv();
    await importOk(env, goodBundle);
    await sendOk(env, { type: 'notes/mark-read', noteIds: ['note-1'] });
    await importOk(env, await exportText(env));
    expect(await env.db.noteReads.get(['plan-dana', 'note-1'])).toMatchObject({
      at: '2026-03-11T15:00:00.000Z',
    });
  });

  it('attributes a plan-less file of activities to the only rep this browser holds', async () => {
    const env = createTestEnv();
    await importOk(env, bundleText({ plans: [samplePlanInput()] }));
    const { report } = await importOk(env, bundleText({ activities: [call('c7', '2026-03-05T15:00:00Z')] }));
    expect(report.activities.added).toBe(1);
    expect((await env.db.activities.get(['hubspot', 'c7', 'calls']))?.repId).toBe('rep-dana');
  });
});

describe('the one merge rule: set union of events, then the fold', () => {
  it('round-trips: a fresh store that imports the export folds to the same state', async () => {
    const manager = await envWithLedgerPlan();
    tick(manager);
    await sendOk(manager, { type: 'plans/activate', planId: 'plan-dana' });
    tick(manager);
    const note = await sendOk(manager, {
      type: 'notes/add',
      planId: 'plan-dana',
      as: 'manager',
      text: 'Open with the follow-up',
      visibility: 'shared',
      record: null,
    });
    tick(manager);
    await sendOk(manager, {
      type: 'notes/edit',
      planId: 'plan-dana',
      noteId: note.ledger.notes[0]?.id ?? '',
      as: 'manager',
      text: 'Open with the follow-up, always',
    });
    await sendOk(manager, {
      type: 'notes/add',
      planId: 'plan-dana',
      as: 'manager',
      text: 'Only for me',
      visibility: 'private',
      record: null,
    });
    tick(manager);
    await sendOk(manager, {
      type: 'checkins/hold',
      planId: 'plan-dana',
      date: '2026-03-11',
      question: 'How did Monday go?',
      actions: [{ text: 'Ask ops' }],
    });

    const text = await exportText(manager);
    expect(safeParseBundleText(text).success).toBe(true);
    const bundle = parseBundle(JSON.parse(text));
    expect(bundle.version).toBe(2);
    // Every event exactly as stored: the hashes survive the trip.
    const stored = (await manager.db.events.toArray()).map((row) => row.hash).sort();
    expect(bundle.events.map((event) => hashEvent(event)).sort()).toEqual(stored);
    // A private note never leaves this browser, whatever the purpose.
    expect(text).not.toContain('Only for me');
    expect(await exportText(manager, 'backup')).not.toContain('Only for me');

    const rep = createTestEnv('2026-03-12T09:00:00Z');
    await importOk(rep, text);
    expect(await stateOf(rep)).toEqual(await stateOf(manager));
    expect(await rep.db.plans.get('plan-dana')).toEqual(await manager.db.plans.get('plan-dana'));
  });

  it('carries the rep’s acknowledgment, answer and manual log back to the manager, counted there too', async () => {
    const manager = await envWithLedgerPlan();
    tick(manager);
    await sendOk(manager, {
      type: 'checkins/hold',
      planId: 'plan-dana',
      date: '2026-03-11',
      question: 'How did Monday go?',
      actions: [],
    });
    const rep = createTestEnv('2026-03-11T16:00:00Z');
    await importOk(rep, await exportText(manager));
    const view = await sendOk(rep, { type: 'view/rep', planId: 'plan-dana' });
    await sendOk(rep, {
      type: 'plans/acknowledge',
      planId: 'plan-dana',
      revision: view.view.ledger?.revisionHash ?? '',
    });
    tick(rep);
    await sendOk(rep, {
      type: 'checkins/answer',
      planId: 'plan-dana',
      checkInId: view.view.ledger?.checkIns[0]?.id ?? '',
      answer: 'Slow start',
    });
    tick(rep);
    await sendOk(rep, {
      type: 'activity/add',
      planId: 'plan-dana',
      metric: 'pipeline_created',
      amount: 5000,
    });

    manager.setNow('2026-03-11T17:00:00Z');
    const { report, ledger } = await importOk(manager, await exportText(rep));
    expect(ledger.events.added).toBe(3);
    expect(report.acknowledgments.added).toBe(1);
    expect(report.checkIns.updated).toBe(1);
    expect(report.activities.added).toBe(1);
    const state = await stateOf(manager);
    expect(state).toEqual(await stateOf(rep));
    expect(state.acknowledgedCurrent).toBe(true);
    const pipeline = (await buildOverlayState(manager)).plan?.targets.find(
      (row) => row.targetId === 'pipeline',
    );
    expect(pipeline?.actual).toBe(5000);
  });

  it('imports a history that forks as a visible problem: the record before the fork stands, nothing is overwritten', async () => {
    const manager = await envWithLedgerPlan();
    const original = await exportText(manager);
    // A second browser holding the same plan writes the manager's next event differently.
    const other = createTestEnv('2026-03-11T15:30:00Z');
    await importOk(other, original);
    await sendOk(other, {
      type: 'notes/add',
      planId: 'plan-dana',
      as: 'manager',
      text: 'Written elsewhere',
      visibility: 'shared',
      record: null,
    });
    tick(manager, 10);
    await sendOk(manager, {
      type: 'notes/add',
      planId: 'plan-dana',
      as: 'manager',
      text: 'Written here',
      visibility: 'shared',
      record: null,
    });
    const before = (await manager.db.events.toArray()).map((row) => row.hash);

    const { ledger } = await importOk(manager, await exportText(other));
    expect(ledger.problems).toEqual([
      expect.objectContaining({ planId: 'plan-dana', code: 'fork', author: 'mgr-sam', seq: 2 }),
    ]);
    const after = (await manager.db.events.toArray()).map((row) => row.hash);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 1);
    const state = await stateOf(manager);
    expect(state.plan?.id).toBe('plan-dana');
    expect(state.revision).toBe(1);
    expect(state.problems.map((problem) => problem.code)).toEqual(['fork']);
    // The views show it, and the manager's chain cannot be continued from either branch.
    expect(
      (await sendOk(manager, { type: 'view/manager', planId: 'plan-dana' })).view.ledger?.problems,
    ).toEqual([expect.objectContaining({ code: 'fork' })]);
    const next = await importBundleText(manager, original);
    expect(next.ok).toBe(true);
    expect(await manager.db.transaction('r', manager.db.events, () => manager.db.events.count())).toBe(
      after.length,
    );
    expect(foldLedger((await manager.db.events.toArray()).map((row) => row.event)).problems).toHaveLength(1);
  });

  it('answers not-found for an unknown plan, and exports a plan created here', async () => {
    const env = createTestEnv();
    expect(await exportPlan(env, 'nope', 'share')).toMatchObject({ ok: false, code: 'not-found' });
    await savePlan(env, 'create', samplePlanInput({ id: 'plan-x' }));
    const result = await exportPlan(env, 'plan-x', 'share');
    expect(result.ok && parseBundle(JSON.parse(result.text)).events.map((event) => event.type)).toEqual([
      'plan.issued',
    ]);
  });
});
