import { parseBundle, safeParseBundleText } from '@onpace/core/schemas';
import { describe, expect, it, vi } from 'vitest';
import { acknowledgePlan } from '../../src/background/acknowledgments';
import { exportPlan } from '../../src/background/export-bundle';
import { importBundleText } from '../../src/background/import-bundle';
import { logManualActivity } from '../../src/background/manual-activity';
import { saveNote } from '../../src/background/notes';
import { savePlan } from '../../src/background/plans';
import { readSettings } from '../../src/storage/settings';
import { createTestEnv } from '../support/background-env';
import { snapshotDb } from '../support/db-snapshot';
import { bundleText, call, samplePlanInput } from '../support/sample-plan';

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

async function importOk(env: ReturnType<typeof createTestEnv>, text: string) {
  const result = await importBundleText(env, text);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

describe('bundle import', () => {
  it('stores a good bundle, attributes its activities to the plan rep, and makes it my plan', async () => {
    const env = createTestEnv();
    const report = await importOk(env, goodBundle);
    expect(report.plans).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(report.activities).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(report.notes.added).toBe(1);
    expect((await env.db.activities.toArray()).map((row) => row.repId)).toEqual(['rep-dana', 'rep-dana']);
    expect((await env.db.rollups.get('plan-dana'))?.activityCount).toBe(2);
    expect((await readSettings()).myPlanId).toBe('plan-dana');
    expect(env.changes()).toBeGreaterThan(0);
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
      activities: [call('c3', '2026-03-04T15:00:00Z')],
    });
    const result = await importBundleText(env, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('invalid');
    expect(result.problems).toContainEqual({
      path: 'plans[0].targets[0].goal',
      message: 'must be greater than 0',
    });
    expect(result.error).toContain('plans[0].targets[0].goal');
    expect(await snapshotDb(env.db)).toEqual(before);
  });

  it('refuses text that is not JSON, and a file of another kind, saying so', async () => {
    const env = createTestEnv();
    const notJson = await importBundleText(env, '{"format": "onpace.bundle",');
    expect(notJson).toMatchObject({ ok: false, problems: [{ path: '(root)' }] });
    const otherKind = await importBundleText(env, JSON.stringify({ format: 'something.else', version: 1 }));
    expect(otherKind).toMatchObject({ ok: false, problems: [{ path: 'format' }] });
    expect(await env.db.plans.count()).toBe(0);
  });

  it('refuses a file whose activities belong to none of its reps, keeping none of its plans', async () => {
    const env = createTestEnv();
    await importOk(env, goodBundle);
    const before = await snapshotDb(env.db);
    // Two reps' plans, and an activity whose owner matches neither: attribution fails after the
    // plans parsed fine, and neither plan may be stored.
    const text = bundleText({
      plans: [
        samplePlanInput({ id: 'plan-a', rep: { id: 'rep-a', name: 'A' } }),
        samplePlanInput({ id: 'plan-b', rep: { id: 'rep-b', name: 'B' } }),
      ],
      activities: [call('x1', '2026-03-04T15:00:00Z', { ownerId: 'nobody' })],
    });
    const result = await importBundleText(env, text);
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'activities[0].ownerId' }] });
    expect(await snapshotDb(env.db)).toEqual(before);
  });

  it('undoes records already written when a write fails midway (one transaction)', async () => {
    const env = createTestEnv();
    await importOk(env, bundleText({ plans: [samplePlanInput({ id: 'plan-old' })] }));
    const before = await snapshotDb(env.db);
    // Plans and activities are written before notes; make the note write fail.
    const put = vi.spyOn(env.db.notes, 'bulkPut').mockRejectedValue(new Error('disk full'));
    const result = await importBundleText(env, goodBundle);
    put.mockRestore();
    expect(result).toMatchObject({
      ok: false,
      code: 'internal',
      error: expect.stringContaining('disk full'),
    });
    expect(await snapshotDb(env.db)).toEqual(before);
  });

  it('changes nothing when the same file is imported again', async () => {
    const env = createTestEnv();
    await importOk(env, goodBundle);
    const before = await snapshotDb(env.db);
    const report = await importOk(env, goodBundle);
    expect(report.plans).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(report.activities).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(report.notes).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await snapshotDb(env.db)).toEqual(before);
  });

  it('updates a plan in place from a newer revision and keeps the rep activity and acknowledgments', async () => {
    const env = createTestEnv();
    await importOk(env, goodBundle);
    const logged = await logManualActivity(env, { metric: 'calls' });
    expect(logged.ok).toBe(true);
    await acknowledgePlan(env, 'plan-dana');

    const revised = samplePlanInput({
      revision: 2,
      targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 12 }],
    });
    const report = await importOk(env, bundleText({ plans: [revised] }));
    expect(report.plans).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const plan = await env.db.plans.get('plan-dana');
    expect(plan?.revision).toBe(2);
    expect(plan?.targets[0]?.goal).toBe(12);
    expect(await env.db.activities.count()).toBe(3);
    expect(await env.db.acknowledgments.count()).toBe(1);
    // The rollup follows the new revision (calls only), over the same activities.
    expect(Object.keys((await env.db.rollups.get('plan-dana'))?.rollup.metrics ?? {})).toEqual(['calls']);
  });

  it('keeps the stored plan when the file holds an older or equal revision', async () => {
    const env = createTestEnv();
    await importOk(env, bundleText({ plans: [samplePlanInput({ revision: 3, title: 'Newer here' })] }));
    const report = await importOk(
      env,
      bundleText({ plans: [samplePlanInput({ revision: 2, title: 'Older' })] }),
    );
    expect(report.plans.unchanged).toBe(1);
    expect((await env.db.plans.get('plan-dana'))?.title).toBe('Newer here');
  });

  it('takes the newer version of an activity (modifiedAt) and ignores an older one', async () => {
    const env = createTestEnv();
    const v2 = call('c1', '2026-03-02T16:00:00Z', { modifiedAt: '2026-03-05T00:00:00Z' });
    const v1 = call('c1', '2026-03-02T15:00:00Z', { modifiedAt: '2026-03-04T00:00:00Z' });
    await importOk(env, bundleText({ plans: [samplePlanInput()], activities: [v2] }));
    const older = await importOk(env, bundleText({ plans: [samplePlanInput()], activities: [v1] }));
    expect(older.activities.unchanged).toBe(1);
    const deleted = { ...v2, deleted: true, modifiedAt: '2026-03-06T00:00:00Z' };
    const newer = await importOk(env, bundleText({ plans: [samplePlanInput()], activities: [deleted] }));
    expect(newer.activities.updated).toBe(1);
    expect(await env.db.activities.count()).toBe(1);
    expect((await env.db.rollups.get('plan-dana'))?.activityCount).toBe(0);
  });

  it('keeps the rep reading of a note when the manager sends the note again', async () => {
    const env = createTestEnv();
    await importOk(env, goodBundle);
    const note = await env.db.notes.get('note-1');
    if (!note) throw new Error('note-1 was not imported');
    await env.db.notes.put({ ...note, readAt: '2026-03-04T09:00:00Z' });
    const report = await importOk(env, goodBundle);
    expect(report.notes.unchanged).toBe(1);
    expect((await env.db.notes.get('note-1'))?.readAt).toBe('2026-03-04T09:00:00Z');
  });

  it('attributes a plan-less file of activities to the only rep this browser holds', async () => {
    const env = createTestEnv();
    await importOk(env, bundleText({ plans: [samplePlanInput()] }));
    const report = await importOk(env, bundleText({ activities: [call('c7', '2026-03-05T15:00:00Z')] }));
    expect(report.activities.added).toBe(1);
    expect((await env.db.activities.get(['hubspot', 'c7', 'calls']))?.repId).toBe('rep-dana');
    const fresh = createTestEnv();
    const refused = await importBundleText(
      fresh,
      bundleText({ activities: [call('c7', '2026-03-05T15:00:00Z')] }),
    );
    expect(refused).toMatchObject({ ok: false, problems: [{ path: 'activities' }] });
  });
});

