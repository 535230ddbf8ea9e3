import { describe, expect, it } from 'vitest';
import {
  appendEvent,
  foldLedger,
  hashEvent,
  type LedgerEventInput,
  ledgerTimeline,
  type PaceSnapshot,
  type TimelineEntry,
} from '../../src/index.js';
import { LedgerScript, MANAGER, PLAN_ID, REP } from './ledger-helpers.js';

const SNAPSHOT: PaceSnapshot = {
  asOf: '2026-11-20T17:00:00.000Z',
  status: 'behind',
  businessDays: { elapsed: 14, total: 62, remaining: 48 },
  targets: [{ targetId: 't-calls', status: 'behind', actual: 400, goal: 40, expected: 560, paceRatio: 0.71 }],
};

function timelineOf(ledger: LedgerScript): TimelineEntry[] {
  return ledgerTimeline(ledger.events, ledger.fold());
}

function entryOf(timeline: readonly TimelineEntry[], event: LedgerEventInput): TimelineEntry {
  const entry = timeline.find((candidate) => candidate.key === hashEvent(event));
  if (!entry) throw new Error(`no entry for ${event.type} #${event.seq}`);
  return entry;
}

describe('ledgerTimeline', () => {
  it('words every kind of event, oldest first, with its author and time', () => {
    const ledger = new LedgerScript();
    const issued = ledger.issue();
    const revised = ledger.issue({
      end: '2027-02-05',
      targets: [
        { id: 't-calls', metric: 'calls', cadence: 'daily', goal: 35 },
        { id: 't-pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
      ],
    });
    const activated = ledger.write(MANAGER, 'plan.activated', {});
    const ack = ledger.write(REP, 'plan.acknowledged', {
      revision: hashEvent(revised),
      comment: 'Received.',
    });
    const extended = ledger.write(MANAGER, 'plan.extended', { end: '2027-02-19', reason: 'PTO in December' });
    const held = ledger.write(MANAGER, 'checkin.held', {
      checkIn: 'c-1',
      date: '2026-11-20',
      question: 'What blocks the calls?',
      actions: [{ id: 'a-1', text: 'Block 9–11 for calls', due: '2026-11-27' }],
      snapshot: SNAPSHOT,
    });
    const answered = ledger.write(REP, 'checkin.answered', {
      checkIn: 'c-1',
      answer: 'Meetings every morning.',
    });
    const done = ledger.write(REP, 'action.done', { checkIn: 'c-1', action: 'a-1' });
    const logged = ledger.write(REP, 'activity.logged', {
      activity: { source: 'manual', id: 'm-1', metric: 'calls', occurredAt: '2026-11-20T15:00:00.000Z' },
    });
    const retracted = ledger.write(REP, 'activity.retracted', { activity: 'm-1' });
    const opened = ledger.write(REP, 'dispute.opened', {
      dispute: 'd-1',
      metric: 'calls',
      date: '2026-11-19',
      kind: 'missing',
      amount: 3,
      text: 'The dialer was down.',
    });
    const resolved = ledger.write(MANAGER, 'dispute.resolved', {
      dispute: 'd-1',
      decision: 'accepted',
      text: 'Confirmed with IT.',
    });
    const closed = ledger.write(MANAGER, 'plan.closed', { outcome: 'met', summary: 'Every target met.' });

    const timeline = timelineOf(ledger);
    const written = [
      issued,
      revised,
      activated,
      ack,
      extended,
      held,
      answered,
      done,
      logged,
      retracted,
      opened,
      resolved,
      closed,
    ];
    expect(timeline.map((entry) => entry.key)).toEqual(written.map(hashEvent));
    expect(timeline.map((entry) => entry.kind)).toEqual(written.map((event) => event.type));
    expect(timeline.every((entry) => entry.problem === undefined)).toBe(true);

    expect(entryOf(timeline, issued)).toMatchObject({
      at: issued.at,
      author: { id: MANAGER.id, role: 'manager', name: 'Morgan Manager' },
      words: expect.stringContaining('Jan 29'),
      detail: expect.arrayContaining([expect.stringContaining('Calls, 40 a day')]),
    });
    const revision = entryOf(timeline, revised);
    expect(revision.words).toContain('revision 2');
    expect(revision.detail).toEqual(expect.arrayContaining(['End: Jan 29 → Feb 5', 'Calls: 40 → 35 a day']));
    expect(entryOf(timeline, ack)).toMatchObject({
      author: { id: REP.id, role: 'rep', name: 'Jordan Rep' },
      words: expect.stringContaining('revision 2'),
      detail: [expect.stringContaining('Received.')],
    });
    expect(entryOf(timeline, extended).words).toBe('Plan extended to Feb 19 because PTO in December');
    expect(entryOf(timeline, held).words).toContain('What blocks the calls?');
    expect(entryOf(timeline, held).detail).toEqual([
      expect.stringContaining('Block 9–11 for calls (due Nov 27)'),
    ]);
    expect(entryOf(timeline, answered)).toMatchObject({
      words: expect.stringContaining('Nov 20'),
      detail: [expect.stringContaining('Meetings every morning.')],
    });
    expect(entryOf(timeline, done).words).toContain('Block 9–11 for calls');
    expect(entryOf(timeline, logged).words).toContain('1 call on Nov 20');
    expect(entryOf(timeline, retracted).words).toContain('1 call on Nov 20');
    expect(entryOf(timeline, opened).words).toContain('3 calls missing');
    expect(entryOf(timeline, opened).detail).toEqual([expect.stringContaining('The dialer was down.')]);
    expect(entryOf(timeline, resolved).words).toMatch(/^Accepted .*Nov 19/);
    expect(entryOf(timeline, closed)).toMatchObject({
      words: expect.stringContaining('met'),
      detail: ['Every target met.'],
    });
  });

  it('tells a note edit and deletion with the words it had, dated in the plan’s time zone', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(MANAGER, 'note.added', { note: 'n-1', text: 'Open with the follow-up.' });
    // 02:30 UTC on Nov 13 is still Nov 12 in New York, the plan's zone.
    const edited = ledger.write(
      MANAGER,
      'note.edited',
      { note: 'n-1', text: 'Open with the renewal.' },
      '2026-11-13T02:30:00.000Z',
    );
    const deleted = ledger.write(MANAGER, 'note.deleted', { note: 'n-1' }, '2026-11-14T16:00:00.000Z');
    const timeline = timelineOf(ledger);
    expect(entryOf(timeline, edited)).toMatchObject({
      words: 'Note edited on Nov 12: was “Open with the follow-up.”',
      detail: ['Now: “Open with the renewal.”'],
    });
    expect(entryOf(timeline, deleted)).toMatchObject({
      words: 'Note deleted on Nov 14',
      detail: ['It said: “Open with the renewal.”'],
    });
  });

  it('keeps a skipped event in its place with its problem, and does not let it change later words', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(MANAGER, 'note.added', { note: 'n-1', text: 'Manager note.' });
    const rewrite = ledger.write(REP, 'note.edited', { note: 'n-1', text: 'The rep rewrites it.' });
    const edit = ledger.write(MANAGER, 'note.edited', { note: 'n-1', text: 'Manager again.' });
    const state = ledger.fold();
    const timeline = ledgerTimeline(ledger.events, state);
    expect(entryOf(timeline, rewrite).problem).toEqual({
      code: 'not-allowed',
      message: state.problems[0]?.message,
    });
    expect(entryOf(timeline, edit)).toMatchObject({ words: expect.stringContaining('was “Manager note.”') });
    expect(entryOf(timeline, edit).problem).toBeUndefined();
  });

  it('shows a fork as a warning at its moment, and lists none of the forked events as applied', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(REP, 'note.added', { note: 'n-1', text: 'First story.' });
    const honest = ledger.write(REP, 'note.added', { note: 'n-2', text: 'Second.' });
    const base = ledger.events.filter((event) => event !== honest);
    const rival = appendEvent(base, {
      plan: PLAN_ID,
      author: REP,
      at: honest.at,
      type: 'note.added',
      body: { note: 'n-3', text: 'Another story.' },
    });
    const events = [...ledger.events, rival];
    const timeline = ledgerTimeline(events, foldLedger(events));
    const warnings = timeline.filter((entry) => entry.kind === 'problem');
    expect(warnings).toEqual([
      expect.objectContaining({
        at: honest.at,
        author: expect.objectContaining({ id: REP.id, role: 'rep' }),
        problem: { code: 'fork', message: expect.stringContaining(REP.id) },
      }),
    ]);
    expect(timeline.some((entry) => entry.key === hashEvent(honest) || entry.key === hashEvent(rival))).toBe(
      false,
    );
    expect(timeline.at(-1)?.kind).toBe('problem');
  });

  it('puts a problem without a time first, and is the same whatever order the events came in', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(REP, 'note.added', { note: 'n-1', text: 'Hello.' });
    const broken = { ...ledger.events[1], seq: 'two' } as unknown;
    const events: unknown[] = [...ledger.events, broken];
    const timeline = ledgerTimeline(events, foldLedger(events));
    expect(timeline[0]).toMatchObject({ kind: 'problem', at: null, problem: { code: 'invalid' } });
    const reversed = [...events].reverse();
    expect(ledgerTimeline(reversed, foldLedger(reversed))).toEqual(timeline);
  });
});
