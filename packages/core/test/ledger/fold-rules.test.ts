import { describe, expect, it } from 'vitest';
import { foldLedger, hashEvent, type LedgerEventInput, type PaceSnapshot } from '../../src/index.js';
import { codes, LedgerScript, MANAGER, PLAN_ID, planInput, REP } from './ledger-helpers.js';

const SNAPSHOT: PaceSnapshot = {
  asOf: '2026-11-20T17:00:00.000Z',
  status: 'behind',
  businessDays: { elapsed: 14, total: 62, remaining: 48 },
  targets: [{ targetId: 't-calls', status: 'behind', actual: 400, goal: 40, expected: 560, paceRatio: 0.71 }],
};

describe('lifecycle', () => {
  it('goes none → draft → active → extended → closed, and refuses what comes after closing', () => {
    const ledger = new LedgerScript();
    expect(ledger.fold().lifecycle).toBe('none');
    expect(ledger.fold().plan).toBeNull();
    ledger.issue();
    expect(ledger.fold()).toMatchObject({ lifecycle: 'draft', revision: 1 });
    ledger.write(MANAGER, 'plan.activated', {});
    expect(ledger.fold().lifecycle).toBe('active');
    ledger.write(MANAGER, 'plan.extended', { end: '2027-02-12', reason: 'Two weeks of PTO in December.' });
    expect(ledger.fold()).toMatchObject({ lifecycle: 'extended', plan: { end: '2027-02-12' } });
    ledger.write(MANAGER, 'plan.extended', { end: '2027-02-19', reason: 'Holiday week.' });
    expect(ledger.fold().plan?.end).toBe('2027-02-19');
    ledger.write(MANAGER, 'plan.closed', { outcome: 'met', summary: 'Every target met.' });
    const closed = ledger.fold();
    expect(closed).toMatchObject({ lifecycle: 'closed', outcome: 'met', summary: 'Every target met.' });
    expect(closed.problems).toEqual([]);

    const late = ledger.write(REP, 'note.added', { note: 'n-late', text: 'Too late.' });
    const after = ledger.fold();
    expect(after.problems).toEqual([
      { code: 'closed', author: REP.id, seq: late.seq, message: expect.stringContaining('closed') },
    ]);
    expect(after.notes).toEqual([]);
  });

  it('refuses activating anything but a draft, and extending a draft or to an earlier end', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(MANAGER, 'plan.extended', { end: '2027-03-01', reason: 'Early.' });
    expect(codes(ledger.fold())).toEqual(['not-allowed']);
    ledger.write(MANAGER, 'plan.activated', {});
    ledger.write(MANAGER, 'plan.activated', {});
    ledger.write(MANAGER, 'plan.extended', { end: '2027-01-29', reason: 'Same end.' });
    ledger.write(MANAGER, 'plan.extended', { end: '2027-01-10', reason: 'Earlier end.' });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['not-allowed', 'not-allowed', 'not-allowed', 'not-allowed']);
    expect(state.problems.map((problem) => problem.seq)).toEqual([2, 4, 5, 6]);
    expect(state).toMatchObject({ lifecycle: 'active', plan: { end: '2027-01-29' } });
  });

  it('a later revision replaces the whole plan, its end included, and keeps the lifecycle', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(MANAGER, 'plan.activated', {});
    ledger.write(MANAGER, 'plan.extended', { end: '2027-02-12', reason: 'PTO.' });
    ledger.issue({ targets: [{ id: 't-calls', metric: 'calls', cadence: 'daily', goal: 35 }] });
    const state = ledger.fold();
    expect(state).toMatchObject({ revision: 2, lifecycle: 'extended', plan: { end: '2027-01-29' } });
    expect(state.plan?.targets.map((target) => target.goal)).toEqual([35]);
    expect(state.revisions.map((revision) => revision.number)).toEqual([1, 2]);
  });

  it('refuses a revision that changes rep.id or manager.id, and keeps the plan as it was', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.issue({ rep: { id: 'u-someone-else', name: 'Someone' } });
    ledger.issue({ manager: { id: 'u-other-manager', name: 'Other' } });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['not-allowed', 'not-allowed']);
    expect(state.problems[0]?.message).toMatch(/rep\.id/);
    expect(state.problems[1]?.message).toMatch(/manager\.id/);
    expect(state).toMatchObject({ revision: 1, plan: { rep: { id: REP.id } } });
  });

  it('refuses every event until a plan.issued has applied', () => {
    const ledger = new LedgerScript();
    ledger.write(REP, 'note.added', { note: 'n-1', text: 'Before any plan.' });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['not-allowed']);
    expect(state.lifecycle).toBe('none');
    // The rep's chain is verified even though its only event was refused.
    expect(state.heads[REP.id]).toEqual({ seq: 1, hash: hashEvent(ledger.events[0]) });
  });
});

