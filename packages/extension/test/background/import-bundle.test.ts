/**
 * The import's transaction, case by case: a file of events without plan rows, a rows-only file of
 * a plan this browser already keeps a ledger for, a revision counted as an update, a ledger that
 * lacks its issue, and a re-import that leaves even the derived caches alone.
 */
import { parseBundle } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/background/export-bundle';
import { importBundleText } from '../../src/background/import-bundle';
import { savePlan } from '../../src/background/plans';
import { foldedPlan } from '../../src/storage/ledger-store';
import { readSettings } from '../../src/storage/settings';
import { createTestEnv, type TestEnv } from '../support/background-env';
import { snapshotDb } from '../support/db-snapshot';
import { envWithLedgerPlan, sendOk, tick } from '../support/ledger-env';
import { bundleText, call, samplePlanInput } from '../support/sample-plan';

async function exportedBundle(env: TestEnv) {
  const result = await exportPlan(env, 'plan-dana', 'share');
  if (!result.ok) throw new Error(result.error);
  return parseBundle(JSON.parse(result.text));
}

async function importOk(env: TestEnv, text: string) {
  const result = await importBundleText(env, text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('importing a bundle, case by case', () => {
  it('takes a file of events without plan rows: the plan comes from its ledger, and attributes activities', async () => {
    const manager = await envWithLedgerPlan();
    const { events } = await exportedBundle(manager);
    const env = createTestEnv();
    const changesBefore = env.changes();
    const { report, ledger } = await importOk(
      env,
      bundleText({ events, activities: [call('c1', '2026-03-03T15:00:00Z', { ownerId: 'owner-dana' })] }),
    );
    expect(report.plans).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(ledger.events).toEqual({ added: events.length, unchanged: 0 });
    expect(await env.db.plans.get('plan-dana')).toMatchObject({
      id: 'plan-dana',
      title: samplePlanInput().title,
    });
    expect((await env.db.activities.toArray()).map((row) => row.repId)).toEqual(['rep-dana']);
    expect((await env.db.rollups.get('plan-dana'))?.activityCount).toBe(1);
    expect((await readSettings()).myPlanId).toBe('plan-dana');
    expect(env.changes()).toBe(changesBefore + 1);
  });

  it('never turns the rows of a plan this browser keeps a ledger for into a second history', async () => {
    const env = await envWithLedgerPlan();
    const before = await snapshotDb(env.db);
    const { report, ledger } = await importOk(
      env,
      bundleText({ plans: [samplePlanInput({ title: 'An older copy of the plan' })] }),
    );
    expect(ledger.events.added).toBe(0);
    expect(ledger.problems).toEqual([]);
    expect(report.plans).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await snapshotDb(env.db)).toEqual(before);
  });

  it('counts a revision of a stored plan as an update, and a second import as unchanged', async () => {
    const manager = await envWithLedgerPlan();
    const rep = createTestEnv('2026-03-11T16:00:00Z');
    const first = await exportedBundle(manager);
    await importOk(rep, JSON.stringify(first));
    tick(manager);
    const revised = await savePlan(manager, 'update', samplePlanInput({ title: 'Dana Q1 plan, revised' }));
    expect(revised.ok).toBe(true);
    const text = JSON.stringify(await exportedBundle(manager));
    const { report, ledger } = await importOk(rep, text);
    expect(report.plans).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(ledger.events).toEqual({ added: 1, unchanged: first.events.length });
    expect((await rep.db.plans.get('plan-dana'))?.title).toBe('Dana Q1 plan, revised');

    // Again, later: nothing added, nothing derived computed anew.
    rep.setNow('2026-03-12T09:00:00Z');
    const before = await snapshotDb(rep.db);
    const again = await importOk(rep, text);
    expect(again.report.plans).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(again.ledger.events).toEqual({ added: 0, unchanged: first.events.length + 1 });
    expect(await snapshotDb(rep.db)).toEqual(before);
  });

  it('stores a ledger that lacks its issue and reports it, with no plan row', async () => {
    const manager = await envWithLedgerPlan();
    tick(manager);
    await sendOk(manager, {
      type: 'notes/add',
      planId: 'plan-dana',
      as: 'manager',
      text: 'Block 9-11 for calls',
      visibility: 'shared',
      record: null,
    });
    const { events } = await exportedBundle(manager);
    const withoutIssue = events.filter((event) => event.type !== 'plan.issued');
    expect(withoutIssue.length).toBeGreaterThan(0);
    const env = createTestEnv();
    const { ledger } = await importOk(env, bundleText({ events: withoutIssue }));
    expect(ledger.events.added).toBe(withoutIssue.length);
    expect(ledger.problems.length).toBeGreaterThan(0);
    for (const problem of ledger.problems) expect(problem.planId).toBe('plan-dana');
    expect(await env.db.plans.count()).toBe(0);
    expect((await foldedPlan(env.db, 'plan-dana')).state.plan).toBeNull();
    expect((await readSettings()).myPlanId).toBeNull();
    // Activities cannot be attributed to a plan that has no revision: refused, not a crash.
    const withActivity = await importBundleText(
      createTestEnv(),
      bundleText({
        events: withoutIssue,
        activities: [call('c1', '2026-03-03T15:00:00Z', { ownerId: 'owner-dana' })],
      }),
    );
    expect(withActivity).toMatchObject({ ok: false, code: 'invalid' });
  });
});
