import { evaluatePlan } from '@onpace/core/pace';
import { describe, expect, it } from 'vitest';
import { logManualActivity, UNDO_WINDOW_MS, undoManualActivity } from '../../src/background/manual-activity';
import { addNote } from '../../src/background/notes';
import { buildOverlayState } from '../../src/background/overlay-state';
import { savePlan } from '../../src/background/plans';
import { OverlayState } from '../../src/messaging/overlay-protocol';
import { foldedPlan } from '../../src/storage/ledger-store';
import { refreshRollups } from '../../src/storage/rollup-cache';
import { writeSettings } from '../../src/storage/settings';
import { createTestEnv } from '../support/background-env';
import { call, samplePlan, samplePlanInput } from '../support/sample-plan';

async function envWithPlan() {
  const env = createTestEnv('2026-03-11T15:00:00Z');
  const saved = await savePlan(env, 'create', samplePlanInput());
  if (!saved.ok) throw new Error(saved.error);
  return env;
}

function calls(state: OverlayState): number | undefined {
  return state.plan?.targets.find((target) => target.targetId === 'calls')?.current?.actual;
}

describe('manual activity', () => {
  it('logs +1 for a count metric as the rep’s activity.logged event, counted at once', async () => {
    const env = await envWithPlan();
    expect(calls(await buildOverlayState(env))).toBe(0);
    const logged = await logManualActivity(env, { metric: 'calls', amount: 7 });
    if (!logged.ok) throw new Error(logged.error);
    const { events, state } = await foldedPlan(env.db, 'plan-dana');
    expect(events.at(-1)).toMatchObject({ type: 'activity.logged', author: { id: 'rep-dana', role: 'rep' } });
    expect(state.activities).toHaveLength(1);
    expect(state.activities[0]).toMatchObject({ source: 'manual', id: 'manual-id1', metric: 'calls' });
    // A count metric adds 1 whatever amount was sent.
    expect(state.activities[0]?.amount).toBeUndefined();
    expect(calls(await buildOverlayState(env))).toBe(1);
    // The log is an event, not a stored activity row.
    expect(await env.db.activities.count()).toBe(0);
  });

  it('logs an amount for a money metric, and requires one', async () => {
    const env = await envWithPlan();
    expect(await logManualActivity(env, { metric: 'pipeline_created' })).toMatchObject({
      ok: false,
      problems: [{ path: 'amount' }],
    });
    const logged = await logManualActivity(env, { metric: 'pipeline_created', amount: 2500 });
    expect(logged.ok).toBe(true);
    const state = await buildOverlayState(env);
    expect(state.plan?.targets.find((target) => target.targetId === 'pipeline')?.actual).toBe(2500);
  });

  it('refuses a metric the plan does not measure, and logging without a plan', async () => {
    const env = await envWithPlan();
    expect(await logManualActivity(env, { metric: 'emails' })).toMatchObject({
      ok: false,
      problems: [{ path: 'metric' }],
    });
    const empty = createTestEnv();
    expect(await logManualActivity(empty, { metric: 'calls' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('undoes a log with activity.retracted: the count goes back, both events stay, a second undo is refused', async () => {
    const env = await envWithPlan();
    const logged = await logManualActivity(env, { metric: 'calls' });
    if (!logged.ok) throw new Error(logged.error);
    expect((await buildOverlayState(env)).undoable).toEqual({ activityId: 'manual-id1', metric: 'calls' });
    expect((await undoManualActivity(env, 'manual-id1')).ok).toBe(true);
    const state = await buildOverlayState(env);
    expect(calls(state)).toBe(0);
    expect(state.undoable).toBeNull();
    const { events } = await foldedPlan(env.db, 'plan-dana');
    expect([...events].sort((x, y) => (x.at < y.at ? -1 : 1)).map((event) => event.type)).toEqual([
      'plan.issued',
      'activity.logged',
      'activity.retracted',
    ]);
    expect(await undoManualActivity(env, 'manual-id1')).toMatchObject({ ok: false, refusal: 'not-allowed' });
    expect(await env.db.events.count()).toBe(3);
  });

  it('offers undo only inside the undo window', async () => {
    const env = await envWithPlan();
    await logManualActivity(env, { metric: 'calls' });
    env.setNow(new Date(Date.parse('2026-03-11T15:00:00Z') + UNDO_WINDOW_MS + 1000).toISOString());
    expect((await buildOverlayState(env)).undoable).toBeNull();
  });
});

describe('overlay state', () => {
  it('is empty but valid when no plan is chosen', async () => {
    const env = createTestEnv();
    const state = OverlayState.parse(await buildOverlayState(env));
    expect(state).toMatchObject({
      plan: null,
      latestNote: null,
      unreadNotes: 0,
      quickLog: [],
      undoable: null,
    });
    expect(state.settings).toEqual({ discreet: false, neutralLabel: 'Plan' });
  });

  it('gives the statuses and figures of evaluatePlan for my plan at the current time', async () => {
    const env = await envWithPlan();
    const activities = [
      call('c1', '2026-03-11T13:30:00Z'),
      call('c2', '2026-03-11T14:00:00Z'),
      call('c3', '2026-03-10T15:00:00Z'),
    ];
    // Written as the sync writes: the activities and the plan's rollup in one transaction.
    await env.db.transaction('rw', [env.db.plans, env.db.activities, env.db.rollups], async () => {
      await env.db.activities.bulkPut(activities.map((activity) => ({ ...activity, repId: 'rep-dana' })));
      await refreshRollups(env.db, { repIds: ['rep-dana'] }, '2026-03-11T15:00:00Z');
    });
    const state = OverlayState.parse(await buildOverlayState(env));
    const expected = evaluatePlan(samplePlan({ revision: 1 }), activities, '2026-03-11T15:00:00Z');
    expect(state.plan?.status).toBe(expected.status);
    expect(state.plan?.businessDays).toEqual(expected.businessDays);
    expect(state.plan?.targets.map((target) => [target.targetId, target.status, target.actual])).toEqual(
      expected.targets.map((target) => [target.targetId, target.status, target.actual]),
    );
    expect(state.plan?.targets.map((target) => target.label)).toEqual(['Calls', 'Opps', 'Pipeline']);
    expect(state.plan?.targets.map((target) => target.money)).toEqual([false, false, true]);
    expect(state.quickLog).toEqual(['calls', 'opportunities_created', 'pipeline_created']);
    expect(state.plan?.label).toBe('Growth plan');
  });

  it('shows the newest shared note, counts unread ones, and never a private note', async () => {
    const env = await envWithPlan();
    const draft = { planId: 'plan-dana', as: 'manager' as const, tag: 'skills' as const, record: null };
    await addNote(env, { ...draft, text: 'First', visibility: 'shared' });
    env.setNow('2026-03-11T16:00:00Z');
    await addNote(env, { ...draft, text: 'Second', visibility: 'shared' });
    env.setNow('2026-03-11T17:00:00Z');
    await addNote(env, { ...draft, text: 'Private thought', visibility: 'private' });
    const state = await buildOverlayState(env);
    expect(state.latestNote).toMatchObject({ text: 'Second', unread: true, authorName: 'Sam Lee' });
    expect(state.unreadNotes).toBe(2);
  });

  it('carries the privacy settings, and the sync summary of the plan', async () => {
    const env = await envWithPlan();
    await writeSettings({ discreet: true, neutralLabel: 'Focus' });
    await env.db.syncState.put({
      planId: 'plan-dana',
      source: 'salesforce',
      highWaterMark: '2026-03-11T14:00:00Z',
      lastRunAt: '2026-03-11T14:55:00Z',
      lastSuccessAt: '2026-03-11T14:00:00Z',
      fault: {
        code: 'session-expired',
        message: 'Salesforce session expired — reload the Salesforce tab',
        at: 'x',
      },
    });
    const state = await buildOverlayState(env);
    expect(state.settings).toEqual({ discreet: true, neutralLabel: 'Focus' });
    expect(state.sync).toEqual({
      state: 'attention',
      message: 'Salesforce session expired — reload the Salesforce tab',
      lastSyncedAt: '2026-03-11T14:00:00Z',
    });
  });
});
