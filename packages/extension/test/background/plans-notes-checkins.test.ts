import { describe, expect, it } from 'vitest';
import { acknowledgePlan } from '../../src/background/acknowledgments';
import { deleteCheckIn, saveCheckIn } from '../../src/background/check-ins';
import { logManualActivity } from '../../src/background/manual-activity';
import { deleteNote, markNotesRead, saveNote } from '../../src/background/notes';
import { buildManagerView, buildRepView } from '../../src/background/page-views';
import { deletePlan, savePlan, setMyPlan } from '../../src/background/plans';
import type { CheckInDraft, NoteDraft } from '../../src/messaging/drafts';
import { writePageRecord } from '../../src/storage/page-records';
import { readSettings, writeSettings } from '../../src/storage/settings';
import { createTestEnv } from '../support/background-env';
import { samplePlanInput } from '../support/sample-plan';

async function envWithPlan() {
  const env = createTestEnv('2026-03-11T15:00:00Z');
  const saved = await savePlan(env, 'create', samplePlanInput());
  if (!saved.ok) throw new Error(saved.error);
  return env;
}

const noteDraft: NoteDraft = {
  planId: 'plan-dana',
  text: 'Try the shorter opener',
  tag: 'skills',
  visibility: 'shared',
  record: null,
};

const checkInDraft: CheckInDraft = {
  planId: 'plan-dana',
  date: '2026-03-11',
  question: 'What would make the first call block easier?',
  answer: 'A fresher lead list',
  actionItems: [
    { text: 'Ask ops for the March list', due: '2026-03-13', done: false },
    { text: '', due: '', done: false },
  ],
};

describe('plans', () => {
  it('creates with revision 1, bumps the revision on an edit, and not on an unchanged save', async () => {
    const env = await envWithPlan();
    expect((await env.db.plans.get('plan-dana'))?.revision).toBe(1);
    const same = await savePlan(env, 'update', samplePlanInput());
    expect(same).toMatchObject({ ok: true, changed: false, plan: { revision: 1 } });
    env.setNow('2026-03-12T10:00:00Z');
    const edited = await savePlan(env, 'update', samplePlanInput({ title: 'Dana spring plan' }));
    expect(edited).toMatchObject({
      ok: true,
      changed: true,
      plan: { revision: 2, updatedAt: '2026-03-12T10:00:00.000Z' },
    });
  });

  it('returns each validation problem with its field path', async () => {
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
    const paths = result.problems?.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'targets[0].goal']));
    expect(await env.db.plans.count()).toBe(0);
  });

  it('refuses to create over an existing id', async () => {
    const env = await envWithPlan();
    expect(await savePlan(env, 'create', samplePlanInput())).toMatchObject({
      ok: false,
      code: 'conflict',
      problems: [{ path: 'id' }],
    });
  });

  it('makes the first plan "my plan", and lets another be chosen', async () => {
    const env = await envWithPlan();
    await savePlan(env, 'create', samplePlanInput({ id: 'plan-two', title: 'Two' }));
    expect((await readSettings()).myPlanId).toBe('plan-dana');
    expect(await setMyPlan(env, 'plan-two')).toMatchObject({ ok: true, myPlanId: 'plan-two' });
    expect(await setMyPlan(env, 'missing')).toMatchObject({ ok: false, code: 'not-found' });
    expect((await readSettings()).myPlanId).toBe('plan-two');
  });

  it('deletes a plan with its records; the rep activity goes with the rep last plan', async () => {
    const env = await envWithPlan();
    await savePlan(env, 'create', samplePlanInput({ id: 'plan-two', title: 'Two' }));
    await logManualActivity(env, { metric: 'calls' });
    await saveNote(env, noteDraft);
    await saveCheckIn(env, checkInDraft);
    await acknowledgePlan(env, 'plan-dana');
    expect((await deletePlan(env, 'plan-dana')).ok).toBe(true);
    expect(await env.db.notes.count()).toBe(0);
    expect(await env.db.checkIns.count()).toBe(0);
    expect(await env.db.acknowledgments.count()).toBe(0);
    expect(await env.db.rollups.get('plan-dana')).toBeUndefined();
    // plan-two has the same rep: the activity stays for it.
    expect(await env.db.activities.count()).toBe(1);
    expect((await readSettings()).myPlanId).toBe('plan-two');
    await deletePlan(env, 'plan-two');
    expect(await env.db.activities.count()).toBe(0);
    expect((await readSettings()).myPlanId).toBeNull();
  });
});