describe('who may write what', () => {
  it('refuses a type the role may not write, a role the author does not have, and a stranger', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(REP, 'plan.activated', {});
    ledger.write(MANAGER, 'activity.logged', {
      activity: { source: 'manual', id: 'm-1', metric: 'calls', occurredAt: '2026-11-03T15:00:00Z' },
    });
    ledger.write({ id: REP.id, role: 'manager' }, 'plan.closed', { outcome: 'met', summary: 'Self-closed.' });
    ledger.write({ id: 'u-stranger', role: 'rep' }, 'note.added', { note: 'n-x', text: 'Hello.' });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['not-allowed', 'not-allowed', 'not-allowed', 'not-allowed']);
    expect(state.problems.map((problem) => problem.author)).toEqual([
      REP.id,
      MANAGER.id,
      REP.id,
      'u-stranger',
    ]);
    expect(state).toMatchObject({ lifecycle: 'draft', activities: [], notes: [] });
    expect(Object.keys(state.heads).sort()).toEqual([REP.id, 'u-stranger', MANAGER.id].sort());
  });

  it('checks the role and type before closed, and closed before the type rules', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(REP, 'note.added', { note: 'n-1', text: 'First.' });
    ledger.write(MANAGER, 'plan.closed', { outcome: 'cancelled', summary: 'Role change.' });
    ledger.write(MANAGER, 'checkin.answered', { checkIn: 'c-unknown', answer: 'Not mine to answer.' });
    ledger.write(REP, 'note.added', { note: 'n-1', text: 'Duplicate id, after closing.' });
    expect(codes(ledger.fold())).toEqual(['not-allowed', 'closed']);
  });
});

describe('acknowledgment', () => {
  it('ties receipt to the exact revision by hash', () => {
    const ledger = new LedgerScript();
    const first = ledger.issue();
    expect(ledger.fold()).toMatchObject({ acknowledgedRevision: null, acknowledgedCurrent: false });
    ledger.write(REP, 'plan.acknowledged', { revision: hashEvent(first), comment: 'Received, not agreed.' });
    expect(ledger.fold()).toMatchObject({ acknowledgedRevision: 1, acknowledgedCurrent: true });
    const second = ledger.issue({
      targets: [{ id: 't-calls', metric: 'calls', cadence: 'daily', goal: 35 }],
    });
    expect(ledger.fold()).toMatchObject({ revision: 2, acknowledgedRevision: 1, acknowledgedCurrent: false });
    ledger.write(REP, 'plan.acknowledged', { revision: hashEvent(second) });
    const state = ledger.fold();
    expect(state).toMatchObject({ acknowledgedRevision: 2, acknowledgedCurrent: true });
    expect(state.acknowledgments.map(({ revision, by, comment }) => ({ revision, by, comment }))).toEqual([
      { revision: 1, by: REP.id, comment: 'Received, not agreed.' },
      { revision: 2, by: REP.id, comment: null },
    ]);
  });

  it('a late receipt of an old revision does not lower the acknowledged revision', () => {
    const ledger = new LedgerScript();
    const first = ledger.issue();
    const second = ledger.issue({ title: 'Renamed' });
    ledger.write(REP, 'plan.acknowledged', { revision: hashEvent(second) });
    ledger.write(REP, 'plan.acknowledged', { revision: hashEvent(first) });
    expect(ledger.fold()).toMatchObject({ acknowledgedRevision: 2, acknowledgedCurrent: true });
  });

  it('refuses a hash that is no issued revision', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const note = ledger.write(MANAGER, 'note.added', { note: 'n-1', text: 'A note, not a revision.' });
    ledger.write(REP, 'plan.acknowledged', { revision: hashEvent(note) });
    ledger.write(REP, 'plan.acknowledged', { revision: 'a'.repeat(64) });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['unknown-ref', 'unknown-ref']);
    expect(state.acknowledgedRevision).toBeNull();
  });
});

