/** Plans as ledger writes: the form's save, lifecycle, acknowledgment, deletion. */
import { describe, expect, it } from 'vitest';
import { buildRepView } from '../../src/background/page-views';
import { deletePlan, savePlan, setMyPlan } from '../../src/background/plans';
import { foldedPlan } from '../../src/storage/ledger-store';
import { readSettings, writeSettings } from '../../src/storage/settings';
import { createTestEnv } from '../support/background-env';
import { envWithLedgerPlan, send, sendOk, tick } from '../support/ledger-env';
import { samplePlanInput } from '../support/sample-plan';

async function eventTypes(env: Awaited<ReturnType<typeof envWithLedgerPlan>>, planId = 'plan-dana') {
  const { events } = await foldedPlan(env.db, planId);
  return [...events]
    .sort((a, b) => (a.at < b.at ? -1 : 1))
    .map((event) => `${event.author.id} ${event.type}`);
}

describe('saving the plan form', () => {
  it('issues a draft revision by the manager, the next revision on an edit, nothing on an unchanged save', async () => {
    const env = await envWithLedgerPlan();
    expect(await eventTypes(env)).toEqual(['mgr-sam plan.issued']);
    const list = await sendOk(env, { type: 'plans/list' });
    expect(list.plans).toMatchObject([{ id: 'plan-dana', revision: 1, status: 'draft' }]);
    expect(await savePlan(env, 'update', samplePlanInput())).toMatchObject({ ok: true, changed: false });
    expect(await env.db.events.count()).toBe(1);
    tick(env);
    const edited = await savePlan(env, 'update', samplePlanInput({ title: 'Dana spring plan' }));
    expect(edited).toMatchObject({
      ok: true,
      changed: true,
      plan: { revision: 2, title: 'Dana spring plan' },
    });
    const { state } = await foldedPlan(env.db, 'plan-dana');
    expect(state.revision).toBe(2);
    expect(state.lifecycle).toBe('draft');
    expect(await eventTypes(env)).toEqual(['mgr-sam plan.issued', 'mgr-sam plan.issued']);
  });

  it('returns each validation problem with its field path, and stores nothing', async () => {
    const env = createTestEnv();
    const result = await savePlan(
      env,
      'create',
      samplePlanInput({
        title: '',
        end: '2026-02-01',
        targets: [{ id: 'a', metric: 'calls', cadence: 'daily', goal: 0 }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems?.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['title', 'targets[0].goal']),
    );
    expect(await env.db.events.count()).toBe(0);
    expect(await env.db.plans.count()).toBe(0);
  });

  it('refuses to create over an existing id, and to update a plan that does not exist', async () => {
    const env = await envWithLedgerPlan();
    expect(await savePlan(env, 'create', samplePlanInput())).toMatchObject({
      ok: false,
      code: 'conflict',
      problems: [{ path: 'id' }],
    });
    expect(await savePlan(env, 'update', samplePlanInput({ id: 'plan-none' }))).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await env.db.events.count()).toBe(1);
  });

  it('refuses a revision that changes the rep: the ledger says not-allowed and nothing is stored', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    const moved = await savePlan(env, 'update', samplePlanInput({ rep: { id: 'rep-other', name: 'Other' } }));
    expect(moved).toMatchObject({ ok: false, code: 'forbidden', refusal: 'not-allowed' });
    expect(await env.db.events.count()).toBe(1);
    expect((await env.db.plans.get('plan-dana'))?.rep.id).toBe('rep-dana');
  });

  it('makes the first plan "my plan", and lets another be chosen', async () => {
    const env = await envWithLedgerPlan();
    await savePlan(env, 'create', samplePlanInput({ id: 'plan-two', title: 'Two' }));
    expect((await readSettings()).myPlanId).toBe('plan-dana');
    expect(await setMyPlan(env, 'plan-two')).toMatchObject({ ok: true, myPlanId: 'plan-two' });
    expect(await setMyPlan(env, 'missing')).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('deletes a plan with its whole ledger here; the rep activity goes with the rep last plan', async () => {
    const env = await envWithLedgerPlan();
    await savePlan(env, 'create', samplePlanInput({ id: 'plan-two', title: 'Two' }));
    await env.db.activities.put({
      source: 'hubspot',
      id: 'c1',
      metric: 'calls',
      occurredAt: '2026-03-10T15:00:00Z',
      repId: 'rep-dana',
    });
    tick(env);
    await sendOk(env, {
      type: 'notes/add',
      planId: 'plan-dana',
      as: 'manager',
      text: 'Hi',
      visibility: 'shared',
      record: null,
    });
    await sendOk(env, {
      type: 'notes/add',
      planId: 'plan-dana',
      as: 'manager',
      text: 'Mine',
      visibility: 'private',
      record: null,
    });
    expect((await deletePlan(env, 'plan-dana')).ok).toBe(true);
    expect(await env.db.events.where('planId').equals('plan-dana').count()).toBe(0);
    expect(await env.db.notes.count()).toBe(0);
    expect((await foldedPlan(env.db, 'plan-dana')).state.plan).toBeNull();
    expect(await env.db.activities.count()).toBe(1);
    expect((await readSettings()).myPlanId).toBe('plan-two');
    await deletePlan(env, 'plan-two');
    expect(await env.db.activities.count()).toBe(0);
  });
});

describe('the lifecycle', () => {
  it('goes draft → active → extended (with a new end and a reason) → closed with an outcome', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    const active = await sendOk(env, { type: 'plans/activate', planId: 'plan-dana' });
    expect(active.ledger.lifecycle).toBe('active');
    expect((await env.db.plans.get('plan-dana'))?.status).toBe('active');
    tick(env);
    const extended = await sendOk(env, {
      type: 'plans/extend',
      planId: 'plan-dana',
      end: '2026-04-10',
      reason: 'Two weeks lost to the system migration',
    });
    expect(extended.ledger.lifecycle).toBe('extended');
    expect((await env.db.plans.get('plan-dana'))?.end).toBe('2026-04-10');
    // The rollup cache follows the plan's new window in the same write.
    expect((await env.db.rollups.get('plan-dana'))?.rollup.to).toBe('2026-04-10');
    expect((await buildRepView(env)).plan?.end).toBe('2026-04-10');
    tick(env);
    const closed = await sendOk(env, {
      type: 'plans/close',
      planId: 'plan-dana',
      outcome: 'met',
      summary: 'Calls held at 10 a day',
    });
    expect(closed.ledger).toMatchObject({
      lifecycle: 'closed',
      outcome: 'met',
      summary: 'Calls held at 10 a day',
    });
    expect((await env.db.plans.get('plan-dana'))?.status).toBe('completed');
  });

  it('refuses what the ledger refuses, storing nothing: activating twice, an earlier end, any write after closing', async () => {
    const env = await envWithLedgerPlan();
    expect(
      await send(env, { type: 'plans/extend', planId: 'plan-dana', end: '2026-04-10', reason: 'Too soon' }),
    ).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
    tick(env);
    await sendOk(env, { type: 'plans/activate', planId: 'plan-dana' });
    tick(env);
    expect(await send(env, { type: 'plans/activate', planId: 'plan-dana' })).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
    expect(
      await send(env, { type: 'plans/extend', planId: 'plan-dana', end: '2026-03-20', reason: 'Earlier' }),
    ).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
    await sendOk(env, {
      type: 'plans/close',
      planId: 'plan-dana',
      outcome: 'cancelled',
      summary: 'Moved team',
    });
    tick(env);
    expect(
      await send(env, {
        type: 'notes/add',
        planId: 'plan-dana',
        as: 'manager',
        text: 'Late',
        visibility: 'shared',
        record: null,
      }),
    ).toMatchObject({
      ok: false,
      code: 'conflict',
      refusal: 'closed',
    });
    expect(await eventTypes(env)).toEqual([
      'mgr-sam plan.issued',
      'mgr-sam plan.activated',
      'mgr-sam plan.closed',
    ]);
  });

  it('names the bad field of a write: an empty reason, an impossible date', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    await sendOk(env, { type: 'plans/activate', planId: 'plan-dana' });
    const bad = await send(env, {
      type: 'plans/extend',
      planId: 'plan-dana',
      end: '2026-02-31',
      reason: '  ',
    });
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    if (bad.ok) return;
    expect(bad.problems?.map((problem) => problem.path).sort()).toEqual(['end', 'reason']);
    expect(await send(env, { type: 'plans/activate', planId: 'plan-none' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});

describe('acknowledgment', () => {
  it('binds the receipt to the exact revision; a new revision asks again and says what changed', async () => {
    const env = await envWithLedgerPlan();
    const first = (await buildRepView(env)).ledger;
    expect(first).toMatchObject({
      revision: 1,
      acknowledgedRevision: null,
      acknowledgedCurrent: false,
      whatChanged: [],
    });
    tick(env);
    const acked = await sendOk(env, {
      type: 'plans/acknowledge',
      planId: 'plan-dana',
      revision: first?.revisionHash ?? '',
      comment: 'Received; the opps goal worries me',
    });
    expect(acked.ledger).toMatchObject({ acknowledgedRevision: 1, acknowledgedCurrent: true });
    expect(acked.ledger.acknowledgments).toEqual([
      {
        revision: 1,
        hash: first?.revisionHash,
        at: '2026-03-11T15:01:00.000Z',
        by: 'rep-dana',
        byName: 'Dana Reyes',
        comment: 'Received; the opps goal worries me',
      },
    ]);
    expect((await buildRepView(env)).acknowledgedAt).toBe('2026-03-11T15:01:00.000Z');

    tick(env);
    const input = samplePlanInput();
    await savePlan(env, 'update', {
      ...input,
      end: '2026-04-03',
      targets: input.targets.map((target) => (target.id === 'calls' ? { ...target, goal: 8 } : target)),
    });
    const view = await buildRepView(env);
    expect(view.acknowledgedAt).toBeNull();
    expect(view.ledger).toMatchObject({ revision: 2, acknowledgedRevision: 1, acknowledgedCurrent: false });
    const lines = view.ledger?.whatChanged.map((line) => line.text) ?? [];
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Calls: 10 → 8/), 'End: Mar 27 → Apr 3']),
    );
    // The manager's view shows the same receipts.
    const manager = await sendOk(env, { type: 'view/manager', planId: 'plan-dana' });
    expect(manager.view.ledger?.acknowledgments.map((ack) => ack.revision)).toEqual([1]);
    expect(manager.view.ledger?.acknowledgedCurrent).toBe(false);

    tick(env);
    const again = await sendOk(env, {
      type: 'plans/acknowledge',
      planId: 'plan-dana',
      revision: view.ledger?.revisionHash ?? '',
    });
    expect(again.ledger).toMatchObject({
      acknowledgedRevision: 2,
      acknowledgedCurrent: true,
      whatChanged: [],
    });
  });

  it('refuses a receipt for a revision that does not exist, storing nothing', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    expect(
      await send(env, { type: 'plans/acknowledge', planId: 'plan-dana', revision: 'f'.repeat(64) }),
    ).toMatchObject({
      ok: false,
      code: 'not-found',
      refusal: 'unknown-ref',
    });
    expect(
      await send(env, { type: 'plans/acknowledge', planId: 'plan-dana', revision: 'nope' }),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
      problems: [{ path: 'revision' }],
    });
    expect(await env.db.events.count()).toBe(1);
  });
});

describe('the rep view', () => {
  it('shows business day k of N and the label, hidden behind the neutral label in discreet mode', async () => {
    const env = await envWithLedgerPlan();
    const view = await buildRepView(env);
    expect(view.plan).toMatchObject({
      day: { day: 8, total: 20 },
      date: '2026-03-11',
      displayLabel: 'Growth plan',
    });
    await writeSettings({ discreet: true, neutralLabel: 'Focus' });
    expect((await buildRepView(env)).plan?.displayLabel).toBe('Focus');
  });
});
