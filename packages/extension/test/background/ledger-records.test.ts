/** Notes, check-ins, actions, manual logs and disputes: each write appends its event and the views show it. */
import { paceSnapshot } from '@onpace/core/pace';
import { describe, expect, it } from 'vitest';
import { evaluateWithLedger } from '../../src/background/figures';
import { buildOverlayState } from '../../src/background/overlay-state';
import { buildRepView } from '../../src/background/page-views';
import type { OverlayState } from '../../src/messaging/overlay-protocol';
import { foldedPlan } from '../../src/storage/ledger-store';
import { writePageRecord } from '../../src/storage/page-records';
import type { TestEnv } from '../support/background-env';
import { envWithLedgerPlan, send, sendOk, storeCrmActivities, tick } from '../support/ledger-env';
import { call } from '../support/sample-plan';

async function lastEvent(env: TestEnv) {
  const { events } = await foldedPlan(env.db, 'plan-dana');
  return [...events].sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
}

function target(state: OverlayState, id: string) {
  return state.plan?.targets.find((row) => row.targetId === id);
}

const shared = { planId: 'plan-dana', visibility: 'shared', record: null } as const;

describe('notes', () => {
  it('adds, edits and deletes a shared note as events: the history keeps every text, deletion keeps the words', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    const added = await sendOk(env, {
      type: 'notes/add',
      ...shared,
      as: 'manager',
      text: 'Try the shorter opener',
    });
    expect(await lastEvent(env)).toMatchObject({
      type: 'note.added',
      author: { id: 'mgr-sam', role: 'manager' },
      body: { text: 'Try the shorter opener' },
    });
    const noteId = added.ledger.notes[0]?.id ?? '';
    tick(env);
    const edited = await sendOk(env, {
      type: 'notes/edit',
      planId: 'plan-dana',
      noteId,
      as: 'manager',
      text: 'Try the 20-second opener',
    });
    expect(edited.ledger.notes[0]).toMatchObject({
      text: 'Try the 20-second opener',
      authorRole: 'manager',
      authorName: 'Sam Lee',
      history: [
        { at: '2026-03-11T15:01:00.000Z', text: 'Try the shorter opener' },
        { at: '2026-03-11T15:02:00.000Z', text: 'Try the 20-second opener' },
      ],
    });
    expect((await buildRepView(env)).notes.map((note) => note.text)).toEqual(['Try the 20-second opener']);
    tick(env);
    const deleted = await sendOk(env, { type: 'notes/delete', planId: 'plan-dana', noteId, as: 'manager' });
    expect(deleted.ledger.notes[0]).toMatchObject({
      deleted: true,
      deletedAt: '2026-03-11T15:03:00.000Z',
      text: 'Try the 20-second opener',
    });
    expect((await buildRepView(env)).notes).toEqual([]);
    // Editing or deleting a deleted note is refused.
    expect(
      await send(env, { type: 'notes/edit', planId: 'plan-dana', noteId, as: 'manager', text: 'Again' }),
    ).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
  });

  it('lets the rep write a note of their own, and never edit the manager’s', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    const managers = await sendOk(env, { type: 'notes/add', ...shared, as: 'manager', text: 'From Sam' });
    const noteId = managers.ledger.notes[0]?.id ?? '';
    tick(env);
    const reps = await sendOk(env, { type: 'notes/add', ...shared, as: 'rep', text: 'From Dana' });
    expect(reps.ledger.notes.find((note) => note.text === 'From Dana')).toMatchObject({
      author: 'rep-dana',
      authorRole: 'rep',
    });
    const before = await env.db.events.count();
    expect(
      await send(env, { type: 'notes/edit', planId: 'plan-dana', noteId, as: 'rep', text: 'Rewritten' }),
    ).toMatchObject({
      ok: false,
      code: 'forbidden',
      refusal: 'not-allowed',
    });
    expect(
      await send(env, { type: 'notes/delete', planId: 'plan-dana', noteId: 'note-none', as: 'manager' }),
    ).toMatchObject({
      ok: false,
      refusal: 'unknown-ref',
    });
    expect(await env.db.events.count()).toBe(before);
  });

  it('keeps a private note out of the ledger: a row of this browser, shown to the manager only', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    const added = await sendOk(env, {
      type: 'notes/add',
      ...shared,
      visibility: 'private',
      as: 'manager',
      text: 'Only mine',
      tag: 'skills',
    });
    expect(added.hash).toBeNull();
    expect(await env.db.events.count()).toBe(1);
    const manager = await sendOk(env, { type: 'view/manager', planId: 'plan-dana' });
    const row = manager.view.notes.find((note) => note.text === 'Only mine');
    expect(row).toMatchObject({ visibility: 'private', tag: 'skills' });
    expect((await buildRepView(env)).notes).toEqual([]);
    await sendOk(env, {
      type: 'notes/edit',
      planId: 'plan-dana',
      noteId: row?.id ?? '',
      as: 'manager',
      text: 'Still mine',
    });
    expect((await env.db.notes.get(row?.id ?? ''))?.text).toBe('Still mine');
    await sendOk(env, { type: 'notes/delete', planId: 'plan-dana', noteId: row?.id ?? '', as: 'manager' });
    expect(await env.db.notes.count()).toBe(0);
    expect(await env.db.events.count()).toBe(1);
  });

  it('refuses an empty note, naming the text field', async () => {
    const env = await envWithLedgerPlan();
    const response = await send(env, { type: 'notes/add', ...shared, as: 'manager', text: '   ' });
    expect(response).toMatchObject({ ok: false, code: 'invalid', problems: [{ path: 'text' }] });
  });

  it('links the record open in the tab', async () => {
    const env = await envWithLedgerPlan();
    const record = {
      crm: 'hubspot' as const,
      objectType: 'deal',
      id: '456',
      name: 'Acme renewal',
      url: 'https://app.hubspot.com/contacts/123/record/0-3/456',
    };
    await writePageRecord(7, record);
    const view = await sendOk(env, { type: 'view/manager', planId: 'plan-dana', tabId: 7 });
    expect(view.view.currentRecord).toEqual(record);
    tick(env);
    const added = await sendOk(env, {
      type: 'notes/add',
      ...shared,
      as: 'manager',
      text: 'About Acme',
      record,
    });
    expect(added.ledger.notes[0]?.record).toEqual(record);
    expect(await lastEvent(env)).toMatchObject({
      body: { record: { crm: 'hubspot', type: 'deal', id: '456', name: 'Acme renewal' } },
    });
    expect((await buildRepView(env)).notes[0]?.record).toEqual(record);
  });

  it('marks the manager’s notes read once; the overlay counts the unread ones', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    await sendOk(env, { type: 'notes/add', ...shared, as: 'manager', text: 'First' });
    tick(env);
    await sendOk(env, { type: 'notes/add', ...shared, as: 'manager', text: 'Second' });
    const state = await buildOverlayState(env);
    expect(state.unreadNotes).toBe(2);
    expect(state.latestNote).toMatchObject({ text: 'Second', unread: true, authorName: 'Sam Lee' });
    const ids = (await buildRepView(env)).notes.map((note) => note.id);
    tick(env);
    const marked = await sendOk(env, { type: 'notes/mark-read', noteIds: ids });
    expect(marked.state.unreadNotes).toBe(0);
    expect((await buildRepView(env)).notes.every((note) => note.readAt === '2026-03-11T15:03:00.000Z')).toBe(
      true,
    );
    tick(env);
    await sendOk(env, { type: 'notes/mark-read', noteIds: ids });
    expect((await env.db.noteReads.toArray()).map((read) => read.at)).toEqual([
      '2026-03-11T15:03:00.000Z',
      '2026-03-11T15:03:00.000Z',
    ]);
  });
});