describe('notes', () => {
  it('keeps the first text and every edit; deleting keeps the text and adds no history', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const record = { crm: 'hubspot', type: 'contact', id: '501', name: 'Ada Lovelace' } as const;
    const added = ledger.write(MANAGER, 'note.added', {
      note: 'n-1',
      text: 'Open with the follow-up.',
      record,
    });
    const edited = ledger.write(MANAGER, 'note.edited', { note: 'n-1', text: 'Open with the renewal.' });
    const deleted = ledger.write(MANAGER, 'note.deleted', { note: 'n-1' });
    const [note] = ledger.fold().notes;
    expect(note).toEqual({
      id: 'n-1',
      author: MANAGER.id,
      text: 'Open with the renewal.',
      deleted: true,
      record,
      history: [
        { at: added.at, text: 'Open with the follow-up.' },
        { at: edited.at, text: 'Open with the renewal.' },
      ],
      deletedAt: deleted.at,
    });
  });

  it("refuses editing or deleting a deleted note, another author's note, or an unknown one", () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(MANAGER, 'note.added', { note: 'n-1', text: 'Manager note.' });
    ledger.write(REP, 'note.added', { note: 'n-2', text: 'Rep note.' });
    ledger.write(REP, 'note.edited', { note: 'n-1', text: 'The rep rewrites it.' });
    ledger.write(MANAGER, 'note.deleted', { note: 'n-2' });
    ledger.write(MANAGER, 'note.deleted', { note: 'n-1' });
    ledger.write(MANAGER, 'note.edited', { note: 'n-1', text: 'After deletion.' });
    ledger.write(MANAGER, 'note.deleted', { note: 'n-1' });
    ledger.write(REP, 'note.edited', { note: 'n-9', text: 'No such note.' });
    ledger.write(REP, 'note.added', { note: 'n-1', text: 'Same id again.' });
    const state = ledger.fold();
    expect(codes(state)).toEqual([
      'not-allowed',
      'not-allowed',
      'not-allowed',
      'not-allowed',
      'unknown-ref',
      'duplicate-id',
    ]);
    expect(state.notes.map((note) => [note.id, note.author, note.text, note.deleted])).toEqual([
      ['n-1', MANAGER.id, 'Manager note.', true],
      ['n-2', REP.id, 'Rep note.', false],
    ]);
  });
});

