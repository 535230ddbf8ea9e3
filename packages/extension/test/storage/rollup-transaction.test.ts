/**
 * Every change of activities and the rollup cache it affects land in one transaction: every
 * screen evaluates from the cache, so a cache written later (or not at all) would show stale
 * figures, and one written in a separate transaction could survive a change that failed.
 * Dexie's hooks see the transaction of each write; each scenario checks that every
 * transaction that wrote an activity also wrote the rep's rollup, and that the cache then
 * equals a rollup computed afresh from the stored activities.
 */
import type { Activity } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { importBundleText } from '../../src/background/import-bundle';
import { logManualActivity, undoManualActivity } from '../../src/background/manual-activity';
import { savePlan } from '../../src/background/plans';
import type { OnPaceDb } from '../../src/storage/db';
import { computeRollupRecord } from '../../src/storage/rollup-record';
import { DexieSyncStore } from '../../src/sync/dexie-store';
import { emptySyncState } from '../../src/sync/state';
import { createTestEnv, type TestEnv } from '../support/background-env';
import { bundleText, samplePlan, samplePlanInput } from '../support/sample-plan';

interface WriteLog {
  readonly activityWrites: Set<unknown>;
  readonly rollupWrites: Set<unknown>;
}

/** Records the native transaction of every activity and rollup write. */
function watchWrites(db: OnPaceDb): WriteLog {
  const log: WriteLog = { activityWrites: new Set(), rollupWrites: new Set() };
  const native = (transaction: unknown) => (transaction as { idbtrans: unknown }).idbtrans;
  db.activities.hook(
    'creating',
    (_key, _row, transaction) => void log.activityWrites.add(native(transaction)),
  );
  db.activities.hook('updating', (_changes, _key, _row, transaction) => {
    log.activityWrites.add(native(transaction));
  });
  db.rollups.hook('creating', (_key, _row, transaction) => void log.rollupWrites.add(native(transaction)));
  db.rollups.hook('updating', (_changes, _key, _row, transaction) => {
    log.rollupWrites.add(native(transaction));
  });
  return log;
}

async function expectLandedTogether(env: TestEnv, log: WriteLog): Promise<void> {
  expect(log.activityWrites.size).toBeGreaterThan(0);
  for (const transaction of log.activityWrites) expect(log.rollupWrites).toContain(transaction);
  const plan = await env.db.plans.get('plan-dana');
  if (!plan) throw new Error('the plan is gone');
  const activities = await env.db.activities.where('repId').equals(plan.rep.id).toArray();
  const cached = await env.db.rollups.get(plan.id);
  expect(cached?.rollup).toEqual(computeRollupRecord(plan, activities, 'now').rollup);
}

async function envWithPlan(): Promise<{ env: TestEnv; log: WriteLog }> {
  const env = createTestEnv('2026-03-11T15:00:00Z');
  const saved = await savePlan(env, 'create', samplePlanInput());
  if (!saved.ok) throw new Error(saved.error);
  return { env, log: watchWrites(env.db) };
}

function hubspotCall(id: string, extra: Partial<Activity> = {}): Activity {
  return {
    source: 'hubspot',
    id,
    metric: 'calls',
    occurredAt: '2026-03-10T15:00:00.000Z',
    modifiedAt: '2026-03-10T15:01:00.000Z',
    ...extra,
  };
}

describe('an activity change and its rollup land in one transaction', () => {
  it('never on a manual log and its undo: they are ledger events, counted over the cache', async () => {
    const { env, log } = await envWithPlan();
    const before = await env.db.rollups.get('plan-dana');
    const logged = await logManualActivity(env, { metric: 'calls' });
    if (!logged.ok) throw new Error(logged.error);
    expect(await undoManualActivity(env, 'manual-id1')).toMatchObject({ ok: true });
    expect(log.activityWrites.size).toBe(0);
    expect(await env.db.rollups.get('plan-dana')).toEqual(before);
    expect((await env.db.events.toArray()).map((row) => row.event.type).sort()).toEqual([
      'activity.logged',
      'activity.retracted',
      'plan.issued',
    ]);
  });

  it('on a sync commit, deletions (tombstones) included', async () => {
    const { env, log } = await envWithPlan();
    const store = new DexieSyncStore({ db: env.db, now: () => env.now() });
    const state = emptySyncState('plan-dana', 'hubspot');
    await store.commit({ state, repId: 'rep-dana', activities: [hubspotCall('1'), hubspotCall('2')] });
    await expectLandedTogether(env, log);
    log.activityWrites.clear();
    await store.commit({
      state,
      repId: 'rep-dana',
      activities: [hubspotCall('1', { deleted: true, modifiedAt: '2026-03-10T16:00:00.000Z' })],
    });
    await expectLandedTogether(env, log);
    expect((await env.db.rollups.get('plan-dana'))?.activityCount).toBe(1);
  });

  it('on an import', async () => {
    const { env, log } = await envWithPlan();
    const plan = samplePlan({ revision: 1 });
    const outcome = await importBundleText(
      env,
      bundleText({ plans: [plan], activities: [hubspotCall('7'), hubspotCall('8')] }),
    );
    expect(outcome.ok).toBe(true);
    await expectLandedTogether(env, log);
  });
});
