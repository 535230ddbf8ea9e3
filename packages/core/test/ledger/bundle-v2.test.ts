import { describe, expect, it } from 'vitest';
import {
  BUNDLE_VERSION,
  foldLedger,
  groupEventsByPlan,
  hashEvent,
  LEGACY_MANAGER_ID,
  parseBundle,
  parsePlan,
  safeParseBundle,
} from '../../src/index.js';
import { LedgerScript, MANAGER, PLAN_ID, planInput, REP } from './ledger-helpers.js';

const SNAPSHOT = {
  asOf: '2026-11-20T17:00:00.000Z',
  status: 'behind',
  businessDays: { elapsed: 14, total: 62, remaining: 48 },
  targets: [{ targetId: 't-calls', status: 'behind', actual: 400, goal: 40, expected: 560, paceRatio: 0.71 }],
};

function versionOne() {
  return {
    format: 'onpace.bundle',
    version: 1,
    exportedAt: '2026-11-25T10:00:00Z',
    plans: [{ ...planInput(), revision: 3, status: 'active', createdAt: '2026-11-01T09:00:00-05:00' }],
    notes: [
      {
        id: 'n-1',
        planId: PLAN_ID,
        authorId: MANAGER.id,
        createdAt: '2026-11-20T10:00:00Z',
        updatedAt: '2026-11-21T10:00:00Z',
        text: 'Block 9–11 for prospecting.',
        record: {
          crm: 'salesforce',
          objectType: 'Account',
          id: '001A',
          name: 'Acme',
          url: 'https://acme.my.salesforce.com/001A',
        },
      },
      {
        id: 'n-2',
        planId: PLAN_ID,
        authorId: MANAGER.id,
        createdAt: '2026-11-21T10:00:00Z',
        text: 'Private.',
        visibility: 'private',
      },
      {
        id: 'n-3',
        planId: PLAN_ID,
        authorId: REP.id,
        createdAt: '2026-11-22T10:00:00Z',
        updatedAt: '2026-11-23T10:00:00Z',
        text: 'Deleted later.',
        deleted: true,
      },
    ],
    checkIns: [
      {
        id: 'c-1',
        planId: PLAN_ID,
        authorId: MANAGER.id,
        date: '2026-11-20',
        createdAt: '2026-11-20T10:30:00Z',
        updatedAt: '2026-11-20T18:00:00Z',
        question: 'What got in the way of calls on Tuesday?',
        answer: 'Two demos ran long.',
        actionItems: [
          { id: 'a-1', text: 'Batch calls before lunch', due: '2026-11-24', done: true },
          { id: 'a-2', text: 'Update the sequence' },
        ],
        snapshot: SNAPSHOT,
      },
      {
        id: 'c-2',
        planId: PLAN_ID,
        authorId: MANAGER.id,
        date: '2026-11-13',
        createdAt: '2026-11-13T10:30:00Z',
        question: 'Held without a snapshot.',
        actionItems: [{ id: 'a-1', text: 'Same id as in c-1' }],
      },
      {
        id: 'c-3',
        planId: PLAN_ID,
        authorId: MANAGER.id,
        date: '2026-11-06',
        createdAt: '2026-11-06T10:30:00Z',
        question: 'Deleted.',
        deleted: true,
      },
    ],
    acknowledgments: [
      { planId: PLAN_ID, planRevision: 3, personId: REP.id, at: '2026-11-02T12:00:00Z' },
      { planId: PLAN_ID, planRevision: 2, personId: REP.id, at: '2026-11-01T16:00:00Z' },
    ],
  };
}