describe('check-ins', () => {
  it('carries the snapshot unchanged; the latest answer stands; an action is done once', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const snapshot = { ...SNAPSHOT, extraFromTheEngine: { kept: true } };
    ledger.write(MANAGER, 'checkin.held', {
      checkIn: 'c-1',
      date: '2026-11-20',
      question: 'What got in the way of calls on Tuesday?',
      actions: [
        { id: 'a-1', text: 'Batch calls before lunch', due: '2026-11-24' },
        { id: 'a-2', text: 'Update the sequence' },
      ],
      snapshot,
    });
    ledger.write(REP, 'checkin.answered', { checkIn: 'c-1', answer: 'Two demos ran long.' });
    const answer = ledger.write(REP, 'checkin.answered', { checkIn: 'c-1', answer: 'Two demos and a QBR.' });
    ledger.write(REP, 'action.done', { checkIn: 'c-1', action: 'a-1' });
    ledger.write(MANAGER, 'action.done', { checkIn: 'c-1', action: 'a-1' });
    ledger.write(REP, 'action.done', { checkIn: 'c-1', action: 'a-9' });
    ledger.write(REP, 'checkin.answered', { checkIn: 'c-9', answer: 'Nothing to answer.' });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['not-allowed', 'unknown-ref', 'unknown-ref']);
    expect(state.checkIns).toEqual([
      {
        id: 'c-1',
        date: '2026-11-20',
        question: 'What got in the way of calls on Tuesday?',
        answer: 'Two demos and a QBR.',
        actions: [
          { id: 'a-1', text: 'Batch calls before lunch', due: '2026-11-24', done: true },
          { id: 'a-2', text: 'Update the sequence', due: null, done: false },
        ],
        snapshot,
        heldAt: expect.any(String),
        answeredAt: answer.at,
      },
    ]);
  });

  it('has no answer until the rep answers, and refuses a repeated check-in or action id', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const held = { date: '2026-11-20', question: 'How did the week go?', snapshot: SNAPSHOT };
    ledger.write(MANAGER, 'checkin.held', {
      checkIn: 'c-1',
      actions: [{ id: 'a-1', text: 'Call back' }],
      ...held,
    });
    ledger.write(MANAGER, 'checkin.held', { checkIn: 'c-1', actions: [], ...held });
    ledger.write(MANAGER, 'checkin.held', {
      checkIn: 'c-2',
      actions: [{ id: 'a-1', text: 'Again' }],
      ...held,
    });
    ledger.write(MANAGER, 'checkin.held', {
      checkIn: 'c-3',
      actions: [
        { id: 'a-5', text: 'One' },
        { id: 'a-5', text: 'Two' },
      ],
      ...held,
    });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['duplicate-id', 'duplicate-id', 'duplicate-id']);
    expect(state.checkIns.map((checkIn) => [checkIn.id, checkIn.answer])).toEqual([['c-1', null]]);
  });
});

describe('manual logs', () => {
  it('adds a logged activity until it is retracted; refuses retracting twice, an unknown one, or reusing an id', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const activity = {
      source: 'manual',
      id: 'm-1',
      metric: 'calls',
      occurredAt: '2026-11-03T15:00:00.000Z',
    } as const;
    ledger.write(REP, 'activity.logged', { activity });
    expect(ledger.fold().activities).toEqual([activity]);
    ledger.write(REP, 'activity.retracted', { activity: 'm-1' });
    ledger.write(REP, 'activity.retracted', { activity: 'm-1' });
    ledger.write(REP, 'activity.retracted', { activity: 'm-2' });
    ledger.write(REP, 'activity.logged', { activity });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['not-allowed', 'unknown-ref', 'duplicate-id']);
    expect(state.activities).toEqual([]);
  });
});

