/**
 * `appendToLedger`, the one transaction every ledger write goes through: what it stores, how it
 * dates an event, each refusal (named, nothing left behind), and a failed write rolled back whole.
 */
import { appendEvent, type EventDraft, foldLedger, hashEvent } from '@onpace/core/ledger';
import { describe, expect, it } from 'vitest';
import { appendToLedger, type DraftBuilder } from '../../src/background/ledger-append';
import { failure } from '../../src/messaging/result';
import { foldedPlan, storedEvent } from '../../src/storage/ledger-store';
import { createTestEnv, type TestEnv } from '../support/background-env';
import { injectWriteFaults } from '../support/failing-writes';
import { LEDGER_MANAGER, LEDGER_REP } from '../support/ledger-script';
import { samplePlanInput } from '../support/sample-plan';

const PLAN = 'plan-dana';
const ISSUED_AT = '2026-03-02T14:00:00.000Z';

function draft(fields: Omit<EventDraft, 'plan'>): DraftBuilder {
  return () => ({ plan: PLAN, ...fields }) as EventDraft;
}

const issue = (at = ISSUED_AT, overrides = {}) =>
  draft({ author: LEDGER_MANAGER, at, type: 'plan.issued', body: { plan: samplePlanInput(overrides) } });

const addNote = (note: string, at: string, text = 'Block 9-11 for calls') =>
  draft({ author: LEDGER_MANAGER, at, type: 'note.added', body: { note, text } });

async function issuedEnv(): Promise<TestEnv> {
  const env = createTestEnv();
  const issued = await appendToLedger(env, PLAN, issue());
  if (!issued.ok) throw new Error(issued.error);
  return env;
}

async function storedAts(env: TestEnv): Promise<string[]> {
  return (await env.db.events.toArray()).map((row) => row.event.at).sort();
}

