/** Version 1 records into ledger events, rule by rule: whose rows, which times, what is left out. */
import { describe, expect, it } from 'vitest';
import {
  type Acknowledgment,
  type CheckIn,
  type CoachingNote,
  foldLedger,
  hashEvent,
  type LegacyRecords,
  legacyRecordsToEvents,
  parsePlan,
} from '../../src/index.js';
import { MANAGER, PLAN_ID, planInput, REP } from './ledger-helpers.js';

const plan = parsePlan(planInput({ createdAt: '2026-11-01T12:00:00.000Z' }));
const other = parsePlan(
  planInput({
    id: 'plan-other',
    rep: { id: 'u-other', name: 'Other Rep' },
    createdAt: '2026-11-01T13:00:00.000Z',
  }),
);

function note(overrides: Partial<CoachingNote>): CoachingNote {
  return {
    id: 'note-1',
    planId: PLAN_ID,
    authorId: MANAGER.id,
    createdAt: '2026-11-03T15:00:00.000Z',
    text: 'Block 9-11 for calls',
    tag: 'prospecting',
    visibility: 'shared',
    ...overrides,
  };
}

function checkIn(overrides: Partial<CheckIn>): CheckIn {
  return {
    id: 'checkin-1',
    planId: PLAN_ID,
    authorId: MANAGER.id,
    date: '2026-11-06',
    createdAt: '2026-11-06T20:00:00.000Z',
    question: 'What slowed the first call block?',
    answer: '',
    actionItems: [],
    ...overrides,
  };
}

function records(overrides: Partial<LegacyRecords>): LegacyRecords {
  return {
    exportedAt: '2026-11-20T12:00:00.000Z',
    plans: [plan],
    notes: [],
    checkIns: [],
    acknowledgments: [],
    ...overrides,
  };
}

const ofPlan = (events: ReturnType<typeof legacyRecordsToEvents>, planId: string) =>
  events.filter((event) => event.plan === planId);