describe('disputes', () => {
  it('opens, is resolved once, and refuses a second resolution, an unknown dispute or a reused id', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(REP, 'dispute.opened', {
      dispute: 'd-1',
      metric: 'calls',
      date: '2026-11-10',
      kind: 'missing',
      amount: 3,
      text: 'Three calls from my mobile are not in the CRM.',
    });
    expect(ledger.fold().disputes[0]).toMatchObject({ id: 'd-1', status: 'open', resolution: null });
    ledger.write(MANAGER, 'dispute.resolved', {
      dispute: 'd-1',
      decision: 'accepted',
      text: 'Phone log checked.',
    });
    ledger.write(MANAGER, 'dispute.resolved', {
      dispute: 'd-1',
      decision: 'rejected',
      text: 'Changed my mind.',
    });
    ledger.write(MANAGER, 'dispute.resolved', {
      dispute: 'd-9',
      decision: 'rejected',
      text: 'No such dispute.',
    });
    ledger.write(REP, 'dispute.opened', {
      dispute: 'd-1',
      metric: 'calls',
      date: '2026-11-11',
      kind: 'not-counting',
      activities: ['salesforce:00T1'],
      text: 'Same id.',
    });
    const state = ledger.fold();
    expect(codes(state)).toEqual(['not-allowed', 'unknown-ref', 'duplicate-id']);
    expect(state.disputes).toEqual([
      {
        id: 'd-1',
        metric: 'calls',
        date: '2026-11-10',
        kind: 'missing',
        status: 'accepted',
        text: 'Three calls from my mobile are not in the CRM.',
        resolution: 'Phone log checked.',
        amount: 3,
        activities: [],
        openedAt: expect.any(String),
        resolvedAt: expect.any(String),
      },
    ]);
  });
});

describe('invalid and plan-mismatch events', () => {
  function issued(): LedgerEventInput {
    const ledger = new LedgerScript();
    return ledger.issue();
  }

  it('drops an event with an extra field, a wrong type, a bad body or a time not in UTC, naming the field', () => {
    const good = issued();
    const extra = { ...good, seq: 2, signature: 'x' };
    const wrongType = { ...good, seq: '3' };
    const badBody = { ...good, type: 'note.added', body: { note: 'n-1' } };
    const offset = { ...good, at: '2026-11-01T10:00:00-04:00' };
    const state = foldLedger([good, extra, wrongType, badBody, offset]);
    expect(state.revision).toBe(1);
    const invalid = state.problems.filter((problem) => problem.code === 'invalid');
    expect(invalid).toHaveLength(4);
    const messages = invalid.map((problem) => problem.message).join('\n');
    expect(messages).toMatch(/unknown field\(s\) signature/);
    expect(messages).toMatch(/seq: must be a number/);
    expect(messages).toMatch(/body\.text: is required/);
    expect(messages).toMatch(/at: must be an instant in UTC/);
    expect(invalid.every((problem) => problem.author === MANAGER.id)).toBe(true);
    expect(state.problems.filter((problem) => problem.code !== 'invalid')).toEqual([]);
  });

  it('holds text to 1..10,000 characters', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(MANAGER, 'note.added', { note: 'n-long', text: 'x'.repeat(10_000) });
    const tooLong = { ...ledger.events[1], seq: 3, body: { note: 'n-2', text: 'x'.repeat(10_001) } };
    const empty = { ...ledger.events[1], seq: 3, body: { note: 'n-3', text: '' } };
    const state = foldLedger([...ledger.events, tooLong, empty]);
    expect(state.notes.map((note) => note.id)).toEqual(['n-long']);
    expect(state.problems.map((problem) => problem.message).join('\n')).toMatch(
      /at most 10,000 characters[\s\S]*must not be empty|must not be empty[\s\S]*at most 10,000/,
    );
  });

  it("drops events of another plan than the manager's first plan.issued", () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const other = { ...ledger.write(REP, 'note.added', { note: 'n-1', text: 'Hi.' }), plan: 'plan-other' };
    const state = foldLedger([ledger.events[0], other]);
    expect(state.problems).toEqual([
      { code: 'plan-mismatch', author: REP.id, seq: 1, message: expect.stringContaining('plan-other') },
    ]);
    expect(state.heads[REP.id]).toBeUndefined();
  });

  it("requires body.plan.id to be the event's plan", () => {
    const ledger = new LedgerScript();
    const event = ledger.issue();
    const moved = { ...event, body: { plan: planInput({ id: 'plan-else' }) } };
    expect(foldLedger([moved]).problems[0]).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/body\.plan\.id/),
    });
  });
});