describe('check-ins', () => {
  it('the manager holds one with the pace frozen; the rep answers and ticks an action; both see the same', async () => {
    const env = await envWithLedgerPlan();
    await storeCrmActivities(env, [call('c1', '2026-03-10T15:00:00Z'), call('c2', '2026-03-11T14:00:00Z')]);
    tick(env);
    const { state } = await foldedPlan(env.db, 'plan-dana');
    const plan = state.plan;
    if (!plan) throw new Error('no plan');
    const expected = paceSnapshot(await evaluateWithLedger(env.db, plan, state, env.now().toISOString()));
    const held = await sendOk(env, {
      type: 'checkins/hold',
      planId: 'plan-dana',
      date: '2026-03-11',
      question: 'What would make the first call block easier?',
      actions: [{ text: 'Ask ops for the March list', due: '2026-03-13' }, { text: '' }],
    });
    const [checkIn] = held.ledger.checkIns;
    expect(checkIn).toMatchObject({
      date: '2026-03-11',
      question: 'What would make the first call block easier?',
      answer: null,
      actions: [{ text: 'Ask ops for the March list', due: '2026-03-13', done: false }],
    });
    expect(checkIn?.snapshot).toEqual(expected);
    expect(await lastEvent(env)).toMatchObject({ type: 'checkin.held', author: { id: 'mgr-sam' } });

    tick(env);
    const checkInId = checkIn?.id ?? '';
    const actionId = checkIn?.actions[0]?.id ?? '';
    await sendOk(env, {
      type: 'checkins/answer',
      planId: 'plan-dana',
      checkInId,
      answer: 'A fresher lead list',
    });
    expect(await lastEvent(env)).toMatchObject({
      type: 'checkin.answered',
      author: { id: 'rep-dana', role: 'rep' },
    });
    tick(env);
    await sendOk(env, { type: 'actions/done', planId: 'plan-dana', checkInId, actionId, as: 'rep' });
    const rep = (await buildRepView(env)).ledger?.checkIns[0];
    const manager = (await sendOk(env, { type: 'view/manager', planId: 'plan-dana' })).view.checkIns[0];
    expect(rep).toEqual(manager);
    expect(manager).toMatchObject({ answer: 'A fresher lead list', actions: [{ done: true }] });
    // The snapshot stays what it was, whatever happens later.
    expect(manager?.snapshot).toEqual(expected);
    expect(
      await send(env, { type: 'actions/done', planId: 'plan-dana', checkInId, actionId, as: 'manager' }),
    ).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
    expect(
      await send(env, {
        type: 'checkins/answer',
        planId: 'plan-dana',
        checkInId: 'checkin-none',
        answer: 'x',
      }),
    ).toMatchObject({
      ok: false,
      refusal: 'unknown-ref',
    });
  });

  it('names the bad fields: an empty question, an impossible due date', async () => {
    const env = await envWithLedgerPlan();
    const response = await send(env, {
      type: 'checkins/hold',
      planId: 'plan-dana',
      date: '2026-03-11',
      question: '',
      actions: [{ text: 'Call back', due: '2026-02-30' }],
    });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.problems?.map((problem) => problem.path).sort()).toEqual(['actions[0].due', 'question']);
    expect(await env.db.events.count()).toBe(1);
  });
});