describe('bundle version 2', () => {
  it('migrates a version 1 bundle into events that fold to the same plan, notes and check-ins', () => {
    const bundle = parseBundle(versionOne());
    expect(bundle.version).toBe(BUNDLE_VERSION);
    // The rows stay for the apps that still read them.
    expect(bundle.notes).toHaveLength(3);
    const state = foldLedger(bundle.events);
    expect(state.problems).toEqual([]);
    expect(state.plan).toEqual(bundle.plans[0]);
    expect(state).toMatchObject({
      revision: 1,
      lifecycle: 'active',
      acknowledgedRevision: 1,
      acknowledgedCurrent: true,
    });
    expect(
      state.notes.map(({ id, author, text, deleted, record }) => ({ id, author, text, deleted, record })),
    ).toEqual([
      {
        id: 'n-1',
        author: MANAGER.id,
        text: 'Block 9–11 for prospecting.',
        deleted: false,
        record: {
          crm: 'salesforce',
          type: 'Account',
          id: '001A',
          name: 'Acme',
          url: 'https://acme.my.salesforce.com/001A',
        },
      },
      { id: 'n-3', author: REP.id, text: 'Deleted later.', deleted: true, record: null },
    ]);
    expect(
      state.checkIns.map(({ id, question, answer, actions, snapshot }) => ({
        id,
        question,
        answer,
        actions,
        snapshot,
      })),
    ).toEqual([
      {
        id: 'c-2',
        question: 'Held without a snapshot.',
        answer: null,
        actions: [{ id: 'c-2/a-1', text: 'Same id as in c-1', due: null, done: false }],
        snapshot: null,
      },
      {
        id: 'c-1',
        question: 'What got in the way of calls on Tuesday?',
        answer: 'Two demos ran long.',
        actions: [
          { id: 'a-1', text: 'Batch calls before lunch', due: '2026-11-24', done: true },
          { id: 'a-2', text: 'Update the sequence', due: null, done: false },
        ],
        snapshot: SNAPSHOT,
      },
    ]);
    expect(new Set(bundle.events.map((event) => event.author.id))).toEqual(new Set([MANAGER.id, REP.id]));
  });

  it('migrates a plan with no named manager under the stand-in manager id, and a cancelled one as closed', () => {
    const input = versionOne();
    const { manager: _manager, ...withoutManager } = input.plans[0] as ReturnType<
      typeof versionOne
    >['plans'][number];
    input.plans = [{ ...withoutManager, status: 'cancelled' } as (typeof input.plans)[number]];
    input.notes = [];
    const state = foldLedger(parseBundle(input).events);
    expect(state).toMatchObject({
      lifecycle: 'closed',
      outcome: 'cancelled',
      managerId: LEGACY_MANAGER_ID,
      problems: [],
    });
  });

  it('carries events exactly as written, so their hashes hold', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(REP, 'plan.acknowledged', { revision: hashEvent(ledger.events[0]) });
    const written = JSON.parse(
      JSON.stringify({
        format: 'onpace.bundle',
        version: 2,
        exportedAt: '2026-11-25T10:00:00Z',
        events: ledger.events,
      }),
    );
    const bundle = parseBundle(written);
    expect(bundle.events.map(hashEvent)).toEqual(ledger.events.map(hashEvent));
    // The plan inside keeps no defaults it did not have: the raw event, not the parsed one.
    expect(bundle.events[0]?.body).toEqual({ plan: planInput() });
    expect(parsePlan(planInput())).toEqual(foldLedger(bundle.events).plan);
    expect([...groupEventsByPlan(bundle.events).keys()]).toEqual([PLAN_ID]);
  });

  it('names every bad field of an event by path', () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const note = ledger.write(MANAGER, 'note.added', { note: 'n-1', text: 'Hello' });
    const result = safeParseBundle({
      format: 'onpace.bundle',
      version: 2,
      exportedAt: '2026-11-25T10:00:00Z',
      events: [ledger.events[0], { ...note, body: { note: 'n-1', text: '' }, at: 'yesterday', extra: 1 }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.error.problems.map((problem) => problem.path);
      expect(paths).toEqual(expect.arrayContaining(['events[1].at', 'events[1].body.text', 'events[1]']));
      expect(result.error.message).toMatch(/events\[1\]: has unknown field\(s\) extra/);
    }
  });

  it('still names a bad field of a version 1 row by path', () => {
    const input = versionOne();
    (input.checkIns[0] as { date: string }).date = '20/11/2026';
    expect(() => parseBundle(input)).toThrow(/checkIns\[0\]\.date: must be a calendar date/);
  });
});