describe('appending to a plan ledger', () => {
  it('stores the event under its hash, projects the plan, remembers the fold and announces the change', async () => {
    const env = createTestEnv();
    const seen: string[] = [];
    const appended = await appendToLedger(env, PLAN, (state) => {
      seen.push(state.plan?.id ?? 'no plan yet');
      return issue()(state);
    });
    if (!appended.ok) throw new Error(appended.error);
    expect(seen).toEqual(['no plan yet']);
    const rows = await env.db.events.toArray();
    const [row] = rows;
    if (!row) throw new Error('nothing stored');
    expect(rows).toEqual([storedEvent(row.event)]);
    expect(row.event).toMatchObject({ type: 'plan.issued', seq: 1, at: ISSUED_AT, author: LEDGER_MANAGER });
    expect(appended.hash).toBe(hashEvent(row.event));
    expect(appended.state).toEqual(foldLedger(rows.map((row) => row.event)));
    expect(await env.db.plans.get(PLAN)).toMatchObject({ id: PLAN, title: samplePlanInput().title });
    const remembered = await foldedPlan(env.db, PLAN);
    expect(remembered.state).toBe(appended.state);
    expect(remembered.hashes).toEqual(new Set([row.hash]));
    expect(remembered.events).toEqual([row.event]);
    expect(env.changes()).toBe(1);

    // The next write's builder sees the state the first one left.
    const second = await appendToLedger(env, PLAN, (state) => {
      seen.push(state.plan?.id ?? 'no plan yet');
      return addNote('note-1', '2026-03-02T15:00:00.000Z')(state);
    });
    expect(second.ok).toBe(true);
    expect(seen).toEqual(['no plan yet', PLAN]);
    expect(await env.db.events.count()).toBe(2);
    expect(env.changes()).toBe(2);
    // The fold remembered after the second write knows both stored events.
    const both = await foldedPlan(env.db, PLAN);
    expect(both.hashes).toEqual(new Set((await env.db.events.toArray()).map((stored) => stored.hash)));
    // A note moves no window: the rollup cache stays as the issue left it.
    expect((await env.db.rollups.get(PLAN))?.computedAt).toBe(ISSUED_AT);
  });

  it('dates a write after every event of the plan it saw, and keeps a later time as given', async () => {
    const env = await issuedEnv();
    // Earlier than the issue, then at the same instant: each moved one millisecond past the latest.
    await appendToLedger(env, PLAN, addNote('note-1', '2026-03-02T13:00:00.000Z'));
    await appendToLedger(env, PLAN, addNote('note-2', '2026-03-02T14:00:00.001Z'));
    await appendToLedger(env, PLAN, addNote('note-3', '2026-03-02T16:30:00.000Z'));
    expect(await storedAts(env)).toEqual([
      ISSUED_AT,
      '2026-03-02T14:00:00.001Z',
      '2026-03-02T14:00:00.002Z',
      '2026-03-02T16:30:00.000Z',
    ]);
    const notes = (await foldedPlan(env.db, PLAN)).state.notes.map((note) => note.id);
    expect(notes).toEqual(['note-1', 'note-2', 'note-3']);
  });

  it('answers the failure its builder returns, and writes nothing', async () => {
    const env = await issuedEnv();
    const answer = await appendToLedger(env, PLAN, () => failure('not-found', 'No such check-in.'));
    expect(answer).toEqual(failure('not-found', 'No such check-in.'));
    expect(await env.db.events.count()).toBe(1);
    expect(env.changes()).toBe(1);
  });

  it('refuses an event the schema refuses, naming each field as the request names it', async () => {
    const env = await issuedEnv();
    const empty = await appendToLedger(env, PLAN, addNote('note-1', '2026-03-03T10:00:00.000Z', ''));
    expect(empty).toMatchObject({
      ok: false,
      code: 'invalid',
      refusal: 'invalid',
      error: 'Not saved: text must not be empty',
      problems: [{ path: 'text', message: 'must not be empty' }],
    });
    const badPlan = await appendToLedger(
      env,
      PLAN,
      issue('2026-03-03T10:00:00.000Z', {
        targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: -1 }],
      }),
    );
    expect(badPlan).toMatchObject({ ok: false, code: 'invalid', refusal: 'invalid' });
    const paths = badPlan.ok ? [] : (badPlan.problems ?? []).map((problem) => problem.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^targets/);
    expect(await env.db.events.count()).toBe(1);
    expect(env.changes()).toBe(1);
  });

  it('refuses what the fold refuses, each with its own reason and code, and writes nothing', async () => {
    const env = await issuedEnv();
    await appendToLedger(env, PLAN, addNote('note-1', '2026-03-03T10:00:00.000Z'));
    const duplicate = await appendToLedger(env, PLAN, addNote('note-1', '2026-03-03T11:00:00.000Z'));
    expect(duplicate).toMatchObject({ ok: false, code: 'conflict', refusal: 'duplicate-id' });
    expect(duplicate.ok ? '' : duplicate.error).toMatch(/^The plan's record refused this: /);

    const unknown = await appendToLedger(
      env,
      PLAN,
      draft({
        author: LEDGER_MANAGER,
        at: '2026-03-03T12:00:00.000Z',
        type: 'note.deleted',
        body: { note: 'none' },
      }),
    );
    expect(unknown).toMatchObject({ ok: false, code: 'not-found', refusal: 'unknown-ref' });

    const repEditsManager = await appendToLedger(
      env,
      PLAN,
      draft({
        author: LEDGER_REP,
        at: '2026-03-03T12:00:00.000Z',
        type: 'note.edited',
        body: { note: 'note-1', text: 'Rewritten' },
      }),
    );
    expect(repEditsManager).toMatchObject({ ok: false, code: 'forbidden', refusal: 'not-allowed' });

    await appendToLedger(
      env,
      PLAN,
      draft({
        author: LEDGER_MANAGER,
        at: '2026-03-04T10:00:00.000Z',
        type: 'plan.closed',
        body: { outcome: 'cancelled', summary: 'Moved to another team.' },
      }),
    );
    const afterClose = await appendToLedger(env, PLAN, addNote('note-2', '2026-03-05T10:00:00.000Z'));
    expect(afterClose).toMatchObject({ ok: false, code: 'conflict', refusal: 'closed' });
    expect(await env.db.events.count()).toBe(3);
    expect(env.changes()).toBe(3);
  });

  it('refuses to continue a chain that forked, as a conflict', async () => {
    const env = await issuedEnv();
    const [issued] = (await env.db.events.toArray()).map((row) => row.event);
    if (!issued) throw new Error('no issue');
    // Two manager events with seq 2 (written on two browsers), both stored.
    const left = appendEvent(
      [issued],
      addNote('note-left', '2026-03-03T10:00:00.000Z')(foldLedger([])) as EventDraft,
    );
    const right = appendEvent(
      [issued],
      addNote('note-right', '2026-03-03T10:00:01.000Z')(foldLedger([])) as EventDraft,
    );
    await env.db.events.bulkAdd([storedEvent(left), storedEvent(right)]);
    const answer = await appendToLedger(env, PLAN, addNote('note-3', '2026-03-04T10:00:00.000Z'));
    expect(answer).toMatchObject({ ok: false, code: 'conflict', refusal: 'fork' });
    expect(answer.ok ? '' : answer.error).toMatch(/^Not saved: /);
    expect(await env.db.events.count()).toBe(3);
  });

  it("refuses an event of another plan than the ledger's as a conflict, and writes nothing", async () => {
    const env = await issuedEnv();
    const answer = await appendToLedger(env, PLAN, () => ({
      plan: 'plan-lee',
      author: LEDGER_MANAGER,
      at: '2026-03-03T10:00:00.000Z',
      type: 'note.added',
      body: { note: 'note-1', text: 'Meant for Lee' },
    }));
    expect(answer).toMatchObject({ ok: false, code: 'conflict', refusal: 'fork' });
    expect(answer.ok ? '' : answer.error).toMatch(/^The plan's record refused this: /);
    expect(await env.db.events.count()).toBe(1);
  });

  it('moves the rollup cache with a revision that moves the window, in the same transaction', async () => {
    const env = await issuedEnv();
    const before = await env.db.rollups.get(PLAN);
    const revised = await appendToLedger(env, PLAN, issue('2026-03-03T10:00:00.000Z', { end: '2026-04-10' }));
    expect(revised.ok).toBe(true);
    expect((await env.db.plans.get(PLAN))?.end).toBe('2026-04-10');
    const after = await env.db.rollups.get(PLAN);
    expect(after).toBeDefined();
    expect(after).not.toEqual(before);
    expect(after?.computedAt).toBe('2026-03-03T10:00:00.000Z');
  });

  it('moves the rollup cache with an extension too', async () => {
    const env = await issuedEnv();
    const activate = draft({
      author: LEDGER_MANAGER,
      at: '2026-03-03T10:00:00.000Z',
      type: 'plan.activated',
      body: {},
    });
    expect(await appendToLedger(env, PLAN, activate)).toMatchObject({ ok: true });
    const before = await env.db.rollups.get(PLAN);
    const extended = await appendToLedger(
      env,
      PLAN,
      draft({
        author: LEDGER_MANAGER,
        at: '2026-03-04T10:00:00.000Z',
        type: 'plan.extended',
        body: { end: '2026-04-03', reason: 'Two weeks of PTO' },
      }),
    );
    expect(extended).toMatchObject({ ok: true });
    expect((await env.db.plans.get(PLAN))?.end).toBe('2026-04-03');
    const after = await env.db.rollups.get(PLAN);
    expect(after?.computedAt).toBe('2026-03-04T10:00:00.000Z');
    expect(after).not.toEqual(before);
  });

  it("judges a write by its own fold problem only, not an earlier refused event's", async () => {
    const env = await issuedEnv();
    await appendToLedger(env, PLAN, addNote('note-1', '2026-03-03T10:00:00.000Z'));
    const events = (await env.db.events.toArray()).map((row) => row.event);
    // A rep's edit of the manager's note, arrived from another browser: stored, refused by the fold.
    const refused = appendEvent(events, {
      plan: PLAN,
      author: LEDGER_REP,
      at: '2026-03-03T11:00:00.000Z',
      type: 'note.edited',
      body: { note: 'note-1', text: 'Rewritten' },
    });
    await env.db.events.add(storedEvent(refused));
    const own = await appendToLedger(
      env,
      PLAN,
      draft({
        author: LEDGER_REP,
        at: '2026-03-03T12:00:00.000Z',
        type: 'note.added',
        body: { note: 'note-rep', text: 'On it' },
      }),
    );
    expect(own).toMatchObject({ ok: true });
    if (!own.ok) return;
    expect(own.state.problems).toMatchObject([{ author: LEDGER_REP.id, seq: 1, code: 'not-allowed' }]);
    expect(own.state.notes.map((note) => note.id)).toEqual(['note-1', 'note-rep']);
  });

  it("is not refused by another author's problem that carries the same seq", async () => {
    const env = await issuedEnv();
    const events = (await env.db.events.toArray()).map((row) => row.event);
    const repNote = appendEvent(events, {
      plan: PLAN,
      author: LEDGER_REP,
      at: '2026-03-03T10:00:00.000Z',
      type: 'note.added',
      body: { note: 'note-rep', text: 'On it' },
    });
    // The rep's seq 2 deletes a note that does not exist: stored from another browser, refused by the fold.
    const repRefused = appendEvent([...events, repNote], {
      plan: PLAN,
      author: LEDGER_REP,
      at: '2026-03-03T11:00:00.000Z',
      type: 'note.deleted',
      body: { note: 'note-none' },
    });
    await env.db.events.bulkAdd([storedEvent(repNote), storedEvent(repRefused)]);
    // The manager's next event is their seq 2 too.
    const written = await appendToLedger(env, PLAN, addNote('note-1', '2026-03-03T12:00:00.000Z'));
    expect(written).toMatchObject({ ok: true });
    if (!written.ok) return;
    expect(written.state.problems).toMatchObject([{ author: LEDGER_REP.id, seq: 2, code: 'unknown-ref' }]);
    expect((await env.db.events.get(written.hash))?.seq).toBe(2);
  });

  it('leaves a time that is not a time for the schema to refuse, and lists every problem', async () => {
    const env = await issuedEnv();
    const answer = await appendToLedger(
      env,
      PLAN,
      draft({ author: LEDGER_MANAGER, at: 'not a time', type: 'note.added', body: { note: '', text: '' } }),
    );
    expect(answer).toMatchObject({ ok: false, code: 'invalid', refusal: 'invalid' });
    const problems = answer.ok ? [] : (answer.problems ?? []);
    expect(problems.map((problem) => problem.path).sort()).toEqual(['at', 'note', 'text']);
    expect(answer.ok ? '' : answer.error).toBe(
      `Not saved: ${problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`,
    );
    expect(await env.db.events.count()).toBe(1);
  });

  it('rolls the whole write back when a write inside it fails, and forgets the fold', async () => {
    const env = createTestEnv();
    const faults = injectWriteFaults(env.db);
    const issued = await appendToLedger(env, PLAN, issue());
    if (!issued.ok) throw new Error(issued.error);
    const folded = await foldedPlan(env.db, PLAN);
    faults.arm('plans');
    await expect(
      appendToLedger(env, PLAN, issue('2026-03-03T10:00:00.000Z', { title: 'Renamed plan' })),
    ).rejects.toThrow(/disk full/);
    faults.disarm();
    expect(await env.db.events.count()).toBe(1);
    expect((await env.db.plans.get(PLAN))?.title).toBe(samplePlanInput().title);
    const after = await foldedPlan(env.db, PLAN);
    expect(after).not.toBe(folded);
    expect(after.state.plan?.title).toBe(samplePlanInput().title);
    expect(env.changes()).toBe(1);
  });
});