describe('legacyRecordsToEvents', () => {
  it('issues each plan at its earliest time and activates an active or completed plan, not a draft', () => {
    const events = legacyRecordsToEvents(records({ notes: [note({})] }));
    expect(events.map((event) => [event.type, event.at])).toEqual([
      ['plan.issued', '2026-11-01T12:00:00.000Z'],
      ['plan.activated', '2026-11-01T12:00:00.001Z'],
      ['note.added', '2026-11-03T15:00:00.000Z'],
    ]);
    const completed = legacyRecordsToEvents(records({ plans: [{ ...plan, status: 'completed' }] }));
    expect(completed.map((event) => event.type)).toEqual(['plan.issued', 'plan.activated']);
    const draft = legacyRecordsToEvents(records({ plans: [{ ...plan, status: 'draft' }] }));
    expect(draft.map((event) => event.type)).toEqual(['plan.issued']);
  });

  it('issues a plan with no times of its own at its earliest row, or the export time', () => {
    const { createdAt: _, ...timeless } = plan;
    const withNote = legacyRecordsToEvents(records({ plans: [timeless], notes: [note({})] }));
    expect(withNote[0]?.at).toBe('2026-11-03T15:00:00.000Z');
    const alone = legacyRecordsToEvents(records({ plans: [timeless] }));
    expect(alone[0]?.at).toBe('2026-11-20T12:00:00.000Z');
  });

  it('writes no event for a plan whose manager is its rep, and still converts the others', () => {
    const self = { ...other, manager: { id: 'u-other', name: 'Other Rep' } };
    const events = legacyRecordsToEvents(records({ plans: [self, plan] }));
    expect(ofPlan(events, 'plan-other')).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((event) => event.plan))).toEqual(new Set([PLAN_ID]));
  });

  it('gives each plan its own notes, check-ins and current acknowledgment only', () => {
    const acks: Acknowledgment[] = [
      { planId: PLAN_ID, planRevision: plan.revision, personId: REP.id, at: '2026-11-02T10:00:00.000Z' },
      { planId: PLAN_ID, planRevision: plan.revision + 1, personId: REP.id, at: '2026-11-02T11:00:00.000Z' },
      { planId: PLAN_ID, planRevision: plan.revision, personId: MANAGER.id, at: '2026-11-02T12:00:00.000Z' },
      {
        planId: 'plan-other',
        planRevision: other.revision,
        personId: REP.id,
        at: '2026-11-02T13:00:00.000Z',
      },
    ];
    const events = legacyRecordsToEvents(
      records({
        plans: [plan, other],
        notes: [note({}), note({ id: 'note-private', visibility: 'private' })],
        checkIns: [checkIn({}), checkIn({ id: 'checkin-deleted', deleted: true })],
        acknowledgments: acks,
      }),
    );
    expect(ofPlan(events, 'plan-other').map((event) => event.type)).toEqual([
      'plan.issued',
      'plan.activated',
    ]);
    const own = ofPlan(events, PLAN_ID);
    const acknowledged = own.filter((event) => event.type === 'plan.acknowledged');
    expect(acknowledged.map((event) => event.at)).toEqual(['2026-11-02T10:00:00.000Z']);
    expect(acknowledged[0]?.body).toEqual({ revision: hashEvent(own[0]) });
    const state = foldLedger(own);
    expect(state.acknowledgedCurrent).toBe(true);
    expect(state.notes.map((entry) => entry.id)).toEqual(['note-1']);
    expect(state.checkIns.map((entry) => entry.id)).toEqual(['checkin-1']);
  });

  it('deletes a deleted note at its own update time, and leaves out a name or due date it lacks', () => {
    const record = {
      crm: 'hubspot',
      objectType: 'deal',
      id: 'd-1',
      url: 'https://app.hubspot.com/d/1',
    } as const;
    const events = legacyRecordsToEvents(
      records({
        notes: [note({ deleted: true, updatedAt: '2026-11-04T09:00:00.000Z', record })],
        checkIns: [checkIn({ actionItems: [{ id: 'item-1', text: 'Refresh list', done: false }] })],
      }),
    );
    const added = events.find((event) => event.type === 'note.added');
    expect(added?.body).toEqual({
      note: 'note-1',
      text: 'Block 9-11 for calls',
      record: { crm: 'hubspot', type: 'deal', id: 'd-1', url: 'https://app.hubspot.com/d/1' },
    });
    expect(events.find((event) => event.type === 'note.deleted')?.at).toBe('2026-11-04T09:00:00.000Z');
    const held = events.find((event) => event.type === 'checkin.held');
    expect(held?.body).toMatchObject({ actions: [{ id: 'item-1', text: 'Refresh list' }] });
    expect(JSON.stringify(held?.body)).not.toContain('due');
    // No key at all, not one set to undefined: the stored event is exactly what was hashed.
    expect(held?.body).toStrictEqual({
      checkIn: 'checkin-1',
      date: '2026-11-06',
      question: 'What slowed the first call block?',
      actions: [{ id: 'item-1', text: 'Refresh list' }],
      snapshot: null,
    });
    expect(added?.body).toStrictEqual({
      note: 'note-1',
      text: 'Block 9-11 for calls',
      record: { crm: 'hubspot', type: 'deal', id: 'd-1', url: 'https://app.hubspot.com/d/1' },
    });
  });

  it('dates rows made in the same millisecond one millisecond apart, in their order', () => {
    const at = '2026-11-03T15:00:00.000Z';
    const events = legacyRecordsToEvents(
      records({
        notes: [
          note({ id: 'note-a', createdAt: at }),
          note({ id: 'note-b', createdAt: at, authorId: REP.id }),
        ],
      }),
    );
    expect(events.filter((event) => event.type === 'note.added').map((event) => event.at)).toEqual([
      '2026-11-03T15:00:00.000Z',
      '2026-11-03T15:00:00.001Z',
    ]);
  });
});
