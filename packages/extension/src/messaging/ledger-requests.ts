/**
 * The requests that write to a plan's ledger (docs/ledger.md) and read it back. Each write
 * becomes exactly one event, appended in the background with core's `appendEvent`; the author
 * is decided there (background/author.ts), never sent by a page. A write the ledger would refuse
 * (`not-allowed`, `unknown-ref`, `duplicate-id`, `closed`) answers a Failure and stores nothing.
 *
 * Field rules (text length, dates, amounts) are core's event schemas: the background checks the
 * event it builds and names each bad field by its path in the request.
 */
import { LinkedRecord, NoteTag } from '@onpace/core/schemas';
import { z } from 'zod';

const Id = z.string().min(1).max(200);
/** `YYYY-MM-DD`; core's `CivilDate` checks it on the event. */
const Day = z.string().max(10);
const Text = z.string().max(10_000);

/** Which side of the plan acts in this browser: the plan names the person (author.ts). */
export const Side = z.enum(['manager', 'rep']);
export type Side = z.infer<typeof Side>;

export const LedgerWriteRequest = z.discriminatedUnion('type', [
  /** Draft → active. */
  z.object({ type: z.literal('plans/activate'), planId: Id }),
  /** A new end (later than the current one) and why; lifecycle becomes `extended`. */
  z.object({ type: z.literal('plans/extend'), planId: Id, end: Day, reason: Text }),
  z.object({
    type: z.literal('plans/close'),
    planId: Id,
    outcome: z.enum(['met', 'not-met', 'cancelled']),
    summary: Text,
  }),
  /** A receipt of the exact revision (its hash, from the rep view's `ledger.revisionHash`). */
  z.object({
    type: z.literal('plans/acknowledge'),
    planId: Id,
    revision: z.string().max(64),
    comment: Text.optional(),
  }),
  /**
   * A shared note goes to the ledger (`note.added`, written by `as`); a private note is kept
   * in this browser only and never leaves it (no event, never exported).
   */
  z.object({
    type: z.literal('notes/add'),
    planId: Id,
    as: Side,
    text: Text,
    visibility: z.enum(['shared', 'private']),
    /** The CRM record open in the tab when the note was written. */
    record: LinkedRecord.nullable(),
    /** Kept with private notes only: the ledger's notes carry no tag. */
    tag: NoteTag.optional(),
  }),
  /** Only the note's author may edit or delete it; the earlier words stay in its history. */
  z.object({ type: z.literal('notes/edit'), planId: Id, noteId: Id, as: Side, text: Text }),
  z.object({ type: z.literal('notes/delete'), planId: Id, noteId: Id, as: Side }),
  /** The manager holds a check-in; the background freezes the plan's pace as its snapshot. */
  z.object({
    type: z.literal('checkins/hold'),
    planId: Id,
    date: Day,
    question: Text,
    actions: z.array(z.object({ text: Text, due: Day.optional() })).max(50),
  }),
  /** The rep's answer; a later answer replaces the earlier one in the view, both stay in the timeline. */
  z.object({ type: z.literal('checkins/answer'), planId: Id, checkInId: Id, answer: Text }),
  z.object({ type: z.literal('actions/done'), planId: Id, checkInId: Id, actionId: Id, as: Side }),
  /** The rep disputes a day's count of one metric. */
  z.object({
    type: z.literal('disputes/open'),
    planId: Id,
    metric: z.string().max(80),
    date: Day,
    kind: z.enum(['missing', 'not-counting']),
    /** `missing`: how many (count metrics, default 1) or how much (sum metrics, required). */
    amount: z.number().optional(),
    /** `not-counting`: the activities that should not count, as `source:id` keys from `activity/day`. */
    activities: z.array(z.string().max(300)).max(500).optional(),
    text: Text,
  }),
  z.object({
    type: z.literal('disputes/resolve'),
    planId: Id,
    disputeId: Id,
    decision: z.enum(['accepted', 'rejected']),
    text: Text,
  }),
  /** The +1 quick log from the popup for a given plan (the overlay's `activity/log` uses "my plan"). */
  z.object({
    type: z.literal('activity/add'),
    planId: Id,
    metric: z.string().max(80),
    amount: z.number().positive().optional(),
  }),
  /** Takes back a manual log of the plan's rep (`activity.retracted`). */
  z.object({ type: z.literal('activity/retract'), planId: Id, activityId: Id }),
]);
export type LedgerWriteRequest = z.infer<typeof LedgerWriteRequest>;

export const LedgerReadRequest = z.discriminatedUnion('type', [
  /** The plan's raw events with their hashes and the fold's problems: what a timeline lists. */
  z.object({ type: z.literal('plans/events'), planId: Id }),
  /** The activities that count on one day of the plan (its time zone), to pick in a dispute. */
  z.object({ type: z.literal('activity/day'), planId: Id, date: Day, metric: z.string().max(80).optional() }),
]);
export type LedgerReadRequest = z.infer<typeof LedgerReadRequest>;
