/**
 * A version 2 bundle with a plan ledger, as the extension exports it: Jo issues Riley's plan,
 * activates it, then lowers the calls goal (revision 2) and adds a target; Riley acknowledges
 * both revisions (the second with a comment). Jo writes a note and edits it, holds a check-in
 * that Riley answers; Riley logs a call by hand and disputes a day whose dialer was down (two
 * calls missing), which Jo accepts. Plus the CRM's calls and a private note of Jo's.
 */
import { appendEvent, type EventDraft, hashEvent, type LedgerEventInput } from '@onpace/core/ledger';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInput, type PlanInput } from '@onpace/core/schemas';

export const LEDGER_PLAN_ID = 'plan-riley-ledger';
const MANAGER = { id: 'mgr-jo', role: 'manager' } as const;
const REP = { id: 'rep-riley', role: 'rep' } as const;

export const DISPUTED_DAY = '2026-11-04';

export function ledgerPlan(callsGoal: number, extraTarget: boolean): PlanInput {
  return {
    id: LEDGER_PLAN_ID,
    title: 'Riley’s November plan',
    rep: { id: REP.id, name: 'Riley Chen' },
    manager: { id: MANAGER.id, name: 'Jo Park' },
    timeZone: 'America/New_York',
    start: '2026-11-02',
    end: '2026-11-27',
    holidays: ['2026-11-26'],
    checkInCadence: { everyWeeks: 1, weekday: 4 },
    targets: [
      { id: 'calls', metric: 'calls', cadence: 'daily', goal: callsGoal },
      ...(extraTarget
        ? [{ id: 'meetings', metric: 'meetings_held', cadence: 'weekly', goal: 5 } as const]
        : []),
    ],
  };
}

/** The ledger's events, oldest first; `upTo` cuts it after that many (to import it in parts). */
export function ledgerEvents(upTo = Number.POSITIVE_INFINITY): LedgerEventInput[] {
  const events: LedgerEventInput[] = [];
  const write = (draft: Omit<EventDraft, 'plan'>) => {
    if (events.length >= upTo) return events.at(-1) as LedgerEventInput;
    const event = appendEvent(events, { plan: LEDGER_PLAN_ID, ...draft } as EventDraft);
    events.push(event);
    return event;
  };
  const first = write({
    author: MANAGER,
    at: '2026-11-01T15:00:00.000Z',
    type: 'plan.issued',
    body: { plan: ledgerPlan(6, false) },
  });
  write({ author: MANAGER, at: '2026-11-01T15:05:00.000Z', type: 'plan.activated', body: {} });
  write({
    author: REP,
    at: '2026-11-02T14:00:00.000Z',
    type: 'plan.acknowledged',
    body: { revision: hashEvent(first) },
  });
  write({
    author: MANAGER,
    at: '2026-11-03T15:00:00.000Z',
    type: 'note.added',
    body: { note: 'n-1', text: 'Open every call with the follow-up.' },
  });
  write({
    author: MANAGER,
    at: '2026-11-04T02:30:00.000Z',
    type: 'note.edited',
    body: { note: 'n-1', text: 'Open every call with the renewal date.' },
  });
  const second = write({
    author: MANAGER,
    at: '2026-11-05T15:00:00.000Z',
    type: 'plan.issued',
    body: { plan: ledgerPlan(5, true) },
  });
  write({
    author: REP,
    at: '2026-11-05T16:00:00.000Z',
    type: 'plan.acknowledged',
    body: { revision: hashEvent(second), comment: 'Received; five a day is fair.' },
  });
  write({
    author: MANAGER,
    at: '2026-11-05T20:00:00.000Z',
    type: 'checkin.held',
    body: {
      checkIn: 'c-1',
      date: '2026-11-05',
      question: 'What keeps you from the phone in the mornings?',
      actions: [{ id: 'a-1', text: 'Block 9 to 11 for calls', due: '2026-11-12' }],
      snapshot: null,
    },
  });
  write({
    author: REP,
    at: '2026-11-05T21:00:00.000Z',
    type: 'checkin.answered',
    body: { checkIn: 'c-1', answer: 'The team stand-up runs long.' },
  });
  write({
    author: REP,
    at: '2026-11-06T13:00:00.000Z',
    type: 'action.done',
    body: { checkIn: 'c-1', action: 'a-1' },
  });
  write({
    author: REP,
    at: '2026-11-06T18:00:00.000Z',
    type: 'activity.logged',
    body: {
      activity: { source: 'manual', id: 'm-1', metric: 'calls', occurredAt: '2026-11-06T17:00:00.000Z' },
    },
  });
  write({
    author: REP,
    at: '2026-11-06T19:00:00.000Z',
    type: 'dispute.opened',
    body: {
      dispute: 'd-1',
      metric: 'calls',
      date: DISPUTED_DAY,
      kind: 'missing',
      amount: 2,
      text: 'The dialer was down all afternoon.',
    },
  });
  write({
    author: MANAGER,
    at: '2026-11-09T15:00:00.000Z',
    type: 'dispute.resolved',
    body: { dispute: 'd-1', decision: 'accepted', text: 'IT confirmed the outage.' },
  });
  return events;
}

export function ledgerBundle(upTo = Number.POSITIVE_INFINITY): BundleInput {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: '2026-11-10T22:00:00.000Z',
    events: ledgerEvents(upTo),
    activities: [
      { source: 'salesforce', id: 'call-1', metric: 'calls', occurredAt: '2026-11-04T15:00:00Z' },
      { source: 'salesforce', id: 'call-2', metric: 'calls', occurredAt: '2026-11-04T16:00:00Z' },
      { source: 'salesforce', id: 'call-3', metric: 'calls', occurredAt: '2026-11-06T15:00:00Z' },
    ],
    notes: [
      {
        id: 'private-1',
        planId: LEDGER_PLAN_ID,
        authorId: MANAGER.id,
        createdAt: '2026-11-06T12:00:00Z',
        text: 'Ask HR about the stand-up length.',
        visibility: 'private',
      },
    ],
  };
}