describe('notes', () => {
  it('saves a note by the plan manager, edits it in place, and deletes it leaving no words', async () => {
    const env = await envWithPlan();
    const saved = await saveNote(env, noteDraft);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.note).toMatchObject({
      id: 'note-id1',
      authorId: 'mgr-sam',
      createdAt: '2026-03-11T15:00:00.000Z',
    });
    env.setNow('2026-03-11T16:00:00Z');
    const edited = await saveNote(env, { ...noteDraft, id: 'note-id1', text: 'Try the 20-second opener' });
    expect(edited).toMatchObject({
      ok: true,
      note: { text: 'Try the 20-second opener', updatedAt: '2026-03-11T16:00:00.000Z' },
    });
    expect(await env.db.notes.count()).toBe(1);
    expect((await deleteNote(env, 'note-id1')).ok).toBe(true);
    expect(await env.db.notes.get('note-id1')).toMatchObject({ deleted: true, text: '(deleted)' });
    expect((await buildRepView(env)).notes).toEqual([]);
    expect((await buildManagerView(env)).notes).toEqual([]);
    expect(await saveNote(env, { ...noteDraft, id: 'note-id1' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('refuses an empty note, naming the text field', async () => {
    const env = await envWithPlan();
    expect(await saveNote(env, { ...noteDraft, text: '   ' })).toMatchObject({
      ok: false,
      problems: [{ path: 'text', message: 'must not be empty' }],
    });
  });

  it('links the record open in the tab, which the manager view offers', async () => {
    const env = await envWithPlan();
    const record = {
      crm: 'hubspot' as const,
      objectType: 'deal',
      id: '456',
      name: 'Acme renewal',
      url: 'https://app.hubspot.com/contacts/123/record/0-3/456',
    };
    await writePageRecord(7, record);
    expect((await buildManagerView(env, undefined, 7)).currentRecord).toEqual(record);
    expect((await buildManagerView(env, undefined, 8)).currentRecord).toBeNull();
    const saved = await saveNote(env, { ...noteDraft, record });
    expect(saved).toMatchObject({ ok: true, note: { record } });
  });

  it('marks notes read once, and the rep view shows them newest first with the unread mark', async () => {
    const env = await envWithPlan();
    await saveNote(env, { ...noteDraft, text: 'older' });
    env.setNow('2026-03-11T16:00:00Z');
    await saveNote(env, { ...noteDraft, text: 'newer' });
    env.setNow('2026-03-11T16:30:00Z');
    await saveNote(env, { ...noteDraft, text: 'private', visibility: 'private' });
    let view = await buildRepView(env);
    expect(view.notes.map((note) => [note.text, note.readAt])).toEqual([
      ['newer', undefined],
      ['older', undefined],
    ]);
    expect(await markNotesRead(env, ['note-id1'])).toMatchObject({ marked: 1 });
    env.setNow('2026-03-11T17:00:00Z');
    expect(await markNotesRead(env, ['note-id1'])).toMatchObject({ marked: 0 });
    view = await buildRepView(env);
    expect(view.notes.find((note) => note.text === 'older')?.readAt).toBe('2026-03-11T16:30:00.000Z');
    // The manager sees private notes too.
    expect((await buildManagerView(env)).notes.map((note) => note.text)).toEqual([
      'private',
      'newer',
      'older',
    ]);
  });
});

describe('check-ins', () => {
  it('saves a check-in with a pace snapshot frozen at saving, kept on edit', async () => {
    const env = await envWithPlan();
    const saved = await saveCheckIn(env, checkInDraft);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.checkIn.actionItems).toEqual([
      { id: 'item-id2', text: 'Ask ops for the March list', due: '2026-03-13', done: false },
    ]);
    expect(saved.checkIn.snapshot).toMatchObject({ asOf: '2026-03-11T15:00:00.000Z' });
    expect(saved.checkIn.snapshot?.targets.map((target) => target.targetId)).toEqual([
      'calls',
      'opps',
      'pipeline',
    ]);
    const snapshot = saved.checkIn.snapshot;

    await logManualActivity(env, { metric: 'calls' });
    env.setNow('2026-03-12T15:00:00Z');
    const edited = await saveCheckIn(env, {
      ...checkInDraft,
      id: saved.checkIn.id,
      answer: 'A fresher list, and focus',
    });
    expect(edited).toMatchObject({ ok: true, checkIn: { answer: 'A fresher list, and focus' } });
    expect(edited.ok && edited.checkIn.snapshot).toEqual(snapshot);
  });

  it('names the bad fields: empty question, impossible due date', async () => {
    const env = await envWithPlan();
    const result = await saveCheckIn(env, {
      ...checkInDraft,
      question: '',
      actionItems: [{ text: 'x', due: '2026-02-30', done: false }],
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems?.map((problem) => problem.path)).toEqual([
      'question',
      'actionItems[0].due',
    ]);
  });

  it('deletes a check-in, and the next check-in date moves past one that was held', async () => {
    const env = await envWithPlan();
    // Cadence: every Friday. On Wednesday 2026-03-11 the next is Friday 2026-03-13.
    expect((await buildRepView(env)).nextCheckIn).toBe('2026-03-13');
    // Held on Thursday, a day early: it counts for Friday's slot from its own date on.
    env.setNow('2026-03-12T15:00:00Z');
    const held = await saveCheckIn(env, { ...checkInDraft, date: '2026-03-12' });
    expect((await buildRepView(env)).nextCheckIn).toBe('2026-03-20');
    expect((await buildManagerView(env)).checkIns).toHaveLength(1);
    if (!held.ok) throw new Error(held.error);
    expect((await deleteCheckIn(env, held.checkIn.id)).ok).toBe(true);
    expect((await buildManagerView(env)).checkIns).toHaveLength(0);
    expect((await buildRepView(env)).nextCheckIn).toBe('2026-03-13');
  });
});

describe('acknowledgments and the rep view', () => {
  it('acknowledges the current revision once; a new revision asks again', async () => {
    const env = await envWithPlan();
    expect((await buildRepView(env)).acknowledgedAt).toBeNull();
    await acknowledgePlan(env, 'plan-dana');
    env.setNow('2026-03-12T09:00:00Z');
    await acknowledgePlan(env, 'plan-dana');
    expect((await buildRepView(env)).acknowledgedAt).toBe('2026-03-11T15:00:00.000Z');
    await savePlan(env, 'update', samplePlanInput({ title: 'Revised' }));
    expect((await buildRepView(env)).acknowledgedAt).toBeNull();
    expect(await env.db.acknowledgments.count()).toBe(1);
  });

  it('shows business day k of N and the label, hidden behind the neutral label in discreet mode', async () => {
    const env = await envWithPlan();
    const view = await buildRepView(env);
    expect(view.plan).toMatchObject({
      day: { day: 8, total: 20 },
      date: '2026-03-11',
      displayLabel: 'Growth plan',
    });
    env.setNow('2026-03-14T15:00:00Z');
    expect((await buildRepView(env)).plan?.day).toEqual({ day: 10, total: 20 });
    await writeSettings({ discreet: true, neutralLabel: 'Focus' });
    expect((await buildRepView(env)).plan?.displayLabel).toBe('Focus');
  });
});