describe('manual logs from the popup', () => {
  it('logs +1 and takes it back for a named plan', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    const logged = await sendOk(env, { type: 'activity/add', planId: 'plan-dana', metric: 'calls' });
    expect(await lastEvent(env)).toMatchObject({
      type: 'activity.logged',
      body: { activity: { source: 'manual', metric: 'calls' } },
    });
    expect(target(await buildOverlayState(env), 'calls')?.actual).toBe(1);
    const view = await buildRepView(env);
    expect(view.undoable).toMatchObject({ metric: 'calls' });
    tick(env);
    await sendOk(env, {
      type: 'activity/retract',
      planId: 'plan-dana',
      activityId: view.undoable?.activityId ?? '',
    });
    expect(target(await buildOverlayState(env), 'calls')?.actual).toBe(0);
    expect(logged.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('disputes', () => {
  async function withActivity() {
    const env = await envWithLedgerPlan();
    await storeCrmActivities(env, [
      call('c1', '2026-03-10T14:00:00Z'),
      call('c2', '2026-03-10T15:00:00Z'),
      call('c3', '2026-03-09T15:00:00Z'),
      { source: 'hubspot', id: 'o1', metric: 'opportunities_created', occurredAt: '2026-03-10T16:00:00Z' },
    ]);
    tick(env);
    return env;
  }

  it('an accepted missing-activity dispute changes the overlay figure; a rejected one does not', async () => {
    const env = await withActivity();
    const before = target(await buildOverlayState(env), 'calls')?.actual ?? 0;
    const opened = await sendOk(env, {
      type: 'disputes/open',
      planId: 'plan-dana',
      metric: 'calls',
      date: '2026-03-10',
      kind: 'missing',
      amount: 3,
      text: 'Three calls from my cell were never logged',
    });
    const disputeId = opened.ledger.disputes[0]?.id ?? '';
    expect(opened.ledger.disputes[0]).toMatchObject({ status: 'open', kind: 'missing', amount: 3 });
    // Open changes nothing.
    expect(target(await buildOverlayState(env), 'calls')?.actual).toBe(before);
    tick(env);
    const rejectedOne = await sendOk(env, {
      type: 'disputes/open',
      planId: 'plan-dana',
      metric: 'calls',
      date: '2026-03-09',
      kind: 'missing',
      text: 'One more',
    });
    const rejectedId = rejectedOne.ledger.disputes.find((dispute) => dispute.date === '2026-03-09')?.id ?? '';
    tick(env);
    await sendOk(env, {
      type: 'disputes/resolve',
      planId: 'plan-dana',
      disputeId: rejectedId,
      decision: 'rejected',
      text: 'No record of it',
    });
    expect(target(await buildOverlayState(env), 'calls')?.actual).toBe(before);
    tick(env);
    const resolved = await sendOk(env, {
      type: 'disputes/resolve',
      planId: 'plan-dana',
      disputeId,
      decision: 'accepted',
      text: 'Confirmed on the phone bill',
    });
    expect(resolved.ledger.disputes.find((dispute) => dispute.id === disputeId)).toMatchObject({
      status: 'accepted',
      resolution: 'Confirmed on the phone bill',
    });
    expect(target(await buildOverlayState(env), 'calls')?.actual).toBe(before + 3);
    expect((await buildRepView(env)).targets.find((row) => row.targetId === 'calls')?.actual).toBe(
      before + 3,
    );
    tick(env);
    expect(
      await send(env, {
        type: 'disputes/resolve',
        planId: 'plan-dana',
        disputeId,
        decision: 'rejected',
        text: 'Changed my mind',
      }),
    ).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
  });

  it('lists the day’s activities to pick from; an accepted not-counting dispute takes the picked ones out', async () => {
    const env = await withActivity();
    const day = await sendOk(env, {
      type: 'activity/day',
      planId: 'plan-dana',
      date: '2026-03-10',
      metric: 'calls',
    });
    expect(day.day.activities.map((activity) => activity.key)).toEqual(['hubspot:c1', 'hubspot:c2']);
    const all = await sendOk(env, { type: 'activity/day', planId: 'plan-dana', date: '2026-03-10' });
    expect(all.day.activities.map((activity) => activity.key)).toEqual([
      'hubspot:c1',
      'hubspot:c2',
      'hubspot:o1',
    ]);
    const before = target(await buildOverlayState(env), 'calls')?.actual ?? 0;
    const opened = await sendOk(env, {
      type: 'disputes/open',
      planId: 'plan-dana',
      metric: 'calls',
      date: '2026-03-10',
      kind: 'not-counting',
      activities: ['hubspot:c2'],
      text: 'That was a voicemail to a colleague',
    });
    tick(env);
    await sendOk(env, {
      type: 'disputes/resolve',
      planId: 'plan-dana',
      disputeId: opened.ledger.disputes[0]?.id ?? '',
      decision: 'accepted',
      text: 'Agreed',
    });
    expect(target(await buildOverlayState(env), 'calls')?.actual).toBe(before - 1);
    const after = await sendOk(env, {
      type: 'activity/day',
      planId: 'plan-dana',
      date: '2026-03-10',
      metric: 'calls',
    });
    expect(after.day.activities.map((activity) => activity.key)).toEqual(['hubspot:c1']);
  });

  it('names the bad fields of a dispute, and lets only the rep open one', async () => {
    const env = await withActivity();
    const missing = await send(env, {
      type: 'disputes/open',
      planId: 'plan-dana',
      metric: 'calls',
      date: '2026-03-10',
      kind: 'not-counting',
      text: '',
    });
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.problems?.map((problem) => problem.path).sort()).toEqual(['activities', 'text']);
    expect(
      await send(env, {
        type: 'disputes/resolve',
        planId: 'plan-dana',
        disputeId: 'dispute-none',
        decision: 'accepted',
        text: 'Ok',
      }),
    ).toMatchObject({
      ok: false,
      refusal: 'unknown-ref',
    });
  });
});

describe('the timeline', () => {
  it('lists the plan’s events in applied order with hashes, problems and the people’s names', async () => {
    const env = await envWithLedgerPlan();
    tick(env);
    await sendOk(env, { type: 'notes/add', ...shared, as: 'manager', text: 'First words' });
    tick(env);
    const noteId = (await buildRepView(env)).notes[0]?.id ?? '';
    await sendOk(env, {
      type: 'notes/edit',
      planId: 'plan-dana',
      noteId,
      as: 'manager',
      text: 'Second words',
    });
    const timeline = await sendOk(env, { type: 'plans/events', planId: 'plan-dana' });
    expect(timeline.events.events.map((entry) => entry.event.type)).toEqual([
      'plan.issued',
      'note.added',
      'note.edited',
    ]);
    const stored = new Set((await env.db.events.toArray()).map((row) => row.hash));
    for (const entry of timeline.events.events) expect(stored.has(entry.hash)).toBe(true);
    expect(timeline.events.people).toEqual({
      'mgr-sam': { name: 'Sam Lee', role: 'manager' },
      'rep-dana': { name: 'Dana Reyes', role: 'rep' },
    });
    expect(timeline.events.problems).toEqual([]);
    expect(await send(env, { type: 'plans/events', planId: 'plan-none' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});