describe('bundle export', () => {
  it('round-trips: what one browser exports, another imports to the same records', async () => {
    const manager = createTestEnv();
    await importOk(manager, goodBundle);
    await saveNote(manager, {
      planId: 'plan-dana',
      text: 'Only for me',
      tag: 'skills',
      visibility: 'private',
      record: null,
    });
    const shared = await exportPlan(manager, 'plan-dana', 'share');
    if (!shared.ok) throw new Error(shared.error);
    const parsed = safeParseBundleText(shared.text);
    expect(parsed.success).toBe(true);
    const bundle = parseBundle(JSON.parse(shared.text));
    expect(bundle.plans.map((plan) => plan.id)).toEqual(['plan-dana']);
    expect(bundle.activities).toHaveLength(2);
    expect(bundle.activities[0]).not.toHaveProperty('repId');
    // A shared export never carries private notes; a backup does.
    expect(bundle.notes.map((note) => note.text)).toEqual(['Block 9-11 for calls']);
    const backup = await exportPlan(manager, 'plan-dana', 'backup');
    if (!backup.ok) throw new Error(backup.error);
    expect(parseBundle(JSON.parse(backup.text)).notes).toHaveLength(2);
    expect(backup.fileName).toMatch(/^onpace-plan-dana-r1-2026-03-11-backup\.json$/);

    const rep = createTestEnv();
    await importOk(rep, shared.text);
    expect(await rep.db.plans.get('plan-dana')).toEqual(await manager.db.plans.get('plan-dana'));
    expect(await rep.db.activities.toArray()).toEqual(await manager.db.activities.toArray());
  });

  it('carries the rep activity and acknowledgment back to the manager', async () => {
    const rep = createTestEnv();
    await importOk(rep, goodBundle);
    await logManualActivity(rep, { metric: 'pipeline_created', amount: 5000 });
    await acknowledgePlan(rep, 'plan-dana');
    const back = await exportPlan(rep, 'plan-dana', 'share');
    if (!back.ok) throw new Error(back.error);

    const manager = createTestEnv();
    await importOk(manager, goodBundle);
    const report = await importOk(manager, back.text);
    expect(report.activities).toEqual({ added: 1, updated: 0, unchanged: 2 });
    expect(report.acknowledgments.added).toBe(1);
    expect((await manager.db.rollups.get('plan-dana'))?.rollup.metrics.pipeline_created?.totals).toContain(
      5000,
    );
  });

  it('answers not-found for an unknown plan', async () => {
    const env = createTestEnv();
    expect(await exportPlan(env, 'nope', 'share')).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('saves plans created here with revision 1 and exports them too', async () => {
    const env = createTestEnv();
    await savePlan(env, 'create', samplePlanInput({ id: 'plan-x' }));
    const result = await exportPlan(env, 'plan-x', 'share');
    expect(result.ok && parseBundle(JSON.parse(result.text)).plans[0]?.revision).toBe(1);
  });
});