describe('chains', () => {
  function threeNotes(): LedgerScript {
    const ledger = new LedgerScript();
    ledger.issue();
    for (const id of ['n-1', 'n-2', 'n-3']) ledger.write(REP, 'note.added', { note: id, text: `Note ${id}` });
    return ledger;
  }

  it('stops an author at a gap', () => {
    const ledger = threeNotes();
    const withoutSecond = ledger.events.filter((event) => !(event.author.id === REP.id && event.seq === 2));
    const state = foldLedger(withoutSecond);
    expect(state.problems).toEqual([{ code: 'gap', author: REP.id, seq: 2, message: expect.any(String) }]);
    expect(state.notes.map((note) => note.id)).toEqual(['n-1']);
    expect(state.heads[REP.id]?.seq).toBe(1);
  });

  it('stops an author at a fork', () => {
    const ledger = threeNotes();
    const second = ledger.events.find(
      (event) => event.author.id === REP.id && event.seq === 2,
    ) as LedgerEventInput;
    const rewritten = { ...second, body: { note: 'n-2', text: 'A different story' } };
    const state = foldLedger([...ledger.events, rewritten]);
    expect(state.problems).toEqual([{ code: 'fork', author: REP.id, seq: 2, message: expect.any(String) }]);
    expect(state.notes.map((note) => note.id)).toEqual(['n-1']);
  });

  it('stops an author where prev is wrong or time steps back', () => {
    const ledger = threeNotes();
    const events = ledger.events.map((event) =>
      event.author.id === REP.id && event.seq === 3 ? { ...event, prev: 'f'.repeat(64) } : event,
    );
    expect(foldLedger(events).problems).toMatchObject([{ code: 'chain-broken', author: REP.id, seq: 3 }]);

    const first = ledger.events.find(
      (event) => event.author.id === REP.id && event.seq === 1,
    ) as LedgerEventInput;
    const notFirst = { ...first, prev: 'f'.repeat(64) };
    const others = ledger.events.filter((event) => event !== first);
    expect(foldLedger([...others, notFirst]).problems).toMatchObject([
      { code: 'chain-broken', author: REP.id, seq: 1 },
    ]);

    const backInTime = new LedgerScript();
    backInTime.issue();
    const a = backInTime.write(REP, 'note.added', { note: 'n-1', text: 'One' });
    // Build the second event by hand: appendEvent would never date it before the first.
    const b = {
      ...a,
      seq: 2,
      prev: hashEvent(a),
      at: '2026-11-01T13:00:00.000Z',
      body: { note: 'n-2', text: 'Two' },
    };
    const state = foldLedger([...backInTime.events, b]);
    expect(state.problems).toMatchObject([{ code: 'chain-broken', author: REP.id, seq: 2 }]);
    expect(state.notes.map((note) => note.id)).toEqual(['n-1']);
  });

  it('is the fork of seq 1 when the manager issued two first revisions: nothing applies', () => {
    const one = new LedgerScript();
    one.issue();
    const two = new LedgerScript();
    two.issue({ title: 'Another first revision' });
    const state = foldLedger([...one.events, ...two.events]);
    expect(codes(state)).toEqual(['fork']);
    expect(state).toMatchObject({ revision: 0, lifecycle: 'none', plan: null });
  });
});

describe('a plan without a named manager', () => {
  it('takes the author of the first revision as the manager', () => {
    const ledger = new LedgerScript();
    ledger.write(MANAGER, 'plan.issued', { plan: { ...planInput(), manager: undefined } });
    ledger.write(MANAGER, 'plan.activated', {});
    const state = ledger.fold();
    expect(state).toMatchObject({ lifecycle: 'active', managerId: MANAGER.id, repId: REP.id, problems: [] });
    expect(PLAN_ID).toBe(state.plan?.id);
  });
});
