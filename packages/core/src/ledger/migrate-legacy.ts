/**
 * Version 1 bundles kept a plan, its notes, check-ins and acknowledgments as rows anyone could
 * overwrite. Migration turns them into ledger events that fold back to the same plan, notes and
 * check-ins, so a file written before the ledger still opens with nothing lost.
 *
 * Authors: the manager is the plan's `manager.id`, or `LEGACY_MANAGER_ID` ("manager", the
 * stand-in the extension has always used when a plan names no manager); the rep is `rep.id`.
 * A note is the rep's when its `authorId` is the rep's id, else the manager's. Check-in answers
 * and ticked actions are the rep's. Times are the rows' own (`createdAt`, `updatedAt`, `at`),
 * nudged a millisecond apart where needed so the migrated events apply in the order they were
 * made; the plan is issued at the earliest of them.
 *
 * What cannot become an event is left out: private notes (they never leave the author's
 * browser), deleted check-ins, and acknowledgments of a revision other than the plan's current
 * one (a version 1 file holds only the current revision, so there is no hash to acknowledge).
 * A `completed` plan stays active: version 1 never said whether it was met.
 */
import { formatInstant, parseInstant } from '../calendar/instant.js';
import type { Acknowledgment } from '../schemas/acknowledgment.js';
import type { CheckIn } from '../schemas/check-in.js';
import type { CoachingNote } from '../schemas/note.js';
import type { Plan } from '../schemas/plan.js';
import { appendEvent, type EventDraft } from './append.js';
import type { EventAuthor, LedgerEventInput } from './event-schema.js';
import { hashEvent } from './hash.js';

export const LEGACY_MANAGER_ID = 'manager';

export interface LegacyRecords {
  readonly exportedAt: string;
  readonly plans: readonly Plan[];
  readonly notes: readonly CoachingNote[];
  readonly checkIns: readonly CheckIn[];
  readonly acknowledgments: readonly Acknowledgment[];
}

interface Pending {
  /** Epoch ms the row gives. */
  readonly ms: number;
  readonly draft: (at: string, events: readonly LedgerEventInput[]) => EventDraft;
}

function epochMs(instant: string): number {
  return parseInstant(instant);
}

function planEvents(records: LegacyRecords, plan: Plan): LedgerEventInput[] {
  const manager: EventAuthor = { id: plan.manager?.id ?? LEGACY_MANAGER_ID, role: 'manager' };
  const rep: EventAuthor = { id: plan.rep.id, role: 'rep' };
  if (manager.id === rep.id) return [];
  const notes = records.notes.filter((note) => note.planId === plan.id && note.visibility === 'shared');
  const checkIns = records.checkIns.filter(
    (checkIn) => checkIn.planId === plan.id && checkIn.deleted !== true,
  );
  const acknowledgments = records.acknowledgments.filter(
    (ack) => ack.planId === plan.id && ack.personId === rep.id && ack.planRevision === plan.revision,
  );

  const later: Pending[] = [];
  const base = (author: EventAuthor, at: string) => ({ plan: plan.id, author, at });
  for (const note of notes) {
    const author = note.authorId === rep.id ? rep : manager;
    const record = note.record
      ? {
          crm: note.record.crm,
          type: note.record.objectType,
          id: note.record.id,
          url: note.record.url,
          ...(note.record.name !== undefined ? { name: note.record.name } : {}),
        }
      : undefined;
    later.push({
      ms: epochMs(note.createdAt),
      draft: (at) => ({
        ...base(author, at),
        type: 'note.added',
        body: { note: note.id, text: note.text, ...(record ? { record } : {}) },
      }),
    });
    if (note.deleted === true) {
      later.push({
        ms: epochMs(note.updatedAt ?? note.createdAt),
        draft: (at) => ({ ...base(author, at), type: 'note.deleted', body: { note: note.id } }),
      });
    }
  }
  const actionIds = new Set<string>();
  for (const checkIn of checkIns) {
    // Action ids were unique only within their check-in; in the ledger they are unique in the plan.
    const actions = checkIn.actionItems.map((item) => {
      const id = actionIds.has(item.id) ? `${checkIn.id}/${item.id}` : item.id;
      actionIds.add(id);
      return { item, id };
    });
    later.push({
      ms: epochMs(checkIn.createdAt),
      draft: (at) => ({
        ...base(manager, at),
        type: 'checkin.held',
        body: {
          checkIn: checkIn.id,
          date: checkIn.date,
          question: checkIn.question,
          actions: actions.map(({ item, id }) => ({
            id,
            text: item.text,
            ...(item.due !== undefined ? { due: item.due } : {}),
          })),
          snapshot: checkIn.snapshot ?? null,
        },
      }),
    });
    const answeredMs = epochMs(checkIn.updatedAt ?? checkIn.createdAt);
    if (checkIn.answer.length > 0) {
      later.push({
        ms: answeredMs,
        draft: (at) => ({
          ...base(rep, at),
          type: 'checkin.answered',
          body: { checkIn: checkIn.id, answer: checkIn.answer },
        }),
      });
    }
    for (const { item, id } of actions) {
      if (!item.done) continue;
      later.push({
        ms: answeredMs,
        draft: (at) => ({ ...base(rep, at), type: 'action.done', body: { checkIn: checkIn.id, action: id } }),
      });
    }
  }
  for (const ack of acknowledgments) {
    later.push({
      ms: epochMs(ack.at),
      draft: (at, events) => {
        // Stryker disable next-line ConditionalExpression: the plan's first event is always its issue
        const issued = events.find((event) => event.type === 'plan.issued');
        return { ...base(rep, at), type: 'plan.acknowledged', body: { revision: hashEvent(issued) } };
      },
    });
  }
  // Stable sort: rows at the same instant keep the order above (a note before its deletion).
  later.sort((a, b) => a.ms - b.ms);

  const planTimes = [plan.createdAt, plan.updatedAt].filter((at): at is string => at !== undefined);
  const issuedMs = Math.min(
    ...planTimes.map(epochMs),
    ...later.map((pending) => pending.ms),
    epochMs(records.exportedAt),
  );
  const steps: Pending[] = [
    { ms: issuedMs, draft: (at) => ({ ...base(manager, at), type: 'plan.issued', body: { plan } }) },
  ];
  if (plan.status === 'active' || plan.status === 'completed') {
    steps.push({ ms: issuedMs, draft: (at) => ({ ...base(manager, at), type: 'plan.activated', body: {} }) });
  }
  steps.push(...later);
  if (plan.status === 'cancelled') {
    steps.push({
      ms: epochMs(plan.updatedAt ?? records.exportedAt),
      draft: (at) => ({
        ...base(manager, at),
        type: 'plan.closed',
        body: { outcome: 'cancelled', summary: 'Cancelled before OnPace kept a plan ledger.' },
      }),
    });
  }

  const events: LedgerEventInput[] = [];
  let lastMs = Number.NEGATIVE_INFINITY;
  for (const step of steps) {
    // Strictly increasing across the whole plan, so the fold's (at, hash) order is this order.
    const ms = Math.max(Math.floor(step.ms), lastMs + 1);
    lastMs = ms;
    events.push(appendEvent(events, step.draft(formatInstant(ms), events)));
  }
  return events;
}

/** The ledger events of version 1 records, every plan's in turn. */
export function legacyRecordsToEvents(records: LegacyRecords): LedgerEventInput[] {
  return records.plans.flatMap((plan) => planEvents(records, plan));
}
