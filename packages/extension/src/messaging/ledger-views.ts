/**
 * What the pages read of a plan's ledger: core's fold (`foldLedger`) shaped for a screen, plus
 * the raw events for a timeline. Field names follow docs/ledger.md's state where they carry it.
 */
import { LedgerEvent } from '@onpace/core/ledger';
import { LinkedRecord, PaceSnapshot } from '@onpace/core/schemas';
import { z } from 'zod';

export const Lifecycle = z.enum(['none', 'draft', 'active', 'extended', 'closed']);
export const Outcome = z.enum(['met', 'not-met', 'cancelled']);
export const Role = z.enum(['manager', 'rep']);

export const ProblemView = z.object({
  code: z.enum([
    'invalid',
    'plan-mismatch',
    'fork',
    'gap',
    'chain-broken',
    'not-allowed',
    'closed',
    'duplicate-id',
    'unknown-ref',
  ]),
  author: z.string().nullable(),
  seq: z.number().int().nullable(),
  message: z.string(),
});
export type ProblemView = z.infer<typeof ProblemView>;

/** One line of "What changed", from core's `diffRevisions`. */
export const ChangeLine = z.object({
  field: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  targetId: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  text: z.string(),
});
export type ChangeLine = z.infer<typeof ChangeLine>;

export const AcknowledgmentView = z.object({
  revision: z.number().int(),
  hash: z.string(),
  at: z.string(),
  /** The rep's id, and name as the plan gives it. */
  by: z.string(),
  byName: z.string().nullable(),
  comment: z.string().nullable(),
});
export type AcknowledgmentView = z.infer<typeof AcknowledgmentView>;

export const LedgerNoteView = z.object({
  id: z.string(),
  author: z.string(),
  authorRole: Role,
  authorName: z.string().nullable(),
  text: z.string(),
  deleted: z.boolean(),
  deletedAt: z.string().nullable(),
  /** The CRM record the note is about; the ledger keeps its address only when it had one. */
  record: LinkedRecord.extend({ url: z.string().optional() }).nullable(),
  /** The first text, then each edit. */
  history: z.array(z.object({ at: z.string(), text: z.string() })),
  createdAt: z.string(),
});
export type LedgerNoteView = z.infer<typeof LedgerNoteView>;

export const CheckInView = z.object({
  id: z.string(),
  date: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  heldAt: z.string(),
  answeredAt: z.string().nullable(),
  actions: z.array(
    z.object({ id: z.string(), text: z.string(), due: z.string().nullable(), done: z.boolean() }),
  ),
  snapshot: PaceSnapshot.nullable(),
});
export type CheckInView = z.infer<typeof CheckInView>;

export const DisputeView = z.object({
  id: z.string(),
  metric: z.string(),
  date: z.string(),
  kind: z.enum(['missing', 'not-counting']),
  status: z.enum(['open', 'accepted', 'rejected']),
  text: z.string(),
  resolution: z.string().nullable(),
  amount: z.number().nullable(),
  activities: z.array(z.string()),
  openedAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type DisputeView = z.infer<typeof DisputeView>;

/** A plan's fold as both popups show it. */
export const LedgerView = z.object({
  lifecycle: Lifecycle,
  outcome: Outcome.nullable(),
  /** The closing summary that came with the outcome. */
  summary: z.string().nullable(),
  /** How many revisions were issued. */
  revision: z.number().int(),
  /** The current revision's hash: what `plans/acknowledge` names. */
  revisionHash: z.string().nullable(),
  acknowledgedRevision: z.number().int().nullable(),
  acknowledgedCurrent: z.boolean(),
  /**
   * What changed from the revision the rep last acknowledged to the current one; empty when
   * the current one is acknowledged or none ever was (there is nothing to compare with).
   */
  whatChanged: z.array(ChangeLine),
  /** Who acknowledged which revision, when, with what comment, oldest first. */
  acknowledgments: z.array(AcknowledgmentView),
  /** Every ledger note, deleted ones included (views say "deleted on …"), newest first. */
  notes: z.array(LedgerNoteView),
  /** Newest first. */
  checkIns: z.array(CheckInView),
  /** Newest first. */
  disputes: z.array(DisputeView),
  /** Never hidden: a fork or a broken chain is shown as a warning. */
  problems: z.array(ProblemView),
});
export type LedgerView = z.infer<typeof LedgerView>;

/** One event of a timeline: the event exactly as stored, and its hash. */
export const TimelineEntry = z.object({ hash: z.string(), event: LedgerEvent });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const PlanEvents = z.object({
  planId: z.string(),
  /** In the order the fold applies them: (`at`, hash). */
  events: z.array(TimelineEntry),
  problems: z.array(ProblemView),
  /** Names for author ids, as the plan gives them. */
  people: z.record(z.string(), z.object({ name: z.string(), role: Role })),
});
export type PlanEvents = z.infer<typeof PlanEvents>;

/** One activity of a day, as a dispute lists it. */
export const DayActivity = z.object({
  /** `source:id`: what a not-counting dispute names. */
  key: z.string(),
  source: z.string(),
  id: z.string(),
  metric: z.string(),
  occurredAt: z.string(),
  amount: z.number().nullable(),
  /** The record in its CRM, when the sync kept its address. */
  recordUrl: z.string().nullable(),
});
export type DayActivity = z.infer<typeof DayActivity>;

export const ActivityDay = z.object({
  planId: z.string(),
  date: z.string(),
  activities: z.array(DayActivity),
});
export type ActivityDay = z.infer<typeof ActivityDay>;

/** What an import did to the ledgers: events new here, and every problem the fold found. */
export const ImportLedgerReport = z.object({
  events: z.object({ added: z.number().int(), unchanged: z.number().int() }),
  problems: z.array(ProblemView.extend({ planId: z.string() })),
});
export type ImportLedgerReport = z.infer<typeof ImportLedgerReport>;
